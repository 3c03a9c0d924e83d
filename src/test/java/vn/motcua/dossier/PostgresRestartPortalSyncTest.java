package vn.motcua.dossier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import vn.motcua.PostgresTestServer;
import vn.motcua.system.TestOneStopShop;

/**
 * Issue 14, "Done when": the portal double receives every status change of every dossier exactly once and in order,
 * across an outage of the double <em>and</em> a restart of Motcua (production profile, PostgreSQL, one document store,
 * the scheduled dispatcher). The double is a WireMock portal with an idempotent inbox (a repeated
 * {@code Idempotency-Key} is the same event: answered, kept once), reached through a TCP relay ({@link TcpProxy}) so
 * that it can also refuse connections.
 *
 * <ol>
 * <li>Three online dossiers are submitted and accepted while the portal is up: their events arrive.</li>
 * <li>The portal fails (503): the appraisal of dossiers 2 and 3 writes events that are retried.</li>
 * <li>The portal takes dossier 1's appraisal event, files it, and keeps the answer: the dispatcher is mid-delivery
 *     when Motcua is closed. The close waits for the running round (Spring's shutdown phase, 30 s), then interrupts
 *     it: the attempt is recorded as failed ("Gửi bị ngắt"), the answer is never read.</li>
 * <li>Motcua starts again on the same database and document store while the portal refuses connections; the
 *     events written before the restart are retried and fail, the review of every dossier writes more.</li>
 * <li>The portal comes back: everything arrives; then each dossier is signed and returned (statuses 9, 10).</li>
 * </ol>
 *
 * What it proves: the inbox holds, per dossier, exactly the outbox's portal events (sequences 1…n) in order, each
 * once; nothing is parked. The event in flight at the close was not recorded as delivered (its answer was lost), so
 * the restarted Motcua sent it again under the same key and the same body: delivery is at least once, and exactly
 * once at the portal through the idempotency key.
 */
@Tag("faults")
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
class PostgresRestartPortalSyncTest {

    static final String DATABASE = "motcua_restart_" + Long.toHexString(System.nanoTime());
    static final String PATH = "/api/portal/dossier-status";
    static final int DOSSIERS = 3;
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The dispatcher's rhythm for the test: polled every half second from a second after the start, retried after 2, 4,
     * 8, 16 s, then every 30 s, parked after 12 attempts (about four minutes of failing while Motcua runs: twice what
     * the outage costs here on a loaded machine, where the oldest events reach 5 attempts). The read timeout outlasts
     * the close, so that the delivery in flight is cut by the close, not by its timeout. A small pool: the database
     * server is shared.
     */
    static final String[] OUTBOX = {"--motcua.integration.outbox.poll=PT0.5S", "--motcua.integration.outbox.initial-delay=PT1S",
            "--motcua.integration.outbox.backoff=PT2S", "--motcua.integration.outbox.max-backoff=PT30S",
            "--motcua.integration.outbox.max-attempts=12", "--motcua.integration.lgsp.read-timeout=PT120S",
            "--camunda.bpm.job-execution.max-wait=5000", "--spring.datasource.hikari.maximum-pool-size=6"};

    @TempDir
    static Path dir;

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Test
    void shouldDeliverEveryStatusChangeOnceAndInOrderAcrossAPortalOutageAndARestartOfMotcua() throws Exception {
        PortalDouble portal = new PortalDouble();
        WireMockServer wiremock = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(portal));
        wiremock.start();
        wiremock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withTransformers(portal.getName())));
        PostgresTestServer.create(DATABASE);
        List<String> datasource = PostgresTestServer.datasource(DATABASE);
        // the test's own reads go through one connection, kept open: the database server is shared and may be full
        SingleConnectionDataSource reads = new SingleConnectionDataSource(value(datasource, "url"), value(datasource, "username"),
                value(datasource, "password"), true);
        JdbcTemplate db = new JdbcTemplate(reads);
        ProductionApplication motcua = new ProductionApplication(dir.resolve("keys"));
        Path documents = dir.resolve("documents");
        try (TcpProxy relay = new TcpProxy("127.0.0.1", wiremock.port())) {
            List<String> settings = new ArrayList<>(List.of(OUTBOX));
            settings.add("--motcua.integration.lgsp.base-url=http://127.0.0.1:" + relay.port());
            String[] more = settings.toArray(String[]::new);

            // 1. the portal is up: three online dossiers submitted and accepted, their events delivered
            List<String> codes = new ArrayList<>();
            String held;
            List<String> pendingAtClose;
            ConfigurableApplicationContext first = motcua.start(datasource, documents, more);
            try {
                TestOneStopShop.seed(first);
                TestRestTemplate clerk = ProductionApplication.clerk(first);
                for (int i = 0; i < DOSSIERS; i++) {
                    codes.add(ProductionApplication.submitAndAccept(clerk, "07918830000" + i));
                }
                await("the first events delivered", () -> undelivered(db).isEmpty());
                assertThat(portal.inbox()).isNotEmpty();

                // 2. the portal fails: dossiers 2 and 3 are appraised, their events retried
                Instant down = Instant.now();
                portal.mode = Mode.DOWN;
                for (int i = 1; i < DOSSIERS; i++) {
                    appraise(first, codes.get(i), i);
                }
                await("the appraisals' events tried and failed", () -> heads(db).size() == DOSSIERS - 1 && triedSince(db, down));

                // 3. dossier 1's appraisal reaches the portal, which files it and keeps its answer: Motcua closes then
                portal.holdFor(codes.get(0));
                appraise(first, codes.get(0), 0);
                assertThat(portal.taken.await(60, TimeUnit.SECONDS)).as("the portal received dossier 1's appraisal").isTrue();
                held = portal.heldKey;
                assertThat(held).startsWith(codes.get(0) + "#");
            } finally {
                CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
                try {
                    closing.get(3, TimeUnit.MINUTES);
                } finally {
                    relay.cut(); // from now on the portal refuses connections
                    portal.mode = Mode.DOWN;
                    portal.release.countDown(); // the held answer goes to a connection nobody reads
                }
            }
            pendingAtClose = undelivered(db);
            assertThat(pendingAtClose).as("events written before the restart and not delivered")
                    .contains(held).hasSizeGreaterThanOrEqualTo(DOSSIERS);

            // 4. Motcua starts again on the same database and documents while the portal refuses connections
            Instant restarted = Instant.now();
            try (ConfigurableApplicationContext second = motcua.start(datasource, documents, more)) {
                await("the events written before the restart retried and failed after it",
                        () -> triedSince(db, restarted) && heads(db).size() == DOSSIERS);
                for (int i = 0; i < DOSSIERS; i++) {
                    LifecycleBenchmark.httpComplete(second, "truongphong", codes.get(i), "Task_Review",
                            Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
                }
                Instant reviewed = Instant.now();
                await("the events still failing after the reviews", () -> triedSince(db, reviewed));
                assertThat(undelivered(db)).as("the reviews' events wait behind the earlier ones")
                        .hasSizeGreaterThan(pendingAtClose.size()).containsAll(pendingAtClose);

                // 5. the portal is back: everything arrives; then the dossiers are signed and returned
                relay.restore();
                portal.mode = Mode.UP;
                await("every event delivered after the outage", () -> undelivered(db).isEmpty());
                for (int i = 0; i < DOSSIERS; i++) {
                    LifecycleBenchmark.httpComplete(second, "lanhdao", codes.get(i), "Task_Sign",
                            Map.of("signDecision", "approve", "opinion", "Ký"));
                }
                for (int i = 0; i < DOSSIERS; i++) {
                    String code = codes.get(i);
                    await(code + " signed", () -> httpHasTask(second, code));
                    LifecycleBenchmark.httpComplete(second, "traketqua", code, "Task_ReturnResult",
                            Map.of("returnMethod", "COUNTER", "resultReceiver", "Nguyễn Văn An", "feeCollected", true));
                }
                await("the results' events delivered", () -> undelivered(db).isEmpty()
                        && codes.stream().allMatch(code -> statuses(portal, code).contains(10)));
            }

            // the inbox holds, per dossier, exactly the outbox's portal events, in order, each once
            for (String code : codes) {
                List<String> recorded = db.queryForList("select event_key from outbox_event where dossier_code = ?"
                        + " and channel = 'portal' order by id", String.class, code);
                List<String> sequences = new ArrayList<>();
                for (int n = 1; n <= recorded.size(); n++) {
                    sequences.add(code + "#" + n);
                }
                assertThat(recorded).as("the outbox of %s", code).containsExactlyElementsOf(sequences);
                assertThat(portal.inbox().stream().filter(key -> key.startsWith(code + "#")).toList())
                        .as("what the portal has of %s, in arrival order", code).containsExactlyElementsOf(recorded);
                assertThat(statuses(portal, code)).as("statuses of %s", code).containsSubsequence(1, 2, 4, 9, 10);
            }
            assertThat(portal.inbox()).doesNotHaveDuplicates();
            assertThat(db.queryForObject("select count(*) from outbox_event where parked_at is not null", Integer.class))
                    .as("nothing parked").isZero();
            assertThat(db.queryForObject("select count(*) from outbox_event where channel = 'portal' and delivered_at is null",
                    Integer.class)).isZero();
            // the event in flight at the close: received before it, not recorded as delivered (the answer was lost),
            // sent again after the restart under the same key with the same body, kept once
            assertThat(pendingAtClose).contains(held);
            assertThat(portal.receipts(held)).as("deliveries of %s", held).isEqualTo(2);
            assertThat(portal.repeatsDiffering()).as("a repeated key always carried the same event").isEmpty();
        } finally {
            reads.destroy();
            wiremock.stop();
        }
    }

    private static void appraise(ConfigurableApplicationContext app, String code, int i) throws Exception {
        LifecycleBenchmark.httpComplete(app, "chuyenvien", code, "Task_Appraise",
                Map.of("appraisalDecision", "propose", "registrationNumber", "44A8830000" + i, "opinion", "Hồ sơ hợp lệ"));
    }

    private static boolean httpHasTask(ConfigurableApplicationContext app, String code) {
        try {
            return !LifecycleBenchmark.httpTasks(app, "traketqua", code, "Task_ReturnResult").isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys of the portal's events not delivered yet, oldest first. */
    private static List<String> undelivered(JdbcTemplate db) {
        return db.queryForList("select event_key from outbox_event where channel = 'portal' and delivered_at is null order by id",
                String.class);
    }

    /** The oldest undelivered portal event of each dossier: the one the dispatcher tries (the others wait behind it). */
    private static List<String> heads(JdbcTemplate db) {
        return db.queryForList("""
                select e.event_key from outbox_event e where e.channel = 'portal' and e.delivered_at is null
                  and not exists (select 1 from outbox_event p where p.dossier_id = e.dossier_id and p.channel = 'portal'
                                  and p.delivered_at is null and p.id < e.id)
                order by e.id""", String.class);
    }

    /** Every dossier's waiting event was tried (and failed: it is still waiting) after {@code since}. */
    private static boolean triedSince(JdbcTemplate db, Instant since) {
        List<String> heads = heads(db);
        return !heads.isEmpty() && heads.stream().allMatch(key -> lastAttempt(db, key) != null && lastAttempt(db, key).isAfter(since));
    }

    private static Instant lastAttempt(JdbcTemplate db, String key) {
        Timestamp at = db.queryForObject("select last_attempt_at from outbox_event where event_key = ?", Timestamp.class, key);
        return at == null ? null : at.toInstant();
    }

    /** The statuses of the dossier's events in the portal's inbox, in arrival order. */
    private static List<Integer> statuses(PortalDouble portal, String code) {
        List<Integer> statuses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> event : portal.events().entrySet()) {
            if (event.getKey().startsWith(code + "#")) {
                int status = event.getValue().get("status").asInt();
                if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != status) {
                    statuses.add(status);
                }
            }
        }
        return statuses;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s within 3 minutes", what).isBefore(until);
            Thread.sleep(250);
        }
    }

    private static String value(List<String> arguments, String name) {
        String prefix = "--spring.datasource." + name + "=";
        return arguments.stream().filter(a -> a.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    enum Mode { UP, DOWN, HOLD }

    /**
     * The national portal's double, as the contract of docs/integration.md asks of it: an event is kept once per
     * {@code Idempotency-Key} (its inbox, in arrival order) and a repeat is answered {@code {"received": true}} again.
     * {@link Mode#DOWN}: 503, nothing kept. {@link Mode#HOLD}: the first new event of one dossier is kept, then its answer
     * waits until {@link #release}; the others get 503.
     */
    static final class PortalDouble implements ResponseDefinitionTransformerV2 {

        volatile Mode mode = Mode.UP;
        volatile String holdCode;
        volatile String heldKey;
        final CountDownLatch taken = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final Map<String, JsonNode> inbox = new LinkedHashMap<>();
        private final Map<String, Integer> receipts = new LinkedHashMap<>();
        private final List<String> differing = new ArrayList<>();

        void holdFor(String code) {
            holdCode = code;
            mode = Mode.HOLD;
        }

        synchronized List<String> inbox() {
            return List.copyOf(inbox.keySet());
        }

        synchronized Map<String, JsonNode> events() {
            return new LinkedHashMap<>(inbox);
        }

        synchronized int receipts(String key) {
            return receipts.getOrDefault(key, 0);
        }

        synchronized List<String> repeatsDiffering() {
            return List.copyOf(differing);
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition()
                    .withHeader("Content-Type", "application/json");
            String key = event.getRequest().getHeader("Idempotency-Key");
            Mode now = mode;
            boolean hold = now == Mode.HOLD && key != null && key.startsWith(holdCode + "#") && heldKey == null;
            if (now == Mode.DOWN || (now == Mode.HOLD && !hold)) {
                return answer.withStatus(503).withBody("{}").build();
            }
            keep(key, event.getRequest().getBodyAsString());
            if (hold) {
                heldKey = key;
                taken.countDown();
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answer.withStatus(200).withBody("{\"received\":true}").build();
        }

        private synchronized void keep(String key, String body) {
            try {
                JsonNode event = JSON.readTree(body);
                receipts.merge(key, 1, Integer::sum);
                JsonNode kept = inbox.putIfAbsent(key, event);
                if (kept != null && !kept.equals(event)) {
                    differing.add(key);
                }
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }

        @Override
        public String getName() {
            return "portal-inbox";
        }
    }
}
