package vn.motcua.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The production profile's hardening on the real PostgreSQL, where the engine keeps users, password hashes
 * and failed attempts: a fresh database is created for this test and dropped after it. Runs when
 * {@code MOTCUA_TEST_PG_URL} points at a PostgreSQL server; {@code .ci/run} sets it.
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresProductionHardeningTest extends ProductionHardeningScenarios {

    static final String SERVER = System.getenv("MOTCUA_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("MOTCUA_TEST_PG_PASSWORD", "");
    static final String DATABASE = "motcua_harden_" + Long.toHexString(System.nanoTime());

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
    List<String> database() {
        // a server with trust authentication ignores the password; the production profile still wants a real one
        return List.of("--spring.datasource.url=" + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + (PASSWORD.isEmpty() ? "Trust-Auth-Ignores-1" : PASSWORD));
    }
}
