package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierProcesses.Intake;
import vn.motcua.dossier.DossierProcesses.IntakeDecision;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.FirstLandUseCertificate;
import vn.motcua.process.InterAgencyTransfer;

/**
 * Issue 14.4: the LGSP/portal as a technical client of {@code /api/inbound} (docs/integration.md "Inbound",
 * docs/security.md "Technical client"). Every token but the gateway's, for Motcua, unexpired and with the inbound
 * scope is refused (401/403 problem+json); staff passwords open nothing there and the token opens nothing elsewhere.
 * Online submission with procedure data, supplement, withdrawal and the online payment of a land dossier waiting
 * at status 6 are carried out once per message id; a replay gets the same answer, another body under the same id a
 * 409; bad input names its field; every message is in the ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-inbound;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.inbound.issuer=" + InboundTokens.ISSUER,
        "motcua.inbound.audience=" + InboundTokens.AUDIENCE})
class InboundApiTest {

    static final String LAND_DATA = "{\"parcelAddress\":\"Ấp 2, xã Tiến Hưng\",\"landParcel\":\"Thửa 7, tờ 9\",\"landArea\":250,\"landUse\":\"Đất ở tại đô thị\"}";

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("motcua.inbound.public-key-location", () -> InboundTokens.PUBLIC_KEY.toUri().toString());
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    DossierHistoryRepository history;
    @Autowired
    DossierProcesses processes;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("another issuer", InboundTokens.token(c -> c.issuer("https://evil.example/oauth2"))),
                Arguments.of("another audience", InboundTokens.token(c -> c.audience("another-system"))),
                Arguments.of("expired", InboundTokens.token(c -> c.issueTime(Date.from(Instant.now().minusSeconds(1200)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(600))))),
                Arguments.of("without expiry", InboundTokens.token(c -> c.expirationTime(null))),
                Arguments.of("not yet valid", InboundTokens.token(c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(3600))))),
                Arguments.of("unsigned (alg none)", InboundTokens.unsigned()),
                Arguments.of("signed by another key", InboundTokens.sign(InboundTokens.STRANGER, c -> { })),
                Arguments.of("HS256 with the public key", InboundTokens.hmacWithThePublicKey()),
                Arguments.of("garbage", "not.a.jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void shouldRefuseEveryTokenButTheGatewaysForMotcua(String what, String token) throws Exception {
        ResponseEntity<String> answer = withdrawal(token, "m-" + what.hashCode(), "000.00.20.H10-000000-0000",
                "{\"idNumber\":\"079000000001\",\"reason\":\"x\"}");
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(answer);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void shouldLetOnlyTheInboundScopeInAndKeepTheTwoDoorsApart() throws Exception {
        ResponseEntity<String> noScope = withdrawal(InboundTokens.token(c -> c.claim("scope", "motcua.read profile")),
                "m-noscope", "X", "{}");
        assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(noScope);
        assertThat(json.readTree(noScope.getBody()).at("/errors/0/field").asText()).isEqualTo("scope");

        ResponseEntity<String> none = http.exchange("/api/inbound/dossiers/X/withdrawal", HttpMethod.POST,
                TestFiles.json("{}"), String.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(none);

        // a clerk's password does not open the inbound door ...
        ResponseEntity<String> clerk = http.withBasicAuth("tiepnhan", "demo").exchange("/api/inbound/dossiers/X/withdrawal",
                HttpMethod.POST, TestFiles.json("{}"), String.class);
        assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> admin = http.withBasicAuth("admin", "admin").exchange("/api/inbound/dossiers/X/withdrawal",
                HttpMethod.POST, TestFiles.json("{}"), String.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // ... and the gateway's token opens no staff door
        for (String staff : List.of("/api/dossiers", "/engine-rest/task", "/api/admin/outbox/parked", "/api/reports/alerts")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(InboundTokens.token());
            ResponseEntity<String> answer = http.exchange(staff, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(answer.getStatusCode()).as(staff).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // no session is created for the technical client
        ResponseEntity<String> valid = withdrawal(InboundTokens.token(), "m-session", "000.00.20.H10-000000-0000",
                "{\"idNumber\":\"079000000001\",\"reason\":\"x\"}");
        assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(valid.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void shouldSubmitAnOnlineDossierOnceAndAnswerItsReplayTheSame() throws Exception {
        String idNumber = "079414000001";
        MultiValueMap<String, Object> parts = TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber));
        parts.add("notifications", TestFiles.json("{\"optOut\":[\"SMS\"]}"));
        ResponseEntity<String> first = submit("sub-1", parts);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode dossier = json.readTree(first.getBody());
        String code = dossier.get("code").asText();
        assertThat(dossier.at("/status/code").asInt()).isEqualTo(1);
        Dossier row = dossiers.findByCode(code).orElseThrow();
        assertThat(row.getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(json.readTree(row.getProcedureData()).get("businessName").asText()).isEqualTo("Tạp hóa An");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();

        ResponseEntity<String> replay = submit("sub-1", parts);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        assertThat(replay.getHeaders().getFirst("Message-Replayed")).isEqualTo("true");

        MultiValueMap<String, Object> other = TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079414000002"));
        ResponseEntity<String> reused = submit("sub-1", other);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(reused);
        assertThat(json.readTree(reused.getBody()).at("/errors/0/field").asText()).isEqualTo("Message-Id");

        assertThat(jdbc.queryForObject("select count(*) from dossier where applicant_id_number in (?, ?)", Integer.class,
                idNumber, "079414000002")).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();
        List<Map<String, Object>> ledger = jdbc.queryForList("select accepted_message_id, client_id, kind, dossier_code, status_code"
                + " from inbound_message where message_id = 'sub-1' order by id");
        assertThat(ledger).hasSize(2);
        assertThat(ledger.get(0)).containsEntry("ACCEPTED_MESSAGE_ID", "sub-1").containsEntry("CLIENT_ID", "dvc-portal")
                .containsEntry("KIND", "SUBMISSION").containsEntry("DOSSIER_CODE", code).containsEntry("STATUS_CODE", 201);
        assertThat(ledger.get(1)).containsEntry("ACCEPTED_MESSAGE_ID", null).containsEntry("STATUS_CODE", 409);
        // the applicant's choice made at submission holds for the dossier
        assertThat(jdbc.queryForList("select channel from notification_opt_out where subject_kind = 'DOSSIER' and subject = ? and opted_out",
                String.class, code)).containsExactly("SMS");
    }

    @Test
    void shouldNameEveryBadFieldAndRecordTheRefusedMessage() throws Exception {
        MultiValueMap<String, Object> parts = TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079414000003"));
        ResponseEntity<String> noId = submit(null, parts);
        assertThat(noId.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(noId)).containsExactly("Message-Id");

        ResponseEntity<String> badId = submit("../../etc/passwd ' or 1=1", parts);
        assertThat(fields(badId)).containsExactly("Message-Id");

        ResponseEntity<String> counter = submit("sub-counter", TestFiles.onlineSubmission(
                TestFiles.dossierJson("000.00.20.H10", "COUNTER", "079414000003")));
        assertThat(counter.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(counter)).containsExactly("channel");

        String badData = TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079414000003")
                .replace("\"businessName\":\"Tạp hóa An\"", "\"businessName\":\"\"").replace("50000000", "\"năm mươi triệu\"");
        ResponseEntity<String> data = submit("sub-data", TestFiles.onlineSubmission(badData));
        assertThat(data.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(data)).containsExactlyInAnyOrder("data.businessName", "data.capital");

        MultiValueMap<String, Object> badChoice = TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079414000003"));
        badChoice.add("notifications", TestFiles.json("{\"optOut\":[\"FAX\"]}"));
        assertThat(fields(submit("sub-choice", badChoice))).containsExactly("notifications.optOut");

        MultiValueMap<String, Object> noJson = new LinkedMultiValueMap<>();
        noJson.add("GIAY_DE_NGHI", TestFiles.file("a.pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        assertThat(fields(submit("sub-nojson", noJson))).containsExactly("dossier");

        String code = acceptedDossier("079414000004");
        assertThat(fields(withdrawal(InboundTokens.token(), "wd-bad", code, "{\"idNumber\":\"123\",\"status\":7}")))
                .containsExactly("status");
        assertThat(fields(withdrawal(InboundTokens.token(), "wd-bad2", code, "{\"idNumber\":\"123\"}")))
                .containsExactlyInAnyOrder("idNumber", "reason");
        assertThat(fields(withdrawal(InboundTokens.token(), "wd-bad3", code, "[1,2]"))).containsExactly("body");
        assertThat(fields(payment("pay-bad", code, "{\"idNumber\":\"079414000004\",\"receiptNumber\":\"<script>\","
                + "\"amount\":-5,\"paidAt\":\"2999-01-01T00:00:00Z\"}"))).containsExactlyInAnyOrder("receiptNumber", "amount", "paidAt");
        assertThat(fields(payment("pay-bad2", code, "{\"idNumber\":\"079414000004\",\"receiptNumber\":\"BL1\","
                + "\"amount\":1.5,\"paidAt\":\"hôm qua\"}"))).containsExactlyInAnyOrder("amount", "paidAt");

        assertThat(jdbc.queryForObject("select count(*) from inbound_message where message_id in ('sub-counter', 'sub-data',"
                + " 'sub-choice', 'sub-nojson', 'wd-bad', 'wd-bad2', 'wd-bad3', 'pay-bad', 'pay-bad2') and accepted_message_id is null"
                + " and status_code = 422", Integer.class)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where message_id = '' and status_code = 422",
                Integer.class)).isPositive();
        // a refused message claimed nothing: the corrected one may come under the same id
        ResponseEntity<String> corrected = submit("sub-data", TestFiles.onlineSubmission(
                TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079414000003")));
        assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldWithdrawForTheApplicantOnlyAndOnce() throws Exception {
        String code = acceptedDossier("079414000005");
        ResponseEntity<String> stranger = withdrawal(InboundTokens.token(), "wd-1", code,
                "{\"idNumber\":\"079414999999\",\"reason\":\"Không cần nữa\"}");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(stranger);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.PROCESSING);

        String body = "{\"reason\":\"Không cần nữa\",\"idNumber\":\"079414000005\"}";
        ResponseEntity<String> first = withdrawal(InboundTokens.token(), "wd-2", code, body);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody()).at("/status/code").asInt()).isEqualTo(7);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        Long id = dossiers.findByCode(code).orElseThrow().getId();
        long rows = history.findAll().stream().filter(h -> h.getDossierId().equals(id)).count();
        assertThat(history.findAll().stream().filter(h -> h.getDossierId().equals(id))
                .anyMatch(h -> "lgsp:dvc-portal".equals(h.getSender()))).isTrue();

        // same message, members in another order: the same answer, nothing done again
        ResponseEntity<String> replay = withdrawal(InboundTokens.token(), "wd-2", code,
                "{\"idNumber\":\"079414000005\",\"reason\":\"Không cần nữa\"}");
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        assertThat(history.findAll().stream().filter(h -> h.getDossierId().equals(id)).count()).isEqualTo(rows);
        // a new message to withdraw it again: the dossier is closed
        ResponseEntity<String> again = withdrawal(InboundTokens.token(), "wd-3", code, body);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(again);
    }

    @Test
    void shouldStopAtTheApplicantsRequestOnceAndLeaveTheNoticeToTheDesk() throws Exception {
        String code = acceptedDossier("079414000007");
        String body = "{\"idNumber\":\"079414000007\",\"reason\":\"Người nộp không còn nhu cầu\"}";
        ResponseEntity<String> stranger = stopRequest("st-1", code, "{\"idNumber\":\"079414999999\",\"reason\":\"x\"}");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(stranger);
        assertThat(fields(stopRequest("st-bad", code, "{\"idNumber\":\"079414000007\"}"))).containsExactly("reason");

        ResponseEntity<String> first = stopRequest("st-2", code, body);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody()).at("/status/code").asInt()).isEqualTo(8);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        Long id = dossiers.findByCode(code).orElseThrow().getId();
        assertThat(history.findAll().stream().filter(h -> h.getDossierId().equals(id))
                .anyMatch(h -> "lgsp:dvc-portal".equals(h.getSender()))).isTrue();
        ResponseEntity<byte[]> notice = http.withBasicAuth("tiepnhan", "demo")
                .getForEntity("/api/dossiers/{code}/slips/stop", byte[].class, code);
        assertThat(notice.getStatusCode()).as("the desk prints the stop notice (form 05)").isEqualTo(HttpStatus.OK);
        assertThat(notice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

        ResponseEntity<String> replay = stopRequest("st-2", code, body);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        ResponseEntity<String> again = stopRequest("st-3", code, body);
        assertThat(again.getStatusCode()).as("closed").isEqualTo(HttpStatus.CONFLICT);
        assertProblem(again);
    }

    @Test
    void shouldTakeTheApplicantsSupplementOnce() throws Exception {
        String code = submitted("079414000006");
        Dossier dossier = dossiers.findByCode(code).orElseThrow();
        String step = tasks.createTaskQuery().processInstanceId(dossier.getProcessInstanceId()).singleResult().getId();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> processes.completeIntake(step,
                new Intake(IntakeDecision.SUPPLEMENT, true, false, null, null, "Bản chụp căn cước rõ hơn", null)));
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("idNumber", "079414000006");
        parts.add("note", "Bản chụp căn cước mới");
        parts.add("CCCD", TestFiles.file("cccd-moi.png", MediaType.IMAGE_PNG, TestFiles.PNG));
        ResponseEntity<String> first = inbound("/api/inbound/dossiers/{code}/supplements", "sup-1", multipart(parts), code);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        int files = jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?", Integer.class, dossier.getId());

        ResponseEntity<String> replay = inbound("/api/inbound/dossiers/{code}/supplements", "sup-1", multipart(parts), code);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        assertThat(jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?", Integer.class,
                dossier.getId())).isEqualTo(files);

        MultiValueMap<String, Object> bad = new LinkedMultiValueMap<>();
        bad.add("idNumber", "079414000006");
        bad.add("KHONG_CO", TestFiles.file("x.pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        ResponseEntity<String> unknownComponent = inbound("/api/inbound/dossiers/{code}/supplements", "sup-2", multipart(bad), code);
        assertThat(unknownComponent.getStatusCode()).isIn(HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.CONFLICT);
        assertProblem(unknownComponent);
    }

    /**
     * The land procedure (1.013978) waits at status 6 for the tax; the portal's payment confirmation goes into the
     * waiting process (message "nghia-vu-tai-chinh-da-nop", boundary event of the receipt task) and it goes on.
     */
    @Test
    void shouldCarryALandDossierPastItsFinancialObligationWhenThePortalConfirmsThePayment() throws Exception {
        String idNumber = "079414000007";
        String body = """
                {"agencyCode":"000.00.20.H10","procedureCode":"1.013978","caseCode":"TH1","channel":"ONLINE",
                 "applicant":{"name":"Trần Thị Bình","idNumber":"%s","phone":"0912345678","address":"Xã Tiến Hưng"},
                 "data":%s}""".formatted(idNumber, LAND_DATA);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", TestFiles.json(body));
        parts.add("DON_DANG_KY", TestFiles.file("don.pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        ResponseEntity<String> submitted = submit("land-1", parts);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        String paid = "{\"idNumber\":\"%s\",\"receiptNumber\":\"BL-2026/001\",\"amount\":1250000,\"paidAt\":\"%s\"}"
                .formatted(idNumber, Instant.now().minusSeconds(60));

        ResponseEntity<String> tooEarly = payment("pay-early", code, paid);
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(tooEarly);

        ResponseEntity<String> accepted = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"componentsHandedIn\":[\"DON_DANG_KY\"]}"), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        String instance = dossiers.findByCode(code).orElseThrow().getProcessInstanceId();
        complete(instance, "Task_Appraise", Map.of(DossierProcess.APPRAISAL_DECISION.name(), "propose", DossierProcess.OPINION.name(), "Đủ"));
        complete(instance, InterAgencyTransfer.Element.Task_PartnerProcess.name(), Map.of(InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed",
                InterAgencyTransfer.PARTNER_REPLY.name(), "Sử dụng ổn định"));
        Job posting = management.createJobQuery().processInstanceId(instance).timers()
                .activityId(FirstLandUseCertificate.Element.TimerEvent_PublicPosting.name()).singleResult();
        management.executeJob(posting.getId());
        complete(instance, "Task_PrepareCadastral", Map.of(FirstLandUseCertificate.CADASTRAL_EXTRACT_NUMBER.name(), "TL-1",
                DossierProcess.OPINION.name(), "Đã trích lục"));
        complete(instance, InterAgencyTransfer.Element.Task_PartnerProcess.name(), Map.of(InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed",
                InterAgencyTransfer.PARTNER_DOCUMENT_NUMBER.name(), "TB-1", InterAgencyTransfer.PARTNER_REPLY.name(), "Lệ phí trước bạ",
                InterAgencyTransfer.FINANCIAL_OBLIGATION_DUE.name(), true));
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);

        ResponseEntity<String> stranger = payment("pay-stranger", code, paid.replace(idNumber, "079414999999"));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> confirmed = payment("pay-1", code, paid);
        assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(confirmed.getBody()).at("/status/code").asInt()).isEqualTo(4);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DraftCertificate").count()).isOne();
        assertThat(runtime.getVariable(instance, FirstLandUseCertificate.PAYMENT_RECEIPT_NUMBER.name())).isEqualTo("BL-2026/001");

        ResponseEntity<String> replay = payment("pay-1", code, paid);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getBody()).isEqualTo(confirmed.getBody());
        ResponseEntity<String> second = payment("pay-2", code, paid);
        assertThat(second.getStatusCode()).as("a second payment message finds nothing waiting").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldRecordTheFeePaidOnlineOnceForExactlyTheCasesFee() throws Exception {
        String idNumber = "079414000009";
        String code = acceptedDossier(idNumber);
        String paid = "{\"idNumber\":\"%s\",\"transactionId\":\"GD-0001\",\"amount\":%d,\"paidAt\":\"%s\"}";
        Instant at = Instant.parse("2026-11-30T02:15:00Z");

        // not the gateway: no token, a staff password, a token without the inbound scope
        HttpEntity<String> body = TestFiles.json(paid.formatted(idNumber, 100000, at));
        assertThat(http.exchange("/api/inbound/dossiers/{code}/fee-payment", HttpMethod.POST, body, String.class, code)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("tiepnhan", "demo").exchange("/api/inbound/dossiers/{code}/fee-payment", HttpMethod.POST,
                body, String.class, code).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> noScope = exchange(InboundTokens.token(c -> c.claim("scope", "motcua.read")),
                "/api/inbound/dossiers/{code}/fee-payment", "fee-noscope", HttpMethod.POST, body, code);
        assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // every bad field named, unknown members refused, nothing recorded
        assertThat(fields(feePayment("fee-bad", code, "{\"idNumber\":\"1\",\"transactionId\":\"<script>\",\"amount\":-5,"
                + "\"paidAt\":\"yesterday\"}"))).containsExactlyInAnyOrder("idNumber", "transactionId", "amount", "paidAt");
        assertThat(fields(feePayment("fee-bad2", code, paid.formatted(idNumber, 100000, at).replace("}", ",\"status\":10}"))))
                .containsExactly("status");
        assertThat(fields(feePayment("fee-future", code, paid.formatted(idNumber, 100000, Instant.now().plusSeconds(3600)))))
                .containsExactly("paidAt");
        // the amount must be the fee of the dossier's case (1.001612 TH1: 100 000 đồng)
        assertThat(fields(feePayment("fee-wrong", code, paid.formatted(idNumber, 99999, at)))).containsExactly("amount");
        assertThat(dossiers.findByCode(code).orElseThrow().isFeePaidOnline()).isFalse();
        ResponseEntity<String> stranger = feePayment("fee-stranger", code, paid.formatted("079414999999", 100000, at));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> first = feePayment("fee-1", code, paid.formatted(idNumber, 100000, at));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(first.getBody());
        assertThat(view.at("/status/code").asInt()).as("the national status does not change").isEqualTo(4);
        assertThat(view.at("/fee/feeVnd").asLong()).isEqualTo(100000);
        assertThat(view.at("/fee/paidOnline").asBoolean()).isTrue();
        assertThat(view.at("/fee/paidAmount").asLong()).isEqualTo(100000);
        assertThat(view.at("/fee/transactionId").asText()).isEqualTo("GD-0001");
        assertThat(view.at("/fee/paidAt").asText()).isEqualTo("2026-11-30T02:15:00Z");
        Dossier stored = dossiers.findByCode(code).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(stored.getFeePaidReference()).isEqualTo("GD-0001");

        ResponseEntity<String> replay = feePayment("fee-1", code, paid.formatted(idNumber, 100000, at));
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replay.getHeaders().getFirst("Message-Replayed")).isEqualTo("true");
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        // the same transaction under a new message id: the same payment, answered as it is
        ResponseEntity<String> resent = feePayment("fee-1b", code, paid.formatted(idNumber, 100000, at));
        assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(resent.getBody()).at("/fee/transactionId").asText()).isEqualTo("GD-0001");
        // another payment: the fee is paid already
        ResponseEntity<String> second = feePayment("fee-2", code, paid.formatted(idNumber, 100000, at).replace("GD-0001", "GD-0002"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(second);
        assertThat(json.readTree(second.getBody()).get("detail").asText()).contains("đã nộp phí");
        assertThat(dossiers.findByCode(code).orElseThrow().getFeePaidReference()).isEqualTo("GD-0001");

        // the public tracking says paid, not the transaction
        ResponseEntity<String> tracked = http.getForEntity("/api/public/tracking?code={code}&idNumber={id}", String.class, code, idNumber);
        assertThat(json.readTree(tracked.getBody()).get("feePaidOnline").asBoolean()).isTrue();
        assertThat(tracked.getBody()).doesNotContain("GD-0001");
    }

    @Test
    void shouldRefuseAFeePaymentForAClosedDossierOrACaseWithoutAFee() throws Exception {
        String idNumber = "079414000010";
        String code = acceptedDossier(idNumber);
        ResponseEntity<String> withdrawn = withdrawal(InboundTokens.token(), "fee-wd", code,
                "{\"idNumber\":\"%s\",\"reason\":\"Không cần nữa\"}".formatted(idNumber));
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        String paid = "{\"idNumber\":\"%s\",\"transactionId\":\"GD-0003\",\"amount\":100000,\"paidAt\":\"2026-11-30T02:15:00Z\"}";
        ResponseEntity<String> closed = feePayment("fee-closed", code, paid.formatted(idNumber));
        assertThat(closed.getStatusCode()).as(closed.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(closed);
        assertThat(dossiers.findByCode(code).orElseThrow().isFeePaidOnline()).isFalse();

        // birth registration (1.001193 TH1): no fee
        String birthId = "079414000011";
        String birth = """
                {"agencyCode":"000.20.31.H10","procedureCode":"1.001193","caseCode":"TH1","channel":"ONLINE",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678","address":"Phường Tân Phú"},
                 "data":{"relationship":"FATHER","childName":"Nguyễn Minh Khang","childBirthDate":"2026-11-01",
                         "childSex":"MALE","birthPlace":"Bệnh viện tỉnh Bình Phước","motherName":"Lê Thị Thu"}}""".formatted(birthId);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", TestFiles.json(birth));
        parts.add("TO_KHAI", TestFiles.file("to-khai.pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        parts.add("GIAY_CHUNG_SINH", TestFiles.file("giay-chung-sinh.pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        ResponseEntity<String> submitted = submit("fee-birth", parts);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String birthCode = json.readTree(submitted.getBody()).get("code").asText();
        ResponseEntity<String> noFee = feePayment("fee-nofee", birthCode, paid.formatted(birthId).replace("GD-0003", "GD-0004"));
        assertThat(noFee.getStatusCode()).as(noFee.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(noFee);
        assertThat(json.readTree(noFee.getBody()).at("/errors/0/field").asText()).isEqualTo("caseCode");
    }

    @Test
    void shouldChangeTheNotificationChoicesForTheApplicantOnly() throws Exception {
        String code = submitted("079414000008");
        ResponseEntity<String> stranger = inbound("/api/inbound/dossiers/{code}/notifications", "nt-0", HttpMethod.PUT,
                TestFiles.json("{\"idNumber\":\"079414999999\",\"optOut\":[\"ZALO\"]}"), code);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> bad = inbound("/api/inbound/dossiers/{code}/notifications", "nt-1", HttpMethod.PUT,
                TestFiles.json("{\"idNumber\":\"079414000008\",\"scope\":\"EVERYONE\",\"optOut\":\"SMS\"}"), code);
        assertThat(fields(bad)).containsExactlyInAnyOrder("scope", "optOut");
        ResponseEntity<String> applicant = inbound("/api/inbound/dossiers/{code}/notifications", "nt-2", HttpMethod.PUT,
                TestFiles.json("{\"idNumber\":\"079414000008\",\"scope\":\"APPLICANT\",\"optOut\":[\"ZALO\",\"EMAIL\"]}"), code);
        assertThat(applicant.getStatusCode()).as(applicant.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(applicant.getBody()).get("optedOut").toString()).isEqualTo("[\"EMAIL\",\"ZALO\"]");

        // the desk: the dossier's own choice wins over the applicant's
        ResponseEntity<String> desk = http.withBasicAuth("tiepnhan", "demo").exchange("/api/dossiers/{code}/notifications",
                HttpMethod.PUT, TestFiles.json("{\"optOut\":[\"SMS\"]}"), String.class, code);
        assertThat(desk.getStatusCode()).as(desk.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(desk.getBody()).get("optedOut").toString()).isEqualTo("[\"SMS\"]");
        assertThat(jdbc.queryForObject("select changed_by from notification_opt_out where subject = ? and channel = 'SMS'",
                String.class, code)).isEqualTo("tiepnhan");
        // another agency's clerk does not find it; nobody anonymous; bad input named
        ResponseEntity<String> other = http.withBasicAuth("tiepnhan.binhlong", "demo").exchange("/api/dossiers/{code}/notifications",
                HttpMethod.PUT, TestFiles.json("{\"optOut\":[]}"), String.class, code);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("tiepnhan.binhlong", "demo").getForEntity("/api/dossiers/{code}/notifications", String.class, code)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/dossiers/{code}/notifications", String.class, code).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> badDesk = http.withBasicAuth("tiepnhan", "demo").exchange("/api/dossiers/{code}/notifications",
                HttpMethod.PUT, TestFiles.json("{\"optOut\":[\"FAX\"],\"idNumber\":\"079414000008\"}"), String.class, code);
        assertThat(fields(badDesk)).containsExactly("idNumber");
    }

    // --- helpers

    private String submitted(String idNumber) throws Exception {
        ResponseEntity<String> answer = submit("s-" + idNumber, TestFiles.onlineSubmission(
                TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber)));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(answer.getBody()).get("code").asText();
    }

    private String acceptedDossier(String idNumber) throws Exception {
        String code = submitted(idNumber);
        ResponseEntity<String> accepted = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{}"), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        return code;
    }

    /** Completes the active task of the instance or of a process it called. */
    private void complete(String instance, String taskKey, Map<String, Object> variables) {
        List<String> instances = new java.util.ArrayList<>(List.of(instance));
        runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list().forEach(p -> instances.add(p.getId()));
        Task task = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " waiting").isNotNull();
        tasks.complete(task.getId(), variables);
    }

    private ResponseEntity<String> submit(String messageId, MultiValueMap<String, Object> parts) {
        return inbound("/api/inbound/dossiers", messageId, multipart(parts));
    }

    private ResponseEntity<String> withdrawal(String token, String messageId, String code, String body) {
        return exchange(token, "/api/inbound/dossiers/{code}/withdrawal", messageId, HttpMethod.POST, TestFiles.json(body), code);
    }

    private ResponseEntity<String> stopRequest(String messageId, String code, String body) {
        return inbound("/api/inbound/dossiers/{code}/stop-request", messageId, TestFiles.json(body), code);
    }

    private ResponseEntity<String> payment(String messageId, String code, String body) {
        return inbound("/api/inbound/dossiers/{code}/payment", messageId, TestFiles.json(body), code);
    }

    private ResponseEntity<String> feePayment(String messageId, String code, String body) {
        return inbound("/api/inbound/dossiers/{code}/fee-payment", messageId, TestFiles.json(body), code);
    }

    private ResponseEntity<String> inbound(String path, String messageId, HttpEntity<?> body, Object... variables) {
        return inbound(path, messageId, HttpMethod.POST, body, variables);
    }

    private ResponseEntity<String> inbound(String path, String messageId, HttpMethod method, HttpEntity<?> body, Object... variables) {
        return exchange(InboundTokens.token(), path, messageId, method, body, variables);
    }

    private ResponseEntity<String> exchange(String token, String path, String messageId, HttpMethod method, HttpEntity<?> body,
                                            Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(body.getHeaders());
        headers.setBearerAuth(token);
        if (messageId != null) {
            headers.set("Message-Id", messageId);
        }
        return http.exchange(path, method, new HttpEntity<>(body.getBody(), headers), String.class, variables);
    }

    private static HttpEntity<Object> multipart(MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private List<String> fields(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertProblem(answer);
        return json.readTree(answer.getBody()).get("errors").findValuesAsText("field");
    }

    private static void assertProblem(ResponseEntity<String> answer) {
        assertThat(answer.getHeaders().getContentType()).as(answer.getStatusCode() + " " + answer.getBody()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(answer.getHeaders().getContentType().toString()).isTrue();
    }
}
