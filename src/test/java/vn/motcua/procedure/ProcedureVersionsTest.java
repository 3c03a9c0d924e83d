package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalogue's versions on the Flyway schema: the version in force on the receipt day is chosen (2019
 * versions at the district until 30/06/2025, their successors from 01/07/2025), reloading is idempotent and a
 * version keeps its cases.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@Import({ProcedureCatalog.class, ProcedureVersionsTest.Wall.class})
class ProcedureVersionsTest {

    /** The wall clock in the province's zone, as the application's TimeConfiguration gives it. */
    static class Wall {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Autowired
    ProcedureRepository procedures;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    private CatalogLoader loader;

    @BeforeEach
    void load() throws Exception {
        loader = new CatalogLoader(procedures, new ObjectMapper().findAndRegisterModules(),
                new ClassPathResource("catalog/procedures.json"));
        loader.load();
    }

    @Test
    void theVersionInForceOnTheReceiptDayIsChosen() {
        AdministrativeProcedure before = catalog.procedureOfProcess("cap-phieu-ly-lich-tu-phap", LocalDate.of(2025, 6, 30));
        AdministrativeProcedure after = catalog.procedureOfProcess("cap-phieu-ly-lich-tu-phap", LocalDate.of(2025, 7, 1));
        assertThat(before.getCode()).isEqualTo("2.000488");
        assertThat(before.getResolvingLevel()).isEqualTo(AgencyLevel.DEPARTMENT);
        assertThat(after.getCode()).isEqualTo("3.000333");
        assertThat(after.getResolvingLevel()).isEqualTo(AgencyLevel.PROVINCE);
        assertThat(after.getSource()).contains("QĐ 1025/QĐ-BCA");

        AdministrativeProcedure house2019 = catalog.procedureOfProcess("cap-giay-phep-xay-dung", LocalDate.of(2019, 4, 25));
        AdministrativeProcedure house2026 = catalog.procedureOfProcess("cap-giay-phep-xay-dung", LocalDate.of(2026, 1, 26));
        assertThat(house2019.getCode()).isEqualTo("1.009974");
        assertThat(house2019.getCases().get(0).getDurationAmount()).isEqualTo(15);
        assertThat(house2026.getCode()).isEqualTo("1.013225");
        assertThat(house2026.getCases().get(0).getDurationAmount()).isEqualTo(7);

        AdministrativeProcedure land2026 = catalog.procedureInForce("1.013978", LocalDate.of(2026, 1, 26));
        assertThat(land2026.getCases().get(0).getPostalDurationAmount()).isEqualTo(20);

        assertThat(catalog.procedureInForce("1.001612", LocalDate.of(2025, 6, 30)).getResolvingLevel())
                .isEqualTo(AgencyLevel.DISTRICT);
        assertThat(catalog.procedureInForce("1.001612", LocalDate.of(2025, 7, 1)).getResolvingLevel())
                .isEqualTo(AgencyLevel.COMMUNE);
        // an old code cannot be used for a dossier received after its version ended
        assertThatThrownBy(() -> catalog.procedureInForce("2.000488", LocalDate.of(2026, 1, 26)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reloadingAddsNothingAndKeepsTheCasesOfAVersion() throws Exception {
        long rows = procedures.count();
        Long id = catalog.procedureInForce("1.009974", LocalDate.of(2019, 4, 25)).getId();
        // a dossier references this row: a corrected file must not change its cases under it
        jdbc.update("update procedure_case set duration_amount = 16 where procedure_id = ?", id);
        loader.load();
        assertThat(procedures.count()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select duration_amount from procedure_case where procedure_id = ?",
                Integer.class, id)).isEqualTo(16);
    }
}
