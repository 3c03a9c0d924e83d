package vn.motcua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server that {@code MOTCUA_TEST_PG_URL} points at (user {@code MOTCUA_TEST_PG_USER}, password
 * {@code MOTCUA_TEST_PG_PASSWORD}): a fresh database per test class, dropped after it, or the configured database
 * itself. Every PostgreSQL test reaches the server through this class.
 */
public final class PostgresTestServer {

    public static final String URL = "MOTCUA_TEST_PG_URL";
    static final String SERVER = System.getenv(URL);
    static final String USER = env("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("MOTCUA_TEST_PG_PASSWORD", "");

    private PostgresTestServer() {
    }

    public static void create(String database) throws Exception {
        execute("create database " + database);
    }

    public static void drop(String database) throws Exception {
        execute("drop database if exists " + database + " with (force)");
    }

    /** The application's datasource arguments for the database. */
    public static List<String> datasource(String database) {
        // a server with trust authentication ignores the password; the production profile still wants a real one
        return List.of("--spring.datasource.url=" + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + (PASSWORD.isEmpty() ? "Trust-Auth-Ignores-1" : PASSWORD));
    }

    /** The database as a libpq connection URI, for the PostgreSQL command-line tools ({@code pg_dump --dbname=…}). */
    public static String libpqUrl(String database) {
        String hostPort = SERVER.substring("jdbc:postgresql://".length(), SERVER.lastIndexOf('/'));
        String credentials = PASSWORD.isEmpty() ? USER : USER + ":" + PASSWORD;
        return "postgresql://" + credentials + "@" + hostPort + "/" + database;
    }

    /** Creates the database and points the Spring test context's datasource at it (drop it in an @AfterAll). */
    public static void useFreshDatabase(String database, DynamicPropertyRegistry registry) throws Exception {
        create(database);
        registry.add("spring.datasource.url", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Points the Spring test context's datasource at the configured database itself. */
    public static void useConfiguredDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SERVER);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
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
