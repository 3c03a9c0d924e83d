package vn.motcua.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.motcua.signature.TestKeystores;

/**
 * The tenancy attacks under the production profile on the real PostgreSQL: a fresh database created for this test
 * and dropped after it, the demo people seeded. Runs when {@code MOTCUA_TEST_PG_URL} points at a PostgreSQL server.
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresTenancyAttackTest extends TenancyAttackScenarios {

    static final String SERVER = System.getenv("MOTCUA_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("MOTCUA_TEST_PG_PASSWORD", "");
    static final String DATABASE = "motcua_tenancy_" + Long.toHexString(System.nanoTime());
    static final String ADMIN_PASSWORD = "Quan-Tri-2026!";

    @Override
    void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
    }

    @Override
    void dropDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE,
                "--spring.datasource.username=" + USER,
                // a server with trust authentication ignores the password; the production profile still wants a real one
                "--spring.datasource.password=" + (PASSWORD.isEmpty() ? "Trust-Auth-Ignores-1" : PASSWORD),
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
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
