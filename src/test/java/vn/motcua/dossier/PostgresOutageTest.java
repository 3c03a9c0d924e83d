package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.PostgresTestServer;
import vn.motcua.document.DocumentStore;
import vn.motcua.system.TestOneStopShop;

/**
 * Issue 16, point 2: the database goes away under load and comes back. Motcua reaches PostgreSQL through a TCP
 * relay ({@link TcpProxy}) so that the outage hits this application only, as a PostgreSQL restart does: every
 * open connection breaks and new ones are refused. Four clerks keep submitting online dossiers before, during and
 * after. While it is down every request answers {@code 503} problem+json with {@code Retry-After}, within the
 * pool's connection timeout, never a 500; when it is back Motcua serves again without a restart. Each submission
 * carries an {@code Idempotency-Key}, and every refused one is sent again afterwards with the same key, as the
 * portal does on a 503: a request whose commit was cut on its way may have been stored (its outcome is unknown to
 * Motcua, hence "not confirmed"), and its retry must then answer that dossier instead of a second one. In the end
 * the register holds exactly one dossier per request, each with its process instance and its files, and nothing
 * else; a file without a row may be left only by a request whose commit was cut.
 */
@Tag("faults")
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
class PostgresOutageTest {

    static final String DATABASE = "motcua_outage_" + Long.toHexString(System.nanoTime());
    /** The pool's connection timeout for this test (production default 5 s, MOTCUA_DB_CONNECTION_TIMEOUT). */
    static final long CONNECTION_TIMEOUT_MS = 3000;
    static final int CLERKS = 4;

    @TempDir
    static Path dir;

    final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    record Answer(String idNumber, int status, String code, String contentType, String retryAfter, long millis,
                  boolean outage, String body) {
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutLosingOrDuplicatingAnything() throws Exception {
        PostgresTestServer.create(DATABASE);
        String server = System.getenv(PostgresTestServer.URL);
        String hostPort = server.substring("jdbc:postgresql://".length(), server.lastIndexOf('/'));
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        Path documents = dir.resolve("documents");

        try (TcpProxy proxy = new TcpProxy(host, port)) {
            List<String> datasource = new ArrayList<>(PostgresTestServer.datasource(DATABASE));
            datasource.replaceAll(arg -> arg.startsWith("--spring.datasource.url=")
                    ? "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE : arg);
            datasource.add("--spring.datasource.hikari.connection-timeout=" + CONNECTION_TIMEOUT_MS);
            try (ConfigurableApplicationContext app = new ProductionApplication(dir.resolve("keys")).start(datasource, documents)) {
                TestOneStopShop.seed(app);
                TestRestTemplate clerk = ProductionApplication.clerk(app);
                ProductionApplication.submitAndAccept(clerk, "079190500000");

                AtomicBoolean down = new AtomicBoolean();
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger sequence = new AtomicInteger();
                List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
                ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
                List<Future<?>> work = new ArrayList<>();
                for (int c = 0; c < CLERKS; c++) {
                    work.add(clerks.submit(() -> {
                        while (running.get()) {
                            boolean outage = down.get();
                            long start = System.nanoTime();
                            String idNumber = String.format("0791906%05d", sequence.incrementAndGet());
                            ResponseEntity<String> response = ProductionApplication.submit(clerk, idNumber, key(idNumber));
                            long millis = (System.nanoTime() - start) / 1_000_000;
                            answers.add(new Answer(idNumber, response.getStatusCode().value(), code(response),
                                    String.valueOf(response.getHeaders().getContentType()),
                                    response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), millis, outage && down.get(),
                                    response.getStatusCode().value() == 201 ? null : response.getBody()));
                        }
                        return null;
                    }));
                }
                Thread.sleep(3000);
                down.set(true);
                proxy.cut();
                Thread.sleep(4 * CONNECTION_TIMEOUT_MS);
                proxy.restore();
                down.set(false);
                long back = System.nanoTime();
                // Motcua serves again by itself: no restart
                while (clerk.getForEntity("/api/dossiers", String.class).getStatusCode() != HttpStatus.OK) {
                    assertThat((System.nanoTime() - back) / 1_000_000_000).as("seconds to recover").isLessThan(60);
                    Thread.sleep(200);
                }
                Thread.sleep(3000);
                running.set(false);
                for (Future<?> f : work) {
                    f.get(2, TimeUnit.MINUTES);
                }
                clerks.shutdown();

                assertThat(answers).as("only 201 or 503, never a 500").allSatisfy(a -> assertThat(a.status()).as("%s", a).isIn(201, 503));
                List<Answer> refused = answers.stream().filter(a -> a.status() == 503).toList();
                List<Answer> during = answers.stream().filter(Answer::outage).toList();
                assertThat(during).as("requests sent while the database was down").isNotEmpty();
                assertThat(refused).as("503 while down").isNotEmpty().allSatisfy(a -> {
                    assertThat(MediaType.parseMediaType(a.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(a.contentType()).isTrue();
                    assertThat(a.retryAfter()).isEqualTo("10");
                    assertThat(a.millis()).as("answered within the pool's timeout, plus slack for a loaded machine")
                            .isLessThan(CONNECTION_TIMEOUT_MS + 7000);
                });
                assertThat(answers.stream().filter(a -> a.status() == 201 && !a.outage()).count())
                        .as("dossiers acknowledged before and after").isPositive();

                // the portal sends every refused submission again with its key: 200 = it had been stored after all
                List<String> acknowledged = new ArrayList<>(answers.stream().filter(a -> a.status() == 201).map(Answer::code).toList());
                int storedAfterAll = 0;
                for (Answer a : refused) {
                    ResponseEntity<String> retry = ProductionApplication.submit(clerk, a.idNumber(), key(a.idNumber()));
                    assertThat(retry.getStatusCode().value()).as("retry of %s: %s", a, retry.getBody()).isIn(200, 201);
                    storedAfterAll += retry.getStatusCode().value() == 200 ? 1 : 0;
                    acknowledged.add(code(retry));
                }
                System.out.printf("PostgresOutageTest: %d answers, %d refused, of which %d had been stored (commit cut)%n",
                        answers.size(), refused.size(), storedAfterAll);

                JdbcTemplate db = app.getBean(JdbcTemplate.class);
                List<String> stored = db.queryForList("select code from dossier where applicant_id_number like '0791906%'",
                        String.class);
                assertThat(stored).as("one dossier per request, nothing else").containsExactlyInAnyOrderElementsOf(acknowledged);
                assertThat(db.queryForObject("select count(distinct applicant_id_number) from dossier"
                        + " where applicant_id_number like '0791906%'", Long.class)).isEqualTo(answers.size());
                assertThat(db.queryForObject("select count(*) from dossier where applicant_id_number like '0791906%'"
                        + " and process_instance_id is null", Long.class)).as("each with its process instance").isZero();
                long attachmentRows = db.queryForObject("select count(*) from dossier_attachment", Long.class);
                assertThat(attachmentRows).isEqualTo(2L * (acknowledged.size() + 1));
                List<String> keys = db.queryForList("select storage_key from dossier_attachment", String.class);
                DocumentStore store = app.getBean(DocumentStore.class);
                assertThat(keys).as("every stored row has its file").allSatisfy(k -> assertThat(store.exists(k)).as(k).isTrue());
                assertThat(files(documents) - attachmentRows).as("files without a row: only of submissions whose commit was cut")
                        .isBetween(0L, 2L * refused.size());
            }
        }
    }

    private static String key(String idNumber) {
        return "outage-" + idNumber;
    }

    private String code(ResponseEntity<String> response) {
        if (response.getStatusCode().value() / 100 != 2) {
            return null;
        }
        try {
            return json.readTree(response.getBody()).get("code").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Attachment files in the store (signed results and slips live in other areas). */
    private static long files(Path documents) throws Exception {
        try (Stream<Path> paths = Files.walk(documents)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }
}
