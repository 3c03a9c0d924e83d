package vn.motcua.dossier;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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

import vn.motcua.integration.OutboxDispatcher;

/**
 * Issue 14.1, "Done when": a dossier of each of the five modelled procedures (current versions of the catalogue),
 * submitted online by the portal with its procedure data ({@code POST /api/inbound/dossiers}, the LGSP gateway's
 * token), carried by the staff through every step over HTTP only (the desk's acceptance, then each task claimed and
 * completed on {@code /engine-rest} by a member of its candidate group with the variables its form sends), the
 * partner agencies' answers (liên thông), the land dossier's financial obligation and the other fee-bearing cases'
 * fee paid online ({@code /fee-payment}: the return step then does not collect it) coming back through the inbound
 * API, the signing run by the job executor; it ends with the signed result downloadable and valid, the public tracking
 * at status 10 and the portal double (WireMock) having received every event of the dossier once, in order.
 * Motcua's own background work (job executor, outbox dispatcher) runs as in production; the test drives the
 * dispatcher's rounds itself because its schedule starts 30 s after start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-api5-online;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.backoff=PT0S",
        "motcua.inbound.issuer=" + InboundTokens.ISSUER,
        "motcua.inbound.audience=" + InboundTokens.AUDIENCE})
class OnlineFiveProceduresApiTest {

    static final WireMockServer LGSP = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String PORTAL_PATH = "/api/portal/dossier-status";
    static final String PARTNER_PATH = "/api/lien-thong/requests";
    static final long BOUND_MILLIS = 30_000;
    /** The status changes of a dossier without a wait: submitted, received, processing, processed, returned. */
    static final List<Integer> RECEIVED_PROCESSED_RETURNED = List.of(1, 2, 4, 9, 10);

    static {
        LGSP.start();
        LGSP.stubFor(post(urlEqualTo(PORTAL_PATH)).willReturn(okJson("{\"received\":true}")));
        LGSP.stubFor(post(urlEqualTo(PARTNER_PATH)).willReturn(okJson("{\"received\":true}")));
    }

    @DynamicPropertySource
    static void lgsp(DynamicPropertyRegistry registry) {
        registry.add("motcua.integration.lgsp.base-url", LGSP::baseUrl);
        registry.add("motcua.inbound.public-key-location", () -> InboundTokens.PUBLIC_KEY.toUri().toString());
        registry.add("motcua.signature.demo-dir", () -> Path.of("target", "api5-signature").toAbsolutePath().toString());
    }

    @AfterAll
    static void stop() {
        LGSP.stop();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    /** Group → a demo user of it (the demo province's people), who claims and completes that group's tasks. */
    static final Map<String, String> MEMBER = new HashMap<>();

    /** The engine REST API serves the engine registered as "default"; other cached contexts register theirs. */
    @BeforeEach
    void serveThisContextsEngine() throws Exception {
        ProcessEngines.registerProcessEngine(engine);
        if (MEMBER.isEmpty()) {
            for (JsonNode person : json.readTree(Path.of("province/binh-phuoc-demo/demo-people.json").toFile()).get("users")) {
                person.get("groups").forEach(g -> MEMBER.putIfAbsent(g.asText(), person.get("id").asText()));
            }
        }
    }

    @Test
    void householdBusiness() throws Exception {
        Flow flow = new Flow("1.001612", "000.00.20.H10", "tiepnhan", "079401612001", List.of("GIAY_DE_NGHI", "CCCD"),
                "{\"businessName\":\"Tạp hóa Minh Anh\",\"businessAddress\":\"12 Phú Riềng Đỏ\",\"businessLine\":\"Bán lẻ tạp hóa\",\"capital\":50000000}");
        flow.submitAndAccept();
        flow.paysFeeOnline();
        flow.complete("Task_Appraise", Map.of("appraisalDecision", "propose", "registrationNumber", "44A8001612",
                "missingItems", "", "opinion", "Đủ điều kiện đăng ký"));
        flow.reviewApproves();
        flow.signReturnAndCheck(RECEIVED_PROCESSED_RETURNED, "44A8001612", "TẠP HÓA MINH ANH", "50.000.000 đồng");
    }

    @Test
    void judicialRecord() throws Exception {
        Flow flow = new Flow("3.000333", "000.00.12.H10", "tiepnhan.sotuphap", "079300333001", List.of("TO_KHAI", "CCCD"),
                "{\"birthDate\":\"1990-01-30\",\"certificateType\":\"1\",\"purpose\":\"Xin việc làm\"}");
        flow.submitAndAccept();
        flow.paysFeeOnline();
        // in parallel: the database search here, the provincial police's part over the LGSP
        flow.complete("Task_SearchDatabase", Map.of("databaseResult", "noRecord", "opinion", "Không có dữ liệu án tích"));
        flow.partnerAnswers("CONG_AN", "{\"outcome\":\"confirmed\",\"reply\":\"Không có án tích\",\"documentNumber\":\"12/CAT-PV06\"}");
        flow.complete("Task_Appraise", Map.of("appraisalDecision", "propose", "criminalRecordStatus", "none",
                "certificateNumber", "LLTP-0333/2026", "missingItems", "", "opinion", "Đủ căn cứ cấp phiếu"));
        flow.reviewApproves();
        flow.signReturnAndCheck(RECEIVED_PROCESSED_RETURNED, "Phiếu lý lịch tư pháp số 1", "1990-01-30", "Xin việc làm");
    }

    @Test
    void birthRegistration() throws Exception {
        Flow flow = new Flow("1.001193", "000.20.31.H10", "tiepnhan.tanphu", "079101193001", List.of("TO_KHAI", "GIAY_CHUNG_SINH"),
                "{\"relationship\":\"FATHER\",\"childName\":\"Nguyễn Minh Khang\",\"childBirthDate\":\"2026-11-01\","
                        + "\"childSex\":\"MALE\",\"birthPlace\":\"Bệnh viện tỉnh Bình Phước\",\"motherName\":\"Lê Thị Thu\"}");
        flow.submitAndAccept();
        flow.complete("Task_Appraise", Map.of("registerEntry", "Quyển 01/2026, số 193", "childPersonalId", "079226001193",
                "opinion", "Đã ghi sổ hộ tịch"));
        flow.signReturnAndCheck(RECEIVED_PROCESSED_RETURNED, "Nguyễn Minh Khang", "Bệnh viện tỉnh Bình Phước");
    }

    @Test
    void individualHousePermit() throws Exception {
        Flow flow = new Flow("1.013225", "000.00.20.H10", "tiepnhan", "079113225001", List.of("DON_DE_NGHI", "GIAY_TO_DAT", "BAN_VE"),
                "{\"constructionAddress\":\"45 Hùng Vương\",\"landParcel\":\"Thửa 12, tờ 3\",\"floorArea\":180.5,\"floors\":3}");
        flow.submitAndAccept();
        flow.paysFeeOnline();
        flow.complete("Task_Appraise", Map.of("appraisalDecision", "propose", "missingItems", "", "opinion", "Hồ sơ đủ"));
        flow.complete("Task_SiteInspection", Map.of("inspectionDate", LocalDate.now().toString(), "siteMatchesDesign", true,
                "inspectionReport", "Hiện trạng phù hợp bản vẽ", "opinion", "Đạt"));
        flow.complete("Task_DraftResult", Map.of("resultType", "permit", "permitNumber", "GPXD-13225/2026",
                "permitRefusalReason", "", "opinion", "Dự thảo giấy phép"));
        flow.reviewApproves();
        flow.signReturnAndCheck(RECEIVED_PROCESSED_RETURNED, "45 Hùng Vương", "Thửa 12, tờ 3", "180.5");
    }

    /**
     * Issue 14 review: a house-permit dossier refused after its appraisal and site inspection is carried through the
     * signing to its return without an incident. The signer's draft and the signed PDF are the refusal notice
     * ("Thông báo từ chối giải quyết hồ sơ") with the reason typed when drafting and none of the permit: not even
     * the number of a permit drafted first and sent back by the head of the division. The signature verifies, the
     * register of outgoing documents numbers it as a notice (TB) of kind REFUSED, and the portal's events say so.
     */
    @Test
    void individualHousePermitRefused() throws Exception {
        String reason = "Công trình 6 tầng vượt tầng cao tối đa 4 tầng của quy hoạch chi tiết khu dân cư Tân Phú";
        Flow flow = new Flow("1.013225", "000.00.20.H10", "tiepnhan", "079113225002", List.of("DON_DE_NGHI", "GIAY_TO_DAT", "BAN_VE"),
                "{\"constructionAddress\":\"47 Hùng Vương\",\"landParcel\":\"Thửa 13, tờ 3\",\"floorArea\":320,\"floors\":6}");
        flow.submitAndAccept();
        flow.paysFeeOnline();
        flow.complete("Task_Appraise", Map.of("appraisalDecision", "propose", "missingItems", "", "opinion", "Hồ sơ đủ thành phần"));
        flow.complete("Task_SiteInspection", Map.of("inspectionDate", LocalDate.now().toString(), "siteMatchesDesign", false,
                "inspectionReport", "Thiết kế 6 tầng, quy hoạch cho phép 4 tầng", "opinion", "Không phù hợp quy hoạch"));
        // a permit drafted first and sent back: its number stays among the process variables (the refusal form hides it)
        flow.complete("Task_DraftResult", Map.of("resultType", "permit", "permitNumber", "GPXD-13225/2026-B",
                "permitRefusalReason", "", "opinion", "Dự thảo giấy phép"));
        flow.complete("Task_Review", Map.of("reviewDecision", "sendBack", "opinion", "Vượt tầng cao: dự thảo văn bản từ chối"));
        flow.complete("Task_DraftResult", Map.of("resultType", "refusal", "permitRefusalReason", reason,
                "opinion", "Dự thảo văn bản từ chối"));
        flow.reviewApproves();

        String draft = DossierApiFlowTest.pdfText(flow.signersDraft());
        assertThat(draft).as("the signer reads the refusal notice").contains("THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ", reason)
                .doesNotContain("GPXD-13225/2026-B").doesNotContain("GIẤY PHÉP XÂY DỰNG");

        byte[] signed = flow.signAndReturn();
        String text = DossierApiFlowTest.pdfText(signed);
        assertThat(text).contains("THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Kính gửi: Ông/Bà Nguyễn Văn An", reason,
                "Thủ tục hành chính: Cấp giấy phép xây dựng", "Mã hồ sơ: " + flow.code, "Nghị định số 118/2025/NĐ-CP");
        assertThat(text).as("no permit, no permit number").doesNotContain("GPXD-13225/2026-B")
                .doesNotContain("GIẤY PHÉP XÂY DỰNG").doesNotContain("Số giấy phép");
        JsonNode report = flow.verify(signed);
        assertThat(report.get("status").asText()).as("signature verification %s", report).isEqualTo("VALID");
        assertThat(flow.view().get("incidents")).as("signed without an incident").isEmpty();

        JsonNode register = json.readTree(staff("lanhdao").getForEntity("/api/document-register?agency={a}&year={y}",
                String.class, "000.00.20.H10", LocalDate.now().getYear()).getBody());
        JsonNode line = null;
        for (JsonNode entry : register) {
            line = entry.get("dossierCode").asText().equals(flow.code) ? entry : line;
        }
        assertThat(line).as("the register's line of %s in %s", flow.code, register).isNotNull();
        assertThat(line.get("resultKind").asText()).isEqualTo("REFUSED");
        assertThat(line.get("kindSymbol").asText()).isEqualTo("TB");
        assertThat(line.get("notation").asText()).endsWith("/TB-UBND");
        assertThat(line.get("title").asText()).isEqualTo("Thông báo từ chối giải quyết hồ sơ");
        assertThat(text).as("the number printed is the register's").contains("Số: " + line.get("notation").asText());

        List<JsonNode> portal = flow.portalEventsOnceInOrder(RECEIVED_PROCESSED_RETURNED);
        assertThat(portal.get(portal.size() - 1).get("resultKind").asText()).as("the portal sees a refusal").isEqualTo("REFUSED");
        assertThat(portal.get(0).get("resultKind").isNull()).as("nothing signed at submission").isTrue();
    }

    @Test
    void firstLandCertificate() throws Exception {
        Flow flow = new Flow("1.013978", "000.00.20.H10", "tiepnhan", "079113978001", List.of("DON_DANG_KY"),
                "{\"parcelAddress\":\"Ấp 2, xã Tiến Hưng\",\"landParcel\":\"Thửa 7, tờ 9\",\"landArea\":250,\"landUse\":\"Đất ở tại đô thị\"}");
        flow.submitAndAccept();
        flow.complete("Task_Appraise", Map.of("appraisalDecision", "propose", "missingItems", "", "opinion", "Hồ sơ đủ"));
        flow.partnerAnswers("UBND_XA", "{\"outcome\":\"confirmed\",\"reply\":\"Sử dụng ổn định, không tranh chấp\","
                + "\"documentNumber\":\"35/XN-UBND\"}");
        flow.publicPostingEnds();
        flow.complete("Task_PrepareCadastral", Map.of("cadastralExtractNumber", "TL-13978", "opinion", "Đã trích lục, chuyển thuế"));
        flow.partnerAnswers("THUE", "{\"outcome\":\"confirmed\",\"reply\":\"Phải nộp lệ phí trước bạ\",\"documentNumber\":\"45/TB-CCT\","
                + "\"financialObligationDue\":true}");
        flow.expectStatus(6, "waiting for the financial obligation after the tax office's notice");
        flow.paysOnline("BL-2026/13978", 1_250_000);
        flow.expectStatus(4, "processing again after the online payment");
        flow.complete("Task_DraftCertificate", Map.of("certificateSerial", "DA 013978", "opinion", "Dự thảo giấy chứng nhận"));
        flow.reviewApproves();
        flow.signReturnAndCheck(List.of(1, 2, 4, 6, 4, 9, 10), "Ấp 2, xã Tiến Hưng", "Thửa 7, tờ 9", "Đất ở tại đô thị");
    }

    /** One dossier's way from the portal to its returned result. */
    final class Flow {

        final String procedure;
        final String agency;
        final String clerk;
        final String idNumber;
        final List<String> components;
        final String data;
        final long fee;
        String code;
        /** The portal confirmed the payment of the case's fee ({@link #paysFeeOnline}). */
        boolean feePaidOnline;

        Flow(String procedure, String agency, String clerk, String idNumber, List<String> components, String data) throws Exception {
            this.procedure = procedure;
            this.agency = agency;
            this.clerk = clerk;
            this.idNumber = idNumber;
            this.components = components;
            this.data = data;
            this.fee = currentFee(procedure);
        }

        /** The portal submits online with the procedure data; the desk accepts (status 1, then 2 and 4). */
        void submitAndAccept() throws Exception {
            String body = """
                    {"agencyCode":"%s","procedureCode":"%s","caseCode":"TH1","channel":"ONLINE",
                     "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678","email":"an@example.vn",
                                  "address":"Phường Tân Phú, Đồng Xoài"},
                     "summary":"Nộp trực tuyến trên Cổng dịch vụ công","data":%s}"""
                    .formatted(agency, procedure, idNumber, data);
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("dossier", TestFiles.json(body));
            for (String component : components) {
                parts.add(component, TestFiles.file(component.toLowerCase() + ".pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> submitted = inbound("/api/inbound/dossiers", "sub-" + idNumber, new HttpEntity<>(parts, headers));
            assertThat(submitted.getStatusCode()).as("%s: online submission: %s", procedure, submitted.getBody())
                    .isEqualTo(HttpStatus.CREATED);
            JsonNode dossier = json.readTree(submitted.getBody());
            code = dossier.get("code").asText();
            assertThat(dossier.at("/status/code").asInt()).as("%s: status after submission", procedure).isEqualTo(1);
            assertThat(dossier.get("channel").asText()).isEqualTo("ONLINE");

            ResponseEntity<String> accepted = staff(clerk).postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json(
                    "{\"componentsHandedIn\":" + json.writeValueAsString(components) + ",\"opinion\":\"Đủ hồ sơ\"}"), String.class, code);
            assertThat(accepted.getStatusCode()).as("%s: acceptance by %s: %s", procedure, clerk, accepted.getBody())
                    .isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(accepted.getBody()).at("/status/code").asInt()).as("%s: status after acceptance", procedure)
                    .isEqualTo(4);
        }

        /** The waiting task {@code key}: claimed and completed on /engine-rest by a member of its candidate group. */
        void complete(String key, Map<String, Object> variables) throws Exception {
            JsonNode task = waitingTask(key);
            String id = task.get("id").asText();
            String user = memberOfCandidateGroup(id, key);

            ResponseEntity<String> claimed = staff(user).postForEntity("/engine-rest/task/{id}/claim",
                    TestFiles.json("{\"userId\":\"" + user + "\"}"), String.class, id);
            assertThat(claimed.getStatusCode()).as("%s %s: claim by %s: %s", procedure, key, user, claimed.getBody())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            Map<String, Object> typed = new LinkedHashMap<>();
            variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
            ResponseEntity<String> completed = staff(user).postForEntity("/engine-rest/task/{id}/complete",
                    TestFiles.json(json.writeValueAsString(Map.of("variables", typed))), String.class, id);
            assertThat(completed.getStatusCode()).as("%s %s: completion by %s: %s", procedure, key, user, completed.getBody())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }

        /** A demo member of the first candidate group of the task {@code id} (step {@code key}). */
        private String memberOfCandidateGroup(String id, String key) throws Exception {
            ResponseEntity<String> links = admin().getForEntity("/engine-rest/task/{id}/identity-links?type=candidate", String.class, id);
            assertThat(links.getStatusCode()).as("%s %s: candidate groups", procedure, key).isEqualTo(HttpStatus.OK);
            JsonNode groups = json.readTree(links.getBody());
            assertThat(groups).as("%s %s: candidate groups", procedure, key).isNotEmpty();
            String group = groups.get(0).get("groupId").asText();
            String user = MEMBER.get(group);
            assertThat(user).as("%s %s: a demo member of %s", procedure, key, group).isNotNull();
            return user;
        }

        /** The head of the department proposes the draft for signature. */
        void reviewApproves() throws Exception {
            complete("Task_Review", Map.of("reviewDecision", "approve", "opinion", "Đồng ý trình ký"));
        }

        /** The partner agency's answer to its part, through the LGSP (after Motcua's request went out). */
        void partnerAnswers(String partId, String result) throws Exception {
            waitFor(procedure + ": the request of part " + partId + " recorded", () -> jdbc.queryForObject(
                    "select count(*) from outbox_event where dossier_code = ? and channel = 'lgsp' and event_key like ?",
                    Integer.class, code, "LT:" + code + ":" + partId + ":%") > 0);
            dispatchAll();
            assertThat(LGSP.findAll(postRequestedFor(urlEqualTo(PARTNER_PATH))).stream()
                    .filter(r -> r.getHeader("Idempotency-Key").startsWith("LT:" + code + ":" + partId + ":")).count())
                    .as("%s: the request of part %s reached the LGSP once", procedure, partId).isOne();
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answered = inbound("/api/inbound/dossiers/{code}/lien-thong/{part}/result",
                    "lt-" + code + "-" + partId, new HttpEntity<>(result, headers), code, partId);
            assertThat(answered.getStatusCode()).as("%s: partner %s's result: %s", procedure, partId, answered.getBody())
                    .isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(answered.getBody()).get("state").asText()).isEqualTo("ANSWERED");
        }

        /** The 15 days of public posting pass: the operator runs the timer's job (Cockpit's "execute", here its REST). */
        void publicPostingEnds() throws Exception {
            String instance = processInstance();
            JsonNode jobs = json.readTree(admin().getForEntity(
                    "/engine-rest/job?processInstanceId={p}&activityId=TimerEvent_PublicPosting&timers=true", String.class, instance)
                    .getBody());
            assertThat(jobs).as("%s: the public posting timer", procedure).hasSize(1);
            ResponseEntity<String> executed = admin().postForEntity("/engine-rest/job/{id}/execute", null, String.class,
                    jobs.get(0).get("id").asText());
            assertThat(executed.getStatusCode()).as("%s: end of the public posting: %s", procedure, executed.getBody())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }

        void paysOnline(String receipt, long amount) throws Exception {
            ResponseEntity<String> paid = pays("payment", "pay-", "receiptNumber", receipt, amount);
            assertThat(paid.getStatusCode()).as("%s: payment confirmation: %s", procedure, paid.getBody()).isEqualTo(HttpStatus.OK);
        }

        /** The portal's payment message {@code …/{code}/<path>}, paid a minute ago. */
        private ResponseEntity<String> pays(String path, String messagePrefix, String referenceField, String reference,
                                           long amount) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            String body = "{\"idNumber\":\"%s\",\"%s\":\"%s\",\"amount\":%d,\"paidAt\":\"%s\"}"
                    .formatted(idNumber, referenceField, reference, amount, Instant.now().minusSeconds(60));
            return inbound("/api/inbound/dossiers/{code}/" + path, messagePrefix + code, new HttpEntity<>(body, headers), code);
        }

        /**
         * The applicant pays the case's fee on the portal's payment platform; the portal confirms it
         * ({@code /fee-payment}): the dossier records it, its status does not change, the public tracking says so.
         */
        void paysFeeOnline() throws Exception {
            assertThat(fee).as("%s: the catalogue's case has a fee", procedure).isPositive();
            int before = view().at("/status/code").asInt();
            ResponseEntity<String> paid = pays("fee-payment", "fee-", "transactionId", "GD-" + idNumber, fee);
            assertThat(paid.getStatusCode()).as("%s: fee payment: %s", procedure, paid.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode dossier = view();
            assertThat(dossier.at("/fee/paidOnline").asBoolean()).as("%s: fee paid online", procedure).isTrue();
            assertThat(dossier.at("/fee/paidAmount").asLong()).isEqualTo(fee);
            assertThat(dossier.at("/fee/transactionId").asText()).isEqualTo("GD-" + idNumber);
            assertThat(dossier.at("/status/code").asInt()).as("%s: the payment changes no status", procedure).isEqualTo(before);
            feePaidOnline = true;
        }

        void expectStatus(int status, String when) throws Exception {
            assertThat(view().at("/status/code").asInt()).as("%s: status %s", procedure, when).isEqualTo(status);
        }

        /**
         * The signer approves; the job executor signs; the desk returns the result online (the fee of the catalogue's
         * case collected where there is one); then the result, the tracking and the portal double are checked.
         */
        void signReturnAndCheck(List<Integer> statuses, String... printed) throws Exception {
            byte[] signed = signAndReturn();
            assertThat(DossierApiFlowTest.pdfText(signed)).as("%s: the result carries the procedure data", procedure)
                    .contains(printed);
            // issue 14: the number the staff typed on a later form (above) is printed on the signed result
            assertThat(DossierApiFlowTest.pdfText(signed)).as("%s: the number typed on the form", procedure)
                    .contains(Map.of("1.001612", "Mã số hộ kinh doanh: 44A8001612",
                            "3.000333", "Số: LLTP-0333/2026",
                            "1.001193", "Số định danh cá nhân: 079226001193",
                            "1.013225", "Số giấy phép xây dựng: GPXD-13225/2026",
                            "1.013978", "Số phát hành (số seri) giấy chứng nhận: DA 013978").get(procedure));
            JsonNode report = verify(signed);
            assertThat(report.get("status").asText()).as("%s: signature verification %s", procedure, report).isEqualTo("VALID");
            assertPortalReceivedEveryEventOnceInOrder(statuses);
        }

        /** The draft the signer reads before approving, as a member of the signing task's group. */
        byte[] signersDraft() throws Exception {
            String user = memberOfCandidateGroup(waitingTask("Task_Sign").get("id").asText(), "Task_Sign");
            ResponseEntity<byte[]> draft = staff(user).getForEntity("/api/dossiers/{code}/result/draft", byte[].class, code);
            assertThat(draft.getStatusCode()).as("%s: the signer's draft", procedure).isEqualTo(HttpStatus.OK);
            assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            return draft.getBody();
        }

        /**
         * The signer approves; the job executor signs; the desk returns the result online (the fee of the catalogue's
         * case collected where there is one); the tracking says so. Returns the signed PDF as downloaded.
         */
        byte[] signAndReturn() throws Exception {
            complete("Task_Sign", Map.of("signDecision", "approve", "signRejectReason", "", "opinion", "Ký ban hành"));
            waitFor(procedure + ": the signed result (job executor) and the return step",
                    () -> "Task_ReturnResult".equals(view().path("currentStep").asText()));
            expectStatus(9, "once the result is signed");
            JsonNode returnTask = waitingTask("Task_ReturnResult");
            JsonNode asked = json.readTree(admin().getForEntity("/engine-rest/task/{id}/variables", String.class,
                    returnTask.get("id").asText()).getBody());
            assertThat(asked.at("/feePaidOnline/value").asBoolean()).as("%s: the return form shows the fee paid online", procedure)
                    .isEqualTo(feePaidOnline);
            // paid online: the form hides the fee box and sends nothing for it; at the counter the clerk ticks it
            complete("Task_ReturnResult", feePaidOnline ? Map.of("returnMethod", "ONLINE", "resultReceiver", "Nguyễn Văn An")
                    : Map.of("returnMethod", "ONLINE", "resultReceiver", "Nguyễn Văn An", "feeCollected", fee > 0));
            waitFor(procedure + ": status 10", () -> view().at("/status/code").asInt() == 10);
            JsonNode collected = json.readTree(admin().getForEntity("/engine-rest/history/variable-instance?variableName=feeCollected"
                    + "&processInstanceId={p}", String.class, returnTask.get("processInstanceId").asText()).getBody());
            assertThat(collected).as("%s: feeCollected of the return step", procedure).hasSize(1);
            assertThat(collected.get(0).get("value").asBoolean()).as("%s: the fee is in", procedure).isEqualTo(fee > 0);

            ResponseEntity<byte[]> result = staff(clerk).getForEntity("/api/dossiers/{code}/result", byte[].class, code);
            assertThat(result.getStatusCode()).as("%s: signed result download", procedure).isEqualTo(HttpStatus.OK);
            assertThat(result.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

            ResponseEntity<String> tracked = http.getForEntity("/api/public/tracking?code={code}&idNumber={id}", String.class,
                    code, idNumber);
            assertThat(tracked.getStatusCode()).as("%s: public tracking", procedure).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(tracked.getBody()).get("status").asInt()).as("%s: tracked status", procedure).isEqualTo(10);
            assertThat(json.readTree(tracked.getBody()).get("statusLabel").asText()).isEqualTo("Đã trả kết quả");
            assertThat(json.readTree(tracked.getBody()).get("feePaidOnline").asBoolean()).as("%s: tracked fee", procedure)
                    .isEqualTo(feePaidOnline);
            assertThat(tracked.getBody()).as("%s: the tracking shows no transaction", procedure).doesNotContain("GD-");
            return result.getBody();
        }

        private void assertPortalReceivedEveryEventOnceInOrder(List<Integer> statuses) throws Exception {
            portalEventsOnceInOrder(statuses);
        }

        /** The events the portal double received for the dossier, checked once each, in order, with these statuses. */
        List<JsonNode> portalEventsOnceInOrder(List<Integer> statuses) throws Exception {
            dispatchAll();
            int recorded = jdbc.queryForObject("select count(*) from outbox_event where dossier_code = ? and channel = 'portal'",
                    Integer.class, code);
            List<JsonNode> received = new ArrayList<>();
            for (LoggedRequest request : LGSP.findAll(postRequestedFor(urlEqualTo(PORTAL_PATH)))) {
                JsonNode body = json.readTree(request.getBodyAsString());
                if (body.get("code").asText().equals(code)) {
                    assertThat(request.getHeader("Idempotency-Key")).isEqualTo(body.get("eventKey").asText());
                    received.add(body);
                }
            }
            List<Integer> sequences = received.stream().map(b -> b.get("sequence").asInt()).toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= recorded; i++) {
                expected.add(i);
            }
            assertThat(sequences).as("%s: the portal received each of the %d events once, in order", procedure, recorded)
                    .isEqualTo(expected);
            List<Integer> changes = received.stream().filter(b -> b.get("kind").asText().equals("STATUS"))
                    .map(b -> b.get("status").asInt()).toList();
            assertThat(changes).as("%s: the status changes the portal received", procedure).isEqualTo(statuses);
            JsonNode last = received.get(received.size() - 1);
            assertThat(last.get("status").asInt()).isEqualTo(10);
            assertThat(last.get("procedure").asText()).isEqualTo(procedure);
            assertThat(last.get("channel").asText()).isEqualTo("ONLINE");
            assertThat(last.get("returnedAt").isNull()).as("%s: returnedAt sent", procedure).isFalse();
            return received;
        }

        JsonNode view() throws Exception {
            ResponseEntity<String> answer = staff(clerk).getForEntity("/api/dossiers/{code}", String.class, code);
            assertThat(answer.getStatusCode()).as("%s: dossier view: %s", procedure, answer.getBody()).isEqualTo(HttpStatus.OK);
            return json.readTree(answer.getBody());
        }

        private JsonNode waitingTask(String key) throws Exception {
            JsonNode[] found = new JsonNode[1];
            waitFor(procedure + ": task " + key + " waiting (dossier at " + code + ")", () -> {
                JsonNode tasks = json.readTree(admin().getForEntity("/engine-rest/task?processInstanceBusinessKey={code}"
                        + "&taskDefinitionKey={key}", String.class, code, key).getBody());
                found[0] = tasks.size() == 1 ? tasks.get(0) : null;
                return found[0] != null;
            });
            return found[0];
        }

        private String processInstance() throws Exception {
            JsonNode instances = json.readTree(admin().getForEntity(
                    "/engine-rest/process-instance?businessKey={code}", String.class, code).getBody());
            for (JsonNode instance : instances) {
                if (instance.get("definitionKey").asText().equals("cap-giay-chung-nhan-lan-dau")) {
                    return instance.get("id").asText();
                }
            }
            throw new AssertionError(procedure + ": no land process instance for " + code + " in " + instances);
        }

        private JsonNode verify(byte[] pdf) throws Exception {
            MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
            body.add("file", new ByteArrayResource(pdf) {
                @Override
                public String getFilename() {
                    return "ket-qua.pdf";
                }
            });
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> answer = staff(clerk).postForEntity("/api/signatures/verification",
                    new HttpEntity<>(body, headers), String.class);
            assertThat(answer.getStatusCode()).as("%s: verification: %s", procedure, answer.getBody()).isEqualTo(HttpStatus.OK);
            return json.readTree(answer.getBody());
        }
    }

    // --- helpers

    private TestRestTemplate staff(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "admin");
    }

    private ResponseEntity<String> inbound(String path, String messageId, HttpEntity<?> body, Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(body.getHeaders());
        headers.setBearerAuth(InboundTokens.token());
        headers.set("Message-Id", messageId);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body.getBody(), headers), String.class, variables);
    }

    /** Motcua's outbox dispatcher, round after round until nothing is left to send (bounded). */
    private void dispatchAll() {
        long end = System.currentTimeMillis() + BOUND_MILLIS;
        while (dispatcher.dispatch() > 0) {
            assertThat(System.currentTimeMillis()).as("the outbox drains").isLessThan(end);
        }
    }

    /** The fee of case TH1 of the procedure's version in force today, from the catalogue. */
    private long currentFee(String procedure) throws Exception {
        LocalDate today = LocalDate.now();
        for (JsonNode version : json.readTree(Files.readString(Path.of("src/main/resources/catalog/procedures.json")))) {
            boolean inForce = !LocalDate.parse(version.get("effectiveFrom").asText()).isAfter(today)
                    && (version.get("effectiveTo").isNull() || !LocalDate.parse(version.get("effectiveTo").asText()).isBefore(today));
            if (version.get("code").asText().equals(procedure) && inForce) {
                for (JsonNode procedureCase : version.get("cases")) {
                    if (procedureCase.get("code").asText().equals("TH1")) {
                        return procedureCase.get("feeVnd").asLong();
                    }
                }
            }
        }
        throw new AssertionError(procedure + " has no version in force today with a case TH1 in the catalogue");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Check check) throws Exception {
        long end = System.currentTimeMillis() + BOUND_MILLIS;
        while (!check.holds()) {
            assertThat(System.currentTimeMillis()).as("waited %d s for %s", BOUND_MILLIS / 1000, what).isLessThan(end);
            Thread.sleep(100);
        }
    }
}
