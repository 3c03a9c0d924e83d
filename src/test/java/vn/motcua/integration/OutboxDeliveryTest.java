package vn.motcua.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The outbox against an HTTP double of the national portal (WireMock): every change of a dossier submitted and
 * accepted through the API reaches the double exactly once and in order; an outage (503) then recovery loses
 * and duplicates nothing; malformed and slow answers are retried and, after the last attempt, parked, listed
 * for the administrator and sent again on retry; a clerk may not see or retry parked events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-outbox;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.backoff=PT0S",
        "motcua.integration.outbox.max-attempts=3",
        "motcua.integration.lgsp.read-timeout=PT4S"})
class OutboxDeliveryTest {

    static final WireMockServer PORTAL = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String PATH = "/api/portal/dossier-status";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

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

    @BeforeEach
    void reset() {
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo("/warm-up")).willReturn(okJson("{}")));
        // events of earlier tests out of the way: each test looks at its own dossier
        jdbc.update("update outbox_event set delivered_at = current_timestamp where delivered_at is null");
    }

    @Test
    void shouldDeliverEveryChangeOnceAndInOrder() throws Exception {
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}")));
        String code = submitAndAccept("079555000001");

        int delivered = dispatcher.dispatch();
        List<JsonNode> bodies = received(code);
        assertThat(delivered).as(() -> jdbc.queryForList("select id, dossier_code, attempts, next_attempt_at, delivered_at, parked_at, last_error from outbox_event order by id desc fetch first 6 rows only").toString() + " now " + java.time.Instant.now()).isEqualTo(bodies.size()).isEqualTo(rows(code));
        assertThat(bodies).extracting(b -> b.get("sequence").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(bodies).extracting(b -> b.get("status").asInt()).startsWith(1).contains(4);
        JsonNode last = bodies.get(bodies.size() - 1);
        assertThat(last.get("procedure").asText()).isEqualTo("1.001612");
        assertThat(last.get("agency").asText()).isEqualTo("000.00.20.H10");
        assertThat(last.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(last.get("receivedAt").isNull()).isFalse();
        assertThat(bodies).anySatisfy(b -> assertThat(b.get("kind").asText()).isEqualTo("HANDOVER"));
        for (LoggedRequest request : PORTAL.findAll(postRequestedFor(urlEqualTo(PATH)))) {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo(json.readTree(request.getBodyAsString()).get("eventKey").asText());
        }
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(bodies.size());
    }

    @Test
    void shouldLoseAndDuplicateNothingAcrossAnOutage() throws Exception {
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        String code = submitAndAccept("079555000002");
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(dispatcher.dispatch()).isZero();
        // only the dossier's first event was tried: the later ones wait behind it
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2)
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("\"sequence\":1"));

        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}")));
        dispatcher.dispatch();
        List<JsonNode> bodies = received(code);
        assertThat(bodies).hasSize(rows(code));
        assertThat(bodies).extracting(b -> b.get("sequence").asInt()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, rows(code)).boxed().toList());
    }

    @Test
    void shouldRetryMalformedAndSlowAnswersParkThemAndLetTheAdministratorRetry() throws Exception {
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("<html>ok</html>")));
        String code = submitAndAccept("079555000003");
        dispatcher.dispatch();
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}").withFixedDelay(6000)));
        dispatcher.dispatch();
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{\"received\":false}")));
        dispatcher.dispatch();
        assertThat(dispatcher.dispatch()).isZero(); // parked after three attempts: not tried again

        ResponseEntity<String> clerk = http.withBasicAuth("tiepnhan", "demo").getForEntity("/api/admin/outbox/parked", String.class);
        assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> clerkRetry = http.withBasicAuth("tiepnhan", "demo")
                .postForEntity("/api/admin/outbox/1/retry", null, String.class);
        assertThat(clerkRetry.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> parked = http.withBasicAuth("admin", "admin").getForEntity("/api/admin/outbox/parked", String.class);
        assertThat(parked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(parked.getBody());
        JsonNode event = null;
        for (JsonNode e : list) {
            if (e.get("dossierCode").asText().equals(code)) {
                event = e;
            }
        }
        assertThat(event).isNotNull();
        assertThat(event.get("attempts").asInt()).isEqualTo(3);
        assertThat(event.get("lastError").asText()).contains("received");

        ResponseEntity<String> unknown = http.withBasicAuth("admin", "admin").postForEntity("/api/admin/outbox/999999/retry", null, String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(unknown.getHeaders().toString()).isTrue();
        assertThat(json.readTree(unknown.getBody()).at("/errors/0/field").asText()).isEqualTo("id");

        ResponseEntity<String> retried = http.withBasicAuth("admin", "admin")
                .postForEntity("/api/admin/outbox/{id}/retry", null, String.class, event.get("id").asLong());
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"received\":true}")));
        dispatcher.dispatch();
        assertThat(received(code)).hasSize(rows(code));
    }

    private String submitAndAccept(String idNumber) throws Exception {
        String code = submitAndAccept(http, json, idNumber);
        assertThat(rows(code)).isGreaterThanOrEqualTo(3);
        return code;
    }

    /** A household-business dossier submitted online with its data and accepted by the clerk, through the API. */
    static String submitAndAccept(TestRestTemplate http, ObjectMapper json, String idNumber) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", part("""
                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","address":"Phường Tân Phú"},
                 "data":{"businessName":"Tạp hóa An","businessAddress":"12 Phú Riềng Đỏ","businessLine":"Bán lẻ","capital":1000}}"""
                .formatted(idNumber).getBytes(), MediaType.APPLICATION_JSON, null));
        parts.add("GIAY_DE_NGHI", part(PDF, MediaType.APPLICATION_PDF, "a.pdf"));
        parts.add("CCCD", part(PDF, MediaType.APPLICATION_PDF, "b.pdf"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> submitted = http.withBasicAuth("tiepnhan", "demo")
                .postForEntity("/api/dossiers", new HttpEntity<>(parts, headers), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> accepted = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers/{code}/acceptance",
                new HttpEntity<>("{}", jsonHeaders), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        return code;
    }

    static HttpEntity<ByteArrayResource> part(byte[] content, MediaType type, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private int rows(String code) {
        return jdbc.queryForObject("select count(*) from outbox_event where dossier_code = ?", Integer.class, code);
    }

    /** The bodies the double answered with success for the dossier, in arrival order. */
    private List<JsonNode> received(String code) throws Exception {
        List<LoggedRequest> requests = PORTAL.findAll(postRequestedFor(urlEqualTo(PATH)));
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (LoggedRequest request : requests) {
            JsonNode body = json.readTree(request.getBodyAsString());
            if (body.get("code").asText().equals(code)) {
                bodies.add(body);
            }
        }
        assertThat(bodies.stream().map(b -> b.get("eventKey").asText()).distinct().count()).isEqualTo(bodies.size());
        return bodies;
    }

}
