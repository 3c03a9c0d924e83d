package vn.motcua.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * The PostgreSQL server that {@code MOTCUA_TEST_PG_URL} points at (user {@code MOTCUA_TEST_PG_USER}, password
 * {@code MOTCUA_TEST_PG_PASSWORD}): a fresh database per test class, dropped after it.
 */
final class PostgresTestServer {

    static final String URL = "MOTCUA_TEST_PG_URL";
    static final String SERVER = System.getenv(URL);
    static final String USER = System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("MOTCUA_TEST_PG_PASSWORD", "");

    private PostgresTestServer() {
    }

    static void create(String database) throws Exception {
        execute("create database " + database);
    }

    static void drop(String database) throws Exception {
        execute("drop database if exists " + database + " with (force)");
    }

    /** The application's datasource arguments for the database. */
    static List<String> datasource(String database) {
        // a server with trust authentication ignores the password; the production profile still wants a real one
        return List.of("--spring.datasource.url=" + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + (PASSWORD.isEmpty() ? "Trust-Auth-Ignores-1" : PASSWORD));
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
