package vn.motcua.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.motcua.dossier.InboundTokens;
import vn.motcua.integration.OutboxDispatcher;

/**
 * Liên thông over the LGSP against a WireMock LGSP: a land dossier sends two parts (ward, tax office), each with its
 * own deadline; during an LGSP outage nothing is lost, after it each request arrives once under its key; the tax
 * office's result comes back on the inbound API and ends only its part's process; replays are idempotent, a part
 * never sent is 404, a part answered is 409, bad input names its field; the silent ward triggers the reminder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-lien-thong;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.backoff=PT0S",
        "motcua.integration.outbox.max-attempts=20",
        "motcua.inbound.issuer=" + InboundTokens.ISSUER,
        "motcua.inbound.audience=" + InboundTokens.AUDIENCE})
class LienThongLgspTest {

    static final WireMockServer LGSP = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String PARTNER_PATH = "/api/lien-thong/requests";
    /** The ward's user (group diachinh-tanphu, the partner group the decision names for the part UBND_XA). */
    static final String WARD_USER = "diachinh.tanphu";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    static final String LAND_DATA = "{\"parcelAddress\":\"Ấp 2, xã Tiến Hưng\",\"landParcel\":\"Thửa 7, tờ 9\",\"landArea\":250,\"landUse\":\"Đất ở tại đô thị\"}";

    static {
        LGSP.start();
    }

    @DynamicPropertySource
    static void lgsp(DynamicPropertyRegistry registry) {
        registry.add("motcua.integration.lgsp.base-url", LGSP::baseUrl);
        registry.add("motcua.inbound.public-key-location", () -> InboundTokens.PUBLIC_KEY.toUri().toString());
    }

    @AfterAll
    static void stop() {
        LGSP.stop();
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
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @BeforeEach
    void resetLgsp() {
        LGSP.resetAll();
    }

    @Test
    void shouldSendEachPartThroughAnOutageAndCorrelateThePartnersResultToItsPart() throws Exception {
        String code = landDossier();
        long dossierId = jdbc.queryForObject("select id from dossier where code = ?", Long.class, code);
        LGSP.stubFor(post(urlEqualTo("/api/portal/dossier-status")).willReturn(okJson("{\"received\":true}")));
        dispatcher.dispatch(); // the demo's and this dossier's portal events out of the way
        LGSP.stubFor(post(urlEqualTo(PARTNER_PATH)).willReturn(aResponse().withStatus(503)));
        Instant wardDue = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant taxDue = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ProcessInstance ward = transfer(code, dossierId, "UBND_XA", wardDue);
        ProcessInstance tax = transfer(code, dossierId, "THUE", taxDue);

        // the LGSP is down: each part's request is tried (the parts are ordered apart, by part) and waits; nothing is
        // lost. Then it is back: each arrives once, under its key
        dispatcher.dispatch();
        assertThat(partnerRequests(code)).isNotEmpty().extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(
                "LT:" + code + ":UBND_XA:1", "LT:" + code + ":THUE:2");
        assertThat(jdbc.queryForList("select attempts from outbox_event where dossier_code = ? and channel = 'lgsp'"
                + " and delivered_at is null and parked_at is null order by id", Integer.class, code))
                .hasSize(2).allSatisfy(attempts -> assertThat(attempts).isPositive());
        LGSP.resetRequests();
        LGSP.stubFor(post(urlEqualTo(PARTNER_PATH)).willReturn(okJson("{\"received\":true}")));
        dispatcher.dispatch();
        dispatcher.dispatch();
        List<LoggedRequest> delivered = partnerRequests(code);
        assertThat(delivered).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactlyInAnyOrder("LT:" + code + ":UBND_XA:1", "LT:" + code + ":THUE:2");
        Map<String, JsonNode> byPart = new HashMap<>();
        for (LoggedRequest request : delivered) {
            JsonNode body = json.readTree(request.getBodyAsString());
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo(body.get("eventKey").asText());
            byPart.put(body.get("partId").asText(), body);
        }
        assertThat(byPart.keySet()).containsExactlyInAnyOrder("UBND_XA", "THUE");
        assertThat(byPart.get("THUE").get("dueAt").asText()).isEqualTo(taxDue.toString());
        assertThat(byPart.get("UBND_XA").get("dueAt").asText()).isEqualTo(wardDue.toString());
        assertThat(byPart.get("THUE").get("partnerUnit").asText()).isEqualTo("Chi cục Thuế thành phố Đồng Xoài");
        assertThat(byPart.get("THUE").get("resultPath").asText()).isEqualTo("/api/inbound/dossiers/" + code + "/lien-thong/THUE/result");
        assertThat(dispatcher.dispatch()).isZero();

        // the tax office's result: only its part goes on, with the answer
        String result = "{\"outcome\":\"confirmed\",\"reply\":\"Phải nộp lệ phí trước bạ\",\"documentNumber\":\"45/TB-CCT\","
                + "\"financialObligationDue\":true}";
        ResponseEntity<String> answered = result("lt-1", code, "THUE", result);
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answered.getBody()).get("state").asText()).isEqualTo("ANSWERED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(tax.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(ward.getId()).count()).isOne();
        assertThat(jdbc.queryForMap("select answered_by, answered_via, outcome, reply, document_number, financial_obligation_due"
                + " from lien_thong_part where dossier_code = ? and part_id = 'THUE'", code))
                .containsEntry("answered_via", "LGSP").containsEntry("outcome", "confirmed")
                .containsEntry("reply", "Phải nộp lệ phí trước bạ").containsEntry("document_number", "45/TB-CCT")
                .containsEntry("financial_obligation_due", true)
                .satisfies(row -> assertThat((String) row.get("answered_by")).startsWith("lgsp:"));

        // a replay is the same answer, done once; the same id with another body, or a second result, is refused
        ResponseEntity<String> replay = result("lt-1", code, "THUE", result);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getHeaders().getFirst("Message-Replayed")).isEqualTo("true");
        assertThat(result("lt-1", code, "THUE", result.replace("confirmed", "notConfirmed")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        problem(result("lt-2", code, "THUE", result), HttpStatus.CONFLICT, null);
        problem(result("lt-3", code, "CONG_AN", result), HttpStatus.NOT_FOUND, "partId");
        problem(result("lt-4", code, "thue", result), HttpStatus.UNPROCESSABLE_ENTITY, "partId");
        problem(result("lt-5", code, "UBND_XA", "{\"outcome\":\"maybe\",\"reply\":\"x\"}"), HttpStatus.UNPROCESSABLE_ENTITY, "outcome");
        problem(result("lt-6", code, "UBND_XA", "{\"outcome\":\"confirmed\",\"reply\":\"x\",\"partnerOutcome\":\"x\"}"),
                HttpStatus.UNPROCESSABLE_ENTITY, "partnerOutcome");
        problem(result("lt-7", code, "UBND_XA", "{\"outcome\":\"confirmed\",\"reply\":\"x\",\"financialObligationDue\":\"yes\"}"),
                HttpStatus.UNPROCESSABLE_ENTITY, "financialObligationDue");
        problem(result("lt-8", "000.00.20.H10-000000-0000", "UBND_XA", result), HttpStatus.NOT_FOUND, null);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(ward.getId()).count()).isOne();

        // the ward does not answer: at its deadline the lead agency's handler is asked to urge it; the part stays open
        String timer = management.createJobQuery().processInstanceId(ward.getId()).timers()
                .activityId(InterAgencyTransfer.Element.BoundaryEvent_PartnerDeadline.id()).singleResult().getId();
        assertThat(management.createJobQuery().jobId(timer).singleResult().getDuedate()).isEqualTo(Date.from(wardDue));
        management.executeJob(timer);
        assertThat(tasks.createTaskQuery().processInstanceId(ward.getId())
                .taskDefinitionKey(InterAgencyTransfer.Element.Task_UrgePartner.id()).count()).isOne();
        ResponseEntity<String> late = result("lt-9", code, "UBND_XA", "{\"outcome\":\"notConfirmed\",\"reply\":\"Đất đang tranh chấp\"}");
        assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.OK);
        // the partner's step is over with its answer; the urging task it started stays with the handler until done
        assertThat(tasks.createTaskQuery().processInstanceId(ward.getId())
                .taskDefinitionKey(InterAgencyTransfer.Element.Task_PartnerProcess.id()).count()).isZero();
        assertThat(runtime.getVariable(ward.getId(), InterAgencyTransfer.PARTNER_OUTCOME.name())).isEqualTo("notConfirmed");
    }

    @Test
    void shouldDeliverAPartWhileAnotherPartsPartnerIsDown() throws Exception {
        String code = landDossier();
        long dossierId = jdbc.queryForObject("select id from dossier where code = ?", Long.class, code);
        LGSP.stubFor(post(urlEqualTo("/api/portal/dossier-status")).willReturn(okJson("{\"received\":true}")));
        dispatcher.dispatch();
        // the LGSP adapter routes by partner: the ward's system is down, the tax office's answers
        LGSP.stubFor(post(urlEqualTo(PARTNER_PATH)).atPriority(5).willReturn(okJson("{\"received\":true}")));
        LGSP.stubFor(post(urlEqualTo(PARTNER_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.partId", equalTo("UBND_XA"))).willReturn(aResponse().withStatus(503)));
        Instant due = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        transfer(code, dossierId, "UBND_XA", due);
        transfer(code, dossierId, "THUE", due);

        dispatcher.dispatch();
        // the second part went out although the first, sent before it on the same channel, is still failing
        assertThat(jdbc.queryForList("select event_key from outbox_event where dossier_code = ? and channel = 'lgsp'"
                + " and delivered_at is not null", String.class, code)).containsExactly("LT:" + code + ":THUE:2");
        assertThat(jdbc.queryForObject("select attempts from outbox_event where event_key = ?", Integer.class,
                "LT:" + code + ":UBND_XA:1")).isPositive();
        assertThat(partnerRequests(code)).filteredOn(r -> r.getHeader("Idempotency-Key").endsWith(":THUE:2")).hasSize(1);

        // the ward's system is back: its part goes out once, the tax office's is not sent again
        LGSP.resetAll();
        LGSP.stubFor(post(urlEqualTo(PARTNER_PATH)).willReturn(okJson("{\"received\":true}")));
        dispatcher.dispatch();
        assertThat(partnerRequests(code)).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactly("LT:" + code + ":UBND_XA:1");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where dossier_code = ? and channel = 'lgsp'"
                + " and delivered_at is null", Integer.class, code)).isZero();
    }

    @Test
    void shouldRecordAPartAnsweredInTasklistAsAnAnswerThroughTheLgspIs() throws Exception {
        String code = landDossier();
        long dossierId = jdbc.queryForObject("select id from dossier where code = ?", Long.class, code);
        Instant due = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ProcessInstance ward = transfer(code, dossierId, "UBND_XA", due);
        ProcessInstance tax = transfer(code, dossierId, "THUE", due);
        assertThat(jdbc.queryForObject("select process_instance_id from lien_thong_part where dossier_code = ? and part_id = 'UBND_XA'",
                String.class, code)).isEqualTo(ward.getId());

        // the ward's user answers in Tasklist: an answer outside the form's values is refused, nothing recorded
        ResponseEntity<String> bad = tasklistAnswer(WARD_USER, ward.getId(), Map.of(
                InterAgencyTransfer.PARTNER_OUTCOME.name(), "maybe", InterAgencyTransfer.PARTNER_REPLY.name(), "Không rõ"));
        assertThat(bad.getStatusCode().is2xxSuccessful()).as(bad.getBody()).isFalse();
        assertThat(bad.getBody()).contains(InterAgencyTransfer.PARTNER_OUTCOME.name());
        assertThat(tasks.createTaskQuery().processInstanceId(ward.getId())
                .taskDefinitionKey(InterAgencyTransfer.Element.Task_PartnerProcess.id()).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from lien_thong_part where dossier_code = ? and answered_at is not null",
                Integer.class, code)).isZero();

        // a good answer; the variable partId set with it (pointing at the tax office's part) does not choose the part
        ResponseEntity<String> done = tasklistAnswer(WARD_USER, ward.getId(), Map.of(
                InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_REPLY.name(),
                "Đất sử dụng ổn định, không tranh chấp", InterAgencyTransfer.PARTNER_DOCUMENT_NUMBER.name(), "12/XN-UBND",
                InterAgencyTransfer.PART_ID.name(), "THUE"));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(ward.getId()).count()).isZero();
        assertThat(jdbc.queryForMap("select answered_by, answered_via, outcome, reply, document_number, financial_obligation_due"
                + " from lien_thong_part where dossier_code = ? and part_id = 'UBND_XA'", code))
                .containsEntry("answered_by", WARD_USER).containsEntry("answered_via", "TASKLIST")
                .containsEntry("outcome", "confirmed").containsEntry("reply", "Đất sử dụng ổn định, không tranh chấp")
                .containsEntry("document_number", "12/XN-UBND").containsEntry("financial_obligation_due", null)
                .satisfies(row -> assertThat(jdbc.queryForObject("select answered_at from lien_thong_part"
                        + " where dossier_code = ? and part_id = 'UBND_XA'", java.sql.Timestamp.class, code)).isNotNull());
        assertThat(jdbc.queryForObject("select answered_at from lien_thong_part where dossier_code = ? and part_id = 'THUE'",
                java.sql.Timestamp.class, code)).as("the tax office's part stays open").isNull();

        // as after an answer through the LGSP: a later result for the part is refused, the other part's is taken
        problem(result("lt-tasklist-1", code, "UBND_XA", "{\"outcome\":\"notConfirmed\",\"reply\":\"Trễ\"}"),
                HttpStatus.CONFLICT, null);
        ResponseEntity<String> taxAnswer = result("lt-tasklist-2", code, "THUE", "{\"outcome\":\"confirmed\",\"reply\":\"Không phát sinh\"}");
        assertThat(taxAnswer.getStatusCode()).as(taxAnswer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(tax.getId()).count()).isZero();
    }

    /** The partner's user completes its step of the part's instance through the engine REST API, as Tasklist does. */
    private ResponseEntity<String> tasklistAnswer(String user, String instance, Map<String, Object> variables) throws Exception {
        TestRestTemplate partner = http.withBasicAuth(user, "demo");
        JsonNode found = json.readTree(partner.getForEntity("/engine-rest/task?processInstanceId={p}&taskDefinitionKey={k}",
                String.class, instance, InterAgencyTransfer.Element.Task_PartnerProcess.id()).getBody());
        assertThat(found).as("%s sees the partner's step: %s", user, found).hasSize(1);
        String id = found.get(0).get("id").asText();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(partner.postForEntity("/engine-rest/task/{id}/claim", new HttpEntity<>(
                json.writeValueAsString(Map.of("userId", user)), headers), String.class, id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return partner.postForEntity("/engine-rest/task/{id}/complete", new HttpEntity<>(
                json.writeValueAsString(Map.of("variables", typed)), headers), String.class, id);
    }

    private ProcessInstance transfer(String code, long dossierId, String role, Instant due) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DossierProcess.DOSSIER_ID.name(), dossierId);
        variables.put(DossierProcess.PROCEDURE_CODE.name(), "1.013978");
        variables.put(DossierProcess.AGENCY_CODE.name(), "000.00.20.H10");
        variables.put(InterAgencyTransfer.PARTNER_ROLE.name(), role);
        variables.put(InterAgencyTransfer.PARTNER_DUE_DATE.name(), Date.from(due));
        variables.put(InterAgencyTransfer.PARTNER_REQUEST.name(), "Đề nghị phối hợp giải quyết hồ sơ " + code);
        variables.put("routing", new HashMap<>(Map.of("handlerGroup", "chuyenvien-dongxoai")));
        // as the dossier's own process would call it (the one start that may name the dossier)
        return DossierTenancy.starting(dossierId, () -> runtime.startProcessInstanceByKey(InterAgencyTransfer.PROCESS_KEY,
                code, variables));
    }

    private String landDossier() throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", part("""
                {"agencyCode":"000.00.20.H10","procedureCode":"1.013978","caseCode":"TH1","channel":"ONLINE",
                 "applicant":{"name":"Lê Văn Cường","idNumber":"079777000001","address":"Xã Tiến Hưng"},
                 "data":%s}""".formatted(LAND_DATA).getBytes(), MediaType.APPLICATION_JSON, null));
        parts.add("DON_DANG_KY", part(PDF, MediaType.APPLICATION_PDF, "don.pdf"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> submitted = http.withBasicAuth("tiepnhan", "demo")
                .postForEntity("/api/dossiers", new HttpEntity<>(parts, headers), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    static HttpEntity<org.springframework.core.io.ByteArrayResource> part(byte[] content, MediaType type, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private ResponseEntity<String> result(String messageId, String code, String partId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(InboundTokens.token());
        headers.set("Message-Id", messageId);
        return http.postForEntity("/api/inbound/dossiers/{code}/lien-thong/{part}/result", new HttpEntity<>(body, headers),
                String.class, code, partId);
    }

    private void problem(ResponseEntity<String> answer, HttpStatus status, String field) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        if (field != null) {
            List<String> fields = new ArrayList<>();
            json.readTree(answer.getBody()).path("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertThat(fields).contains(field);
        }
    }

    private List<LoggedRequest> partnerRequests(String code) throws Exception {
        List<LoggedRequest> requests = new ArrayList<>();
        for (LoggedRequest request : LGSP.findAll(postRequestedFor(urlEqualTo(PARTNER_PATH)))) {
            if (json.readTree(request.getBodyAsString()).get("code").asText().equals(code)) {
                requests.add(request);
            }
        }
        return requests;
    }
}
