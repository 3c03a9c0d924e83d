package vn.motcua.signature;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;

/**
 * The register race ({@link DocumentRegisterRace}) on PostgreSQL: runs when {@code MOTCUA_TEST_PG_URL} names a
 * database (user {@code MOTCUA_TEST_PG_USER}, default postgres; password {@code MOTCUA_TEST_PG_PASSWORD},
 * default empty).
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = ".+")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DocumentRegisterPostgresTest extends DocumentRegisterRace {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestServer.useConfiguredDatabase(registry);
        registry.add("motcua.documents.dir", () -> SignedResultFlowTest.DIR.resolve("race-pg").toString());
    }
}
