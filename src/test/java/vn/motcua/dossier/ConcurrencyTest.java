package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Codes and idempotency keys under concurrent requests, on H2 (see {@link DossierCodesPostgresTest} for PostgreSQL). */
@ApiIntegrationTest
class ConcurrencyTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    IdempotencyKeyRepository keys;
    @Autowired
    DossierRegister register;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldGiveEightThreadsOfTwoHundredReceiptsEachUniqueGaplessCodes() throws Exception {
        CodeRace.run(register, new TransactionTemplate(transactions), "000.00.21.H10", Instant.parse("2030-03-05T02:00:00Z"));
    }

    @Test
    void shouldCreateOneDossierForTwoRacingRequestsWithTheSameKey() throws Exception {
        String body = TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079123456700");
        long before = dossiers.count();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return submit(body, "race-key-1");
            }));
        }
        start.countDown();
        List<ResponseEntity<String>> responses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(ResponseEntity::getStatusCode)
                .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
        assertThat(json.readTree(responses.get(0).getBody()).get("code"))
                .isEqualTo(json.readTree(responses.get(1).getBody()).get("code"));
        assertThat(responses.get(0).getBody()).isEqualTo(responses.get(1).getBody());
        assertThat(dossiers.count()).isEqualTo(before + 1);

        ResponseEntity<String> replay = submit(body, "race-key-1");
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getBody()).isEqualTo(responses.get(0).getBody());

        ResponseEntity<String> other = submit(TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079123456701"), "race-key-1");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(other.getBody()).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(dossiers.count()).isEqualTo(before + 1);
        assertThat(keys.findByKey("race-key-1")).isPresent();
    }

    private ResponseEntity<String> submit(String body, String key) {
        return http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(TestFiles.onlineSubmission(body), key), String.class);
    }

    /** 8 threads × 200 receipts at one agency on one day: every code once, numbers 1..1600 without a gap. */
    static final class CodeRace {

        private CodeRace() {
        }

        static void run(DossierRegister register, TransactionTemplate tx, String agency, Instant day) throws Exception {
            int threads = 8;
            int each = 200;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> worker = () -> {
                    start.await();
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        codes.add(tx.execute(s -> register.register(new NewDossier(agency, "1.001612", "TH1",
                                Channel.COUNTER, new Applicant("Người nộp", "079123456789", null, null, null, null, null, null),
                                null), day).getCode()));
                    }
                    return codes;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            pool.shutdown();
            Set<String> unique = new TreeSet<>(all);
            assertThat(all).hasSize(threads * each);
            assertThat(unique).hasSize(threads * each);
            Set<Integer> numbers = new TreeSet<>();
            unique.forEach(code -> numbers.add(Integer.parseInt(code.substring(code.lastIndexOf('-') + 1))));
            assertThat(numbers).first().isEqualTo(1);
            assertThat(numbers).last().isEqualTo(threads * each);
        }
    }
}
