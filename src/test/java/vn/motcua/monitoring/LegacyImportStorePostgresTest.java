package vn.motcua.monitoring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;

/** {@link LegacyImportStoreTest} on PostgreSQL, in a database of its own: runs when {@code MOTCUA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class LegacyImportStorePostgresTest extends LegacyImportStoreTest {

    static final String DATABASE = "motcua_legacy_store";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        fresh(DATABASE, registry);
    }

    /** A new, empty database of that name (one left by an interrupted run is dropped first) for the test context. */
    static void fresh(String database, DynamicPropertyRegistry registry) throws Exception {
        PostgresTestServer.drop(database);
        PostgresTestServer.useFreshDatabase(database, registry);
    }

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }
}
