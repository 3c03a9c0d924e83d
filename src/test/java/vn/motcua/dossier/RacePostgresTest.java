package vn.motcua.dossier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;

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

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        PostgresTestServer.useFreshDatabase(DATABASE, registry);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        // the application context stays cached: its pool still holds connections, which (force) ends
        PostgresTestServer.drop(DATABASE);
    }

}
