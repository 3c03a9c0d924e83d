package vn.motcua.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.PostgresTestServer;
import vn.motcua.calendar.BusinessClock;

/**
 * Two dispatchers on one PostgreSQL database, each with its own connection pool (as two nodes would be), share the
 * outbox of 30 dossiers × 8 events: {@code FOR UPDATE SKIP LOCKED} lets both work at once, and the WireMock portal
 * counts every event exactly once and, per dossier, in sequence order; both dispatchers delivered some.
 */
@Tag("faults")
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {
        "motcua.demo.enabled=false",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.batch=4",
        "motcua.integration.outbox.backoff=PT0S"})
class PostgresOutboxDispatchTest {

    static final String DATABASE = "motcua_sync_dispatch_" + Long.toHexString(System.nanoTime());
    static final WireMockServer PORTAL = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .containerThreads(20));
    static final String PATH = "/api/portal/dossier-status";
    static final int DOSSIERS = 30;
    static final int EVENTS = 8;

    static {
        PORTAL.start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        PostgresTestServer.useFreshDatabase(DATABASE, registry);
        registry.add("motcua.integration.lgsp.base-url", PORTAL::baseUrl);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        PORTAL.stop();
        PostgresTestServer.drop(DATABASE);
    }

    @Autowired
    OutboxDispatcher first;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void shouldDeliverEveryEventOnceAndInOrderPerDossierWithTwoDispatchers() throws Exception {
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}").withFixedDelay(15)));
        Instant now = Instant.now().minusSeconds(60);
        // sequence by sequence, so the rows of different dossiers interleave as live traffic does
        for (int sequence = 1; sequence <= EVENTS; sequence++) {
            for (int dossier = 1; dossier <= DOSSIERS; dossier++) {
                String code = "TEST-SYNC-%03d".formatted(dossier);
                String key = code + "#" + sequence;
                jdbc.update("""
                        insert into outbox_event (event_key, dossier_id, dossier_code, kind, channel, payload, created_at,
                                                  next_attempt_at)
                        values (?, ?, ?, 'STATUS', 'portal', ?, ?, ?)""", key, 900_000L + dossier, code,
                        "{\"eventKey\":\"%s\",\"code\":\"%s\",\"sequence\":%d}".formatted(key, code, sequence),
                        Timestamp.from(now), Timestamp.from(now));
            }
        }

        HikariDataSource otherPool = new HikariDataSource();
        HikariDataSource own = (HikariDataSource) dataSource;
        otherPool.setJdbcUrl(own.getJdbcUrl());
        otherPool.setUsername(own.getUsername());
        otherPool.setPassword(own.getPassword());
        otherPool.setMaximumPoolSize(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            OutboxDispatcher second = new OutboxDispatcher(new JdbcTemplate(otherPool),
                    new DataSourceTransactionManager(otherPool), context.getBeanProvider(OutboundChannel.class),
                    context.getBeanProvider(LgspPartnerChannel.class), List.of(),
                    context.getBean(DmsChannel.class), context.getBean(IntegrationProperties.class),
                    context.getBean(BusinessClock.class), otherPool, context.getBean(ObjectMapper.class));
            Future<Integer> a = nodes.submit(untilDone(first));
            Future<Integer> b = nodes.submit(untilDone(second));
            int byFirst = a.get(5, TimeUnit.MINUTES);
            int bySecond = b.get(5, TimeUnit.MINUTES);

            assertThat(byFirst + bySecond).isEqualTo(DOSSIERS * EVENTS);
            assertThat(byFirst).as("the first dispatcher delivered some").isPositive();
            assertThat(bySecond).as("the second dispatcher delivered some").isPositive();
        } finally {
            nodes.shutdownNow();
            otherPool.close();
        }

        // the double's journal, oldest first: each key once, and per dossier the sequences in order
        List<ServeEvent> served = new ArrayList<>(PORTAL.getAllServeEvents());
        java.util.Collections.reverse(served);
        Map<String, List<Integer>> perDossier = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (ServeEvent event : served) {
            String key = event.getRequest().getHeader("Idempotency-Key");
            keys.add(key);
            perDossier.computeIfAbsent(key.substring(0, key.indexOf('#')), k -> new ArrayList<>())
                    .add(Integer.parseInt(key.substring(key.indexOf('#') + 1)));
        }
        assertThat(keys).hasSize(DOSSIERS * EVENTS).doesNotHaveDuplicates();
        assertThat(perDossier).hasSize(DOSSIERS);
        perDossier.forEach((code, sequences) -> assertThat(sequences).as(code)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, EVENTS).boxed().toList()));
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where delivered_at is null", Integer.class)).isZero();
    }

    /** A node's dispatcher running rounds until nothing is left; how many events it delivered. */
    private Callable<Integer> untilDone(OutboxDispatcher dispatcher) {
        return () -> {
            int delivered = 0;
            while (jdbc.queryForObject("select count(*) from outbox_event where delivered_at is null", Integer.class) > 0) {
                int round = dispatcher.dispatch();
                delivered += round;
                if (round == 0) {
                    Thread.sleep(20); // the other node holds what is left: wait for it instead of spinning
                }
            }
            return delivered;
        };
    }
}
