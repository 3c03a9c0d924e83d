package vn.motcua.province;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@link FirstRunScenario} on an empty in-memory H2 database of its own: the same first run and reorganisation
 * as {@link PostgresFirstRunTest}, in every build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-first-run;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.documents.dir=target/test-documents", "motcua.province.location=province/binh-phuoc-demo"})
@DirtiesContext
class H2FirstRunTest extends FirstRunScenario {
}
