package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;
import vn.motcua.procedure.InternalProcessTables;

/**
 * One import of the sample catalogue on PostgreSQL (batched inserts returning generated ids, decimals, dates): a fresh
 * database on the server {@code MOTCUA_TEST_PG_URL} points at, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {"motcua.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        "motcua.documents.dir=target/test-documents"})
class CataloguePostgresTest {

    static final String DATABASE = "motcua_cat_" + Long.toHexString(System.nanoTime());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        PostgresTestServer.useFreshDatabase(DATABASE, registry);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Autowired
    CatalogueImport imports;
    @Autowired
    InternalProcessTables stepTables;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSampleImportsOnceAndThenChangesNothing() throws Exception {
        byte[] sample = CatalogueWriter.xlsx(CatalogueReaderTest.read(CatalogueReaderTest.sample()));
        int before = jdbc.queryForObject("select count(*) from admin_procedure", Integer.class);

        CatalogueImport.Report first = imports.apply(sample, "test");
        int added = first.counts().getOrDefault(CatalogueImport.Kind.NEW_PROCEDURE, 0)
                + first.counts().getOrDefault(CatalogueImport.Kind.NEW_VERSION, 0);
        assertThat(added).isGreaterThanOrEqualTo(48);
        assertThat(jdbc.queryForObject("select count(*) from admin_procedure", Integer.class)).isEqualTo(before + added);
        var land = stepTables.of("1.013978", LocalDate.of(2025, 7, 1));
        assertThat(land).hasSize(1);
        assertThat(land.get(0).totalShare()).isEqualByComparingTo("27");
        assertThat(land.get(0).steps().get(1).share().toPlainString()).isEqualTo("4.05");

        CatalogueImport.Report again = imports.apply(sample, "test");
        assertThat(again.changes()).isEmpty();

        Catalogue.Version v = CatalogueReaderTest.read(CatalogueReaderTest.sample()).procedures().get(0);
        Catalogue.Version renamed = new Catalogue.Version(v.code(), v.name() + " (sửa)", v.field(), v.level(), null,
                v.processKey(), v.onlineServiceType(), v.effectiveFrom(), v.effectiveTo(), v.source(), false, v.cases());
        assertThatThrownBy(() -> imports.apply(CatalogueWriter.json(new Catalogue(List.of(renamed), List.of())), "test"))
                .isInstanceOfSatisfying(InvalidCatalogue.class,
                        e -> assertThat(e.problems().get(0).message()).contains("tên thủ tục"));
    }
}
