package vn.motcua.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.HouseholdBusinessCertificateTemplate;
import vn.motcua.document.ResultTemplates;

/**
 * The register race of {@link DocumentRegisterConcurrencyTest} on PostgreSQL: runs when
 * {@code MOTCUA_TEST_PG_URL} names a database (user {@code MOTCUA_TEST_PG_USER}, default postgres; password
 * {@code MOTCUA_TEST_PG_PASSWORD}, default empty).
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = ".+")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({SignedResultFlowTest.Config.class, SignedResults.class, FileSystemResultFileStore.class, ResultSigning.class,
        DocumentRegister.class, SigningService.class, ResultTemplates.class, HouseholdBusinessCertificateTemplate.class})
class DocumentRegisterPostgresTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestServer.useConfiguredDatabase(registry);
        registry.add("motcua.documents.dir", () -> SignedResultFlowTest.DIR.resolve("race-pg").toString());
    }


    @Autowired
    ResultSigning signing;
    @Autowired
    DocumentRegister register;
    @Autowired
    SignedResults results;

    @Test
    void shouldGiveEightThreadsOfTwentyFiveSigningsTwoHundredConsecutiveNumbers() throws Exception {
        DocumentRegisterConcurrencyTest.Race.run(signing, register, results);
    }
}
