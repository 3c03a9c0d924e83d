package vn.motcua.security;

import java.util.List;

import vn.motcua.PostgresTestServer;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The production profile's hardening on the real PostgreSQL, where the engine keeps users, password hashes
 * and failed attempts: a fresh database is created for this test and dropped after it. Runs when
 * {@code MOTCUA_TEST_PG_URL} points at a PostgreSQL server; {@code .ci/run} sets it.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
class PostgresProductionHardeningTest extends ProductionHardeningScenarios {

    static final String DATABASE = "motcua_harden_" + Long.toHexString(System.nanoTime());

    @Override
    void createDatabase() throws Exception {
        PostgresTestServer.create(DATABASE);
    }

    @Override
    void dropDatabase() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Override
    List<String> database() {
        return PostgresTestServer.datasource(DATABASE);
    }
}
