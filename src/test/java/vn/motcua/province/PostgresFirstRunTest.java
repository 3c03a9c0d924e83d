package vn.motcua.province;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link FirstRunScenario} on an empty PostgreSQL database. Runs when {@code MOTCUA_TEST_PG_URL} points at a
 * PostgreSQL server; a fresh database is created for it and dropped after.
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        "motcua.documents.dir=target/test-documents", "motcua.province.location=province/binh-phuoc-demo"})
@DirtiesContext
class PostgresFirstRunTest extends FirstRunScenario {

    static final String SERVER = System.getenv("MOTCUA_TEST_PG_URL");
    static final String USER = env("MOTCUA_TEST_PG_USER", "postgres");
    static final String DB_PASSWORD = env("MOTCUA_TEST_PG_PASSWORD", "");
    static final String DATABASE = "motcua_firstrun_" + Long.toHexString(System.nanoTime());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        execute("create database " + DATABASE);
        registry.add("spring.datasource.url", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> DB_PASSWORD);
    }

    @AfterAll
    static void drop() throws Exception {
        execute("drop database if exists " + DATABASE + " with (force)");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, DB_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
