package vn.motcua.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The per-dossier sync state with the portal and the resync of a date range, against a WireMock portal: the state
 * follows an event from pending through failures and parking to acknowledgement; a resync enqueues one full-state
 * event per dossier of the range (paging two at a time), the same key again enqueues nothing, the double receives
 * each once and behind the dossier's earlier events; bad ranges, foreign members, a reused key and non-administrators
 * are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-portal-sync;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.backoff=PT0S",
        "motcua.integration.outbox.max-attempts=2",
        "motcua.integration.resync.page=2",
        "motcua.integration.resync.max-days=31"})
class PortalSyncTest {

    static final WireMockServer PORTAL = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String PATH = "/api/portal/dossier-status";

    static {
        PORTAL.start();
    }

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("motcua.integration.lgsp.base-url", PORTAL::baseUrl);
    }

    @AfterAll
    static void stop() {
        PORTAL.stop();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ZoneId provinceZone;

    @BeforeEach
    void reset() {
        PORTAL.resetAll();
        jdbc.update("update outbox_event set delivered_at = current_timestamp where delivered_at is null");
    }

    @Test
    void shouldFollowAnEventFromPendingThroughParkingToAcknowledgement() throws Exception {
        String code = submitAndAccept("079666000001");
        JsonNode pending = state("tiepnhan", code);
        int recorded = rows(code);
        assertThat(pending.get("state").asText()).isEqualTo("PENDING");
        assertThat(pending.get("lastSequence").asInt()).isEqualTo(recorded);
        assertThat(pending.get("acknowledgedSequence").asInt()).isZero();
        assertThat(pending.get("waiting").asInt()).isEqualTo(recorded);
        assertThat(pending.get("waitingSequence").asInt()).isEqualTo(1);

        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        dispatcher.dispatch();
        JsonNode retrying = state("tiepnhan", code);
        assertThat(retrying.get("state").asText()).isEqualTo("RETRYING");
        assertThat(retrying.get("sentSequence").asInt()).isEqualTo(1);
        assertThat(retrying.get("attempts").asInt()).isEqualTo(1);
        assertThat(retrying.get("lastError").asText()).contains("503");
        assertThat(retrying.get("lastAttemptAt").isNull()).isFalse();
        assertThat(retrying.get("parked").asBoolean()).isFalse();

        dispatcher.dispatch();
        JsonNode parked = admin("/api/admin/outbox/dossiers/{code}/sync", code);
        assertThat(parked.get("state").asText()).isEqualTo("PARKED");
        assertThat(parked.get("parked").asBoolean()).isTrue();
        assertThat(parked.get("parkedAt").isNull()).isFalse();
        assertThat(parked.get("nextAttemptAt").isNull()).isTrue();

        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}")));
        ResponseEntity<String> retried = http.withBasicAuth("admin", "admin").postForEntity("/api/admin/outbox/{id}/retry",
                null, String.class, parked.get("waitingEventId").asLong());
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        dispatcher.dispatch();
        JsonNode synced = state("tiepnhan", code);
        assertThat(synced.get("state").asText()).isEqualTo("SYNCED");
        assertThat(synced.get("acknowledgedSequence").asInt()).isEqualTo(recorded);
        assertThat(synced.get("acknowledgedAt").isNull()).isFalse();
        assertThat(synced.get("waiting").asInt()).isZero();
        assertThat(received(code)).hasSize(recorded);
    }

    @Test
    void shouldHideAnotherAgencysDossierAndAnUnknownCode() throws Exception {
        String code = submitAndAccept("079666000002");
        ResponseEntity<String> foreign = http.withBasicAuth("tiepnhan.binhlong", "demo")
                .getForEntity("/api/dossiers/{code}/sync", String.class, code);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        ResponseEntity<String> unknown = http.withBasicAuth("tiepnhan", "demo")
                .getForEntity("/api/dossiers/{code}/sync", String.class, "000.00.20.H10-000000-9999");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).at("/errors/0/field").asText()).isEqualTo("code");
        assertThat(http.withBasicAuth("tiepnhan", "demo").getForEntity("/api/admin/outbox/dossiers/{code}/sync",
                String.class, code).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldResyncEveryDossierOfTheRangeOncePerRequest() throws Exception {
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}")));
        List<String> codes = List.of(submitAndAccept("079666000003"), submitAndAccept("079666000004"),
                submitAndAccept("079666000005"));
        dispatcher.dispatch();
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}")));
        String today = LocalDate.now(provinceZone).toString();
        String range = "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(today, today);

        ResponseEntity<String> first = resync(range, "resync-test-1", "admin", "admin");
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode request = json.readTree(first.getBody());
        int enqueued = request.get("enqueued").asInt();
        assertThat(enqueued).isGreaterThanOrEqualTo(3); // paged two at a time
        assertThat(request.get("finishedAt").isNull()).isFalse();
        assertThat(request.get("requestedBy").asText()).isEqualTo("admin");
        for (String code : codes) {
            assertThat(jdbc.queryForObject("select count(*) from outbox_event where dossier_code = ? and kind = 'RESYNC'",
                    Integer.class, code)).isEqualTo(1);
        }
        ResponseEntity<String> again = resync(range, "resync-test-1", "admin", "admin");
        assertThat(json.readTree(again.getBody()).get("enqueued").asInt()).isEqualTo(enqueued);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where kind = 'RESYNC'", Integer.class))
                .isEqualTo(enqueued);

        dispatcher.dispatch();
        for (String code : codes) {
            List<JsonNode> bodies = received(code);
            assertThat(bodies).hasSize(1);
            JsonNode full = bodies.get(0);
            assertThat(full.get("kind").asText()).isEqualTo("RESYNC");
            assertThat(full.get("sequence").asInt()).isEqualTo(rows(code)); // behind the dossier's earlier events
            assertThat(full.get("status").asInt()).isEqualTo(4);
            assertThat(full.get("receivedAt").isNull()).isFalse();
            assertThat(full.get("resyncRequest").asLong()).isEqualTo(request.get("id").asLong());
            assertThat(state("tiepnhan", code).get("state").asText()).isEqualTo("SYNCED");
        }

        ResponseEntity<String> another = resync(range, "resync-test-2", "admin", "admin");
        assertThat(json.readTree(another.getBody()).get("enqueued").asInt()).isEqualTo(enqueued);
        ResponseEntity<String> past = resync("{\"from\":\"2020-01-01\",\"to\":\"2020-01-31\"}", "resync-test-3", "admin", "admin");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(past.getBody()).get("enqueued").asInt()).isZero();
    }

    @Test
    void shouldRefuseBadRangesForeignMembersAReusedKeyAndNonAdministrators() throws Exception {
        problem(resync("{\"from\":\"2026-11-30\",\"to\":\"2026-11-01\"}", null, "admin", "admin"), 422, "to");
        problem(resync("{\"from\":\"2026-01-01\",\"to\":\"2026-03-01\"}", null, "admin", "admin"), 422, "to");
        problem(resync("{\"from\":\"30/11/2026\",\"to\":\"2026-11-30\"}", null, "admin", "admin"), 422, "from");
        problem(resync("{\"from\":\"2026-11-01\"}", null, "admin", "admin"), 422, "to");
        problem(resync("{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\",\"sql\":\"drop table dossier\"}", null,
                "admin", "admin"), 422, "sql");
        problem(resync("{\"from\":20261101,\"to\":\"2026-11-02\"}", null, "admin", "admin"), 422, "from");
        problem(resync("[1]", null, "admin", "admin"), 422, "body");
        problem(resync("{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}", "bad key with spaces", "admin", "admin"),
                422, "Idempotency-Key");
        assertThat(resync("{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}", "resync-reused", "admin", "admin")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        problem(resync("{\"from\":\"2026-11-01\",\"to\":\"2026-11-03\"}", "resync-reused", "admin", "admin"), 409,
                "Idempotency-Key");
        assertThat(resync("{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}", null, "tiepnhan", "demo").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void problem(ResponseEntity<String> answer, int status, String field) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        List<String> fields = new ArrayList<>();
        json.readTree(answer.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains(field);
    }

    private ResponseEntity<String> resync(String body, String key, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.withBasicAuth(user, password).postForEntity("/api/admin/outbox/resync", new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode state(String user, String code) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity("/api/dossiers/{code}/sync",
                String.class, code);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private JsonNode admin(String path, String code) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("admin", "admin").getForEntity(path, String.class, code);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    String submitAndAccept(String idNumber) throws Exception {
        return OutboxDeliveryTest.submitAndAccept(http, json, idNumber);
    }

    private int rows(String code) {
        return jdbc.queryForObject("select count(*) from outbox_event where dossier_code = ? and channel = 'portal'",
                Integer.class, code);
    }

    private List<JsonNode> received(String code) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : PORTAL.findAll(postRequestedFor(urlEqualTo(PATH)))) {
            JsonNode body = json.readTree(request.getBodyAsString());
            if (body.get("code").asText().equals(code)) {
                bodies.add(body);
            }
        }
        return bodies;
    }
}
