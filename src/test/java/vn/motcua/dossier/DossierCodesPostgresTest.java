package vn.motcua.dossier;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.PostgresTestServer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.AgencyRepository;

/**
 * The code race of {@link ConcurrencyTest} on PostgreSQL: runs when {@code MOTCUA_TEST_PG_URL} names an
 * existing empty database (user {@code MOTCUA_TEST_PG_USER}, default postgres; password
 * {@code MOTCUA_TEST_PG_PASSWORD}, default empty).
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = ".+")
@SpringBootTest(properties = {"motcua.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        "motcua.documents.dir=target/test-documents"})
class DossierCodesPostgresTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestServer.useConfiguredDatabase(registry);
    }


    @Autowired
    DossierRegister register;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldGiveEightThreadsOfTwoHundredReceiptsEachUniqueGaplessCodes() throws Exception {
        String agency = "000.00.99.PGT";
        if (agencies.findByCode(agency).isEmpty()) {
            agencies.save(new Agency(agency, "Cơ quan thử PostgreSQL", AgencyLevel.DISTRICT, null, "motcua-pgtest"));
        }
        // a day of its own per run, so that a database reused for another run starts from 1 again
        Instant day = Instant.parse("2031-01-01T02:00:00Z").plusSeconds(86_400L * (System.currentTimeMillis() / 1000 % 3000));
        ConcurrencyTest.CodeRace.run(register, new TransactionTemplate(transactions), agency, day);
    }
}
