package vn.motcua.monitoring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;

/** {@link ListAndStepReportRewriteTest} on PostgreSQL, in a database of its own: runs when {@code MOTCUA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ListAndStepReportRewritePostgresTest extends ListAndStepReportRewriteTest {

    static final String DATABASE = "motcua_monq_rewrite";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        LegacyImportStorePostgresTest.fresh(DATABASE, registry);
    }

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }
}
