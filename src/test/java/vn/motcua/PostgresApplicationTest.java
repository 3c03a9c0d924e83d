package vn.motcua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.signature.TestKeystores;

/**
 * The production profile on the real PostgreSQL: a fresh database is created for this test and dropped
 * after it. Runs when {@code MOTCUA_TEST_PG_URL} points at a PostgreSQL server (any database on it, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}); {@code .ci/run} sets it.
 */
@EnabledIfEnvironmentVariable(named = PostgresApplicationTest.URL, matches = "jdbc:postgresql:.+")
class PostgresApplicationTest extends ApplicationScenarios {

    static final String URL = "MOTCUA_TEST_PG_URL";
    static final String USER = System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD_PG = System.getenv().getOrDefault("MOTCUA_TEST_PG_PASSWORD", "");
    static final String DATABASE = "motcua_it_" + Long.toHexString(System.nanoTime());

    static String databaseUrl() {
        String server = System.getenv(URL);
        return server.substring(0, server.lastIndexOf('/') + 1) + DATABASE;
    }

    @Override
    void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv(URL), USER, PASSWORD_PG); Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
    }

    @Override
    void dropDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv(URL), USER, PASSWORD_PG); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @TempDir
    static Path keys;
    static List<String> signer;

    @Override
    List<String> arguments() {
        try {
            if (signer == null) {
                // no demo CA in production: the signer's PKCS#12 keystore and the trust store are configured
                signer = new java.util.ArrayList<>(TestKeystores.signerArguments(keys, "lanhdao", "Phạm Văn Hùng"));
                // and the seal of the agency that issues the results (Decree 30/2020: the organisation's own certificate)
                signer.addAll(TestKeystores.sealArguments(keys, "000.00.20.H10", "UBND thành phố Đồng Xoài"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + databaseUrl(), "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + databasePassword(), "--motcua.documents.dir=" + keys.resolve("documents"),
                "--camunda.bpm.admin-user.password=" + adminPassword(),
                // the demo people seeded below keep their documented password "demo"; the policy itself is
                // tested by the production hardening suite
                "--camunda.bpm.generic-properties.properties.enable-password-policy=false"));
        args.addAll(signer);
        return args;
    }

    /**
     * The production profile refuses a missing or default database password; a server with trust
     * authentication accepts any, so the test sends one when none is configured.
     */
    static String databasePassword() {
        return PASSWORD_PG.isEmpty() ? "Trust-Auth-Ignores-1" : PASSWORD_PG;
    }

    @Override
    String adminPassword() {
        return "Quan-Tri-2026!";
    }

    @Override
    boolean loadsDemoItself() {
        return false;
    }
}
