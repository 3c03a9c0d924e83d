package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The races of {@link RaceScenarios} on PostgreSQL (its row locks and isolation, not H2's): a fresh database on the
 * server {@code MOTCUA_TEST_PG_URL} points at (user {@code MOTCUA_TEST_PG_USER}, default postgres; password
 * {@code MOTCUA_TEST_PG_PASSWORD}), with the demo one-stop shop; dropped afterwards.
 */
@Tag("faults")
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false"})
class RacePostgresTest extends RaceScenarios {

    static final String DATABASE = "motcua_races_" + Long.toHexString(System.nanoTime());
    static final String SERVER = System.getenv("MOTCUA_TEST_PG_URL");
    static final String USER = env("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("MOTCUA_TEST_PG_PASSWORD", "");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        execute("create database " + DATABASE);
        registry.add("spring.datasource.url", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        // the application context stays cached: its pool still holds connections, which (force) ends
        execute("drop database if exists " + DATABASE + " with (force)");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
