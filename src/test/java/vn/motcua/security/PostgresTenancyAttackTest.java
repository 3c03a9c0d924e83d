package vn.motcua.security;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.PostgresTestServer;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.motcua.signature.TestKeystores;

/**
 * The tenancy attacks under the production profile on the real PostgreSQL: a fresh database created for this test
 * and dropped after it, the demo people seeded. Runs when {@code MOTCUA_TEST_PG_URL} points at a PostgreSQL server.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
class PostgresTenancyAttackTest extends TenancyAttackScenarios {

    static final String DATABASE = "motcua_tenancy_" + Long.toHexString(System.nanoTime());
    static final String ADMIN_PASSWORD = "Quan-Tri-2026!";

    @Override
    void createDatabase() throws Exception {
        PostgresTestServer.create(DATABASE);
    }

    @Override
    void dropDatabase() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(PostgresTestServer.datasource(DATABASE));
        args.addAll(List.of("--spring.profiles.active=postgres", "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                // the seeded demo people keep their password "demo"; the policy is tested by the hardening suite
                "--camunda.bpm.generic-properties.properties.enable-password-policy=false"));
        try {
            args.addAll(TestKeystores.signerArguments(files, "lanhdao", "Phạm Văn Hùng"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return args;
    }

    @Override
    boolean loadsDemoItself() {
        return false;
    }

    @Override
    String adminPassword() {
        return ADMIN_PASSWORD;
    }
}
