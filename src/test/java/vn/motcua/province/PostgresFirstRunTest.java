package vn.motcua.province;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;

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

    static final String DATABASE = "motcua_firstrun_" + Long.toHexString(System.nanoTime());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        PostgresTestServer.useFreshDatabase(DATABASE, registry);
    }

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

}
