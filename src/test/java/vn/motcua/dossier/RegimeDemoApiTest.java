package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 13 over HTTP on the demo: the same service received in 2019 and in 2026 shows its own code, rule set,
 * procedure version, deadline (the 2026 swap included), status and receiving centre in {@code /api} and Tasklist;
 * from 01/07/2025 a service centre receiving for another agency records itself as the receiving agency (named or
 * derived from the clerk's desk, else 422 naming {@code receivingAgencyCode}), keeps the intake step and its log
 * book, while the code and the tenant stay the resolving agency's; the digitisation rule of Circular 03/2025
 * Art. 5(2) is enforced at submission and acceptance (422 naming the component).
 */
@ApiIntegrationTest
class RegimeDemoApiTest {

    static final String DONG_XOAI = "000.00.20.H10";
    static final String TAN_PHU = "000.20.31.H10";
    static final String BINH_LONG = "000.00.21.H10";
    static final String CODE_2019 = DONG_XOAI + "-190131-0001";
    static final String CODE_2026 = DONG_XOAI + "-260827-0001";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService tasks;

    @Test
    void theSameServiceIn2019AndIn2026KeepsItsOwnRules() throws Exception {
        JsonNode old = dossier("quanly", CODE_2019);
        assertThat(old.get("ruleSet").asText()).isEqualTo("ND61-2018");
        assertThat(old.get("procedureCode").asText()).isEqualTo("1.001612");
        assertThat(old.get("agencyCode").asText()).isEqualTo(DONG_XOAI);
        assertThat(old.get("receivingAgencyCode").asText()).isEqualTo(DONG_XOAI);
        // 3 working days from Thu 31/01/2019 09:00 across Tết: Tue 12/02/2019 09:00 (DOMAIN.md, example A)
        assertThat(Instant.parse(old.get("dueAt").asText())).isEqualTo(Instant.parse("2019-02-12T02:00:00Z"));
        assertThat(old.get("status").get("code").asInt()).isEqualTo(9);
        assertThat(old.get("components")).allSatisfy(c -> assertThat(c.get("scanRequired").asBoolean()).isFalse());

        JsonNode now = dossier("quanly", CODE_2026);
        assertThat(now.get("ruleSet").asText()).isEqualTo("ND118-2025-TT04");
        assertThat(now.get("procedureCode").asText()).isEqualTo("1.001612");
        assertThat(now.get("agencyCode").asText()).isEqualTo(DONG_XOAI);
        assertThat(now.get("receivingAgencyCode").asText()).isEqualTo(TAN_PHU);
        // Thu 27/08/2026 09:00 + 3 working days: Mon 31/08 off (swapped with Sat 22/08), 01-02/09 off → Fri 04/09
        assertThat(Instant.parse(now.get("dueAt").asText())).isEqualTo(Instant.parse("2026-09-04T02:00:00Z"));
        assertThat(now.get("status").get("code").asInt()).isEqualTo(9);
        assertThat(now.get("components").get(0).get("code").asText()).isEqualTo("GIAY_DE_NGHI");
        assertThat(now.get("components").get(0).get("scanRequired").asBoolean()).isTrue();

        // the search list shows both agencies and the rule set as well
        JsonNode listed = json.readTree(as("quanly").getForEntity("/api/dossiers?procedure=1.001612&status=9&size=100",
                String.class).getBody()).get("content");
        assertThat(listed.findValues("code").stream().map(JsonNode::asText)).contains(CODE_2019, CODE_2026);
        for (JsonNode row : listed) {
            if (row.get("code").asText().equals(CODE_2026)) {
                assertThat(row.get("receivingAgencyCode").asText()).isEqualTo(TAN_PHU);
                assertThat(row.get("ruleSet").asText()).isEqualTo("ND118-2025-TT04");
            }
        }

        // in Tasklist both wait at the return desk of the resolving agency
        for (String code : new String[] {CODE_2019, CODE_2026}) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).taskCandidateGroup("traketqua-dongxoai")
                    .active().count()).as(code).isEqualTo(1);
        }
    }

    @Test
    void theReceivingCentreReadsWhatItReceivedAndItsLogBookListsItOthersDoNot() throws Exception {
        assertThat(dossier("tiepnhan.tanphu", CODE_2026).get("code").asText()).isEqualTo(CODE_2026);
        assertThat(dossier("tiepnhan", CODE_2026).get("code").asText()).isEqualTo(CODE_2026);
        assertThat(as("tiepnhan.binhlong").getForEntity("/api/dossiers/{code}", String.class, CODE_2026).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String tanPhuBook = logBook("tiepnhan.tanphu", TAN_PHU, "2026-08-27");
        assertThat(tanPhuBook).contains(CODE_2026);
        assertThat(logBook("tiepnhan", DONG_XOAI, "2026-08-27")).doesNotContain(CODE_2026);
        assertThat(logBook("tiepnhan", DONG_XOAI, "2019-01-31")).contains(CODE_2019);
        assertThat(as("tiepnhan.binhlong").getForEntity("/api/slips/log-book?agency={a}&from=2026-08-27&to=2026-08-27",
                String.class, TAN_PHU).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCentreReceivingForAnotherAgencyIsRecordedAndKeepsTheIntakeStep() throws Exception {
        ResponseEntity<String> submitted = submit("tiepnhan.tanphu", DONG_XOAI, null, "079300000001", true);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode dossier = json.readTree(submitted.getBody());
        String code = dossier.get("code").asText();
        assertThat(code).startsWith(DONG_XOAI + "-");
        assertThat(dossier.get("agencyCode").asText()).isEqualTo(DONG_XOAI);
        assertThat(dossier.get("receivingAgencyCode").asText()).isEqualTo(TAN_PHU);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).taskCandidateGroup("motcua-tanphu").count())
                .isEqualTo(1);
        // the resolving agency's own desk did not receive it: its intake step is not theirs (403)
        assertThat(accept("tiepnhan", code, "[\"GIAY_DE_NGHI\",\"CCCD\"]").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> accepted = accept("tiepnhan.tanphu", code, "[\"GIAY_DE_NGHI\",\"CCCD\"]");
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aReceivingCentreThatDoesNotReceiveForTheAgencyOrIsNotTheCallersIsRefusedNamingTheField() throws Exception {
        // Tân Phú's desk does not receive for Bình Long
        assertProblem(submit("tiepnhan.binhlong", BINH_LONG, TAN_PHU, "079300000002", true), "receivingAgencyCode");
        // Đồng Xoài's clerk cannot claim Tân Phú's desk received it
        assertProblem(submit("tiepnhan", DONG_XOAI, TAN_PHU, "079300000003", true), "receivingAgencyCode");
        // unknown agency
        assertProblem(submit("tiepnhan", DONG_XOAI, "999.99.99.H10", "079300000004", true), "receivingAgencyCode");
        // nothing sent is evaluated or trusted: an expression is an unknown agency, an oversized code a bad field
        assertProblem(submit("tiepnhan", DONG_XOAI, "${identityService.createUserQuery().list()}", "079300000008", true),
                "receivingAgencyCode");
        assertProblem(submit("tiepnhan", DONG_XOAI, "9".repeat(65), "079300000009", true), "receivingAgencyCode");
        // a clerk outside the resolving agency's tenant still gets 403 for the agency
        assertThat(submit("tiepnhan.binhlong", DONG_XOAI, null, "079300000005", true).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPaperHandedInAtTheDeskNeedsItsScanUnderThe2025Rules() throws Exception {
        ResponseEntity<String> unscanned = submit("tiepnhan", DONG_XOAI, null, "079300000006", false);
        assertProblem(unscanned, "files.GIAY_DE_NGHI");
        assertProblem(unscanned, "files.CCCD");

        ResponseEntity<String> submitted = submit("tiepnhan", DONG_XOAI, null, "079300000007", true);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        // the household meeting minutes were ticked as handed in but never scanned
        ResponseEntity<String> refused = accept("tiepnhan", code, "[\"GIAY_DE_NGHI\",\"CCCD\",\"BIEN_BAN_HOP\"]");
        assertProblem(refused, "componentsHandedIn");
        assertThat(refused.getBody()).contains("BIEN_BAN_HOP");
        assertThat(accept("tiepnhan", code, "[\"GIAY_DE_NGHI\",\"CCCD\"]").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void assertProblem(ResponseEntity<String> answer, String field) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(answer.getBody()).get("errors").findValuesAsText("field")).contains(field);
    }

    private ResponseEntity<String> submit(String clerk, String agency, String receiving, String idNumber, boolean scans) {
        String body = TestFiles.dossierJson(agency, "COUNTER", idNumber);
        if (receiving != null) {
            body = body.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(
                    "{\"receivingAgencyCode\":\"" + receiving + "\","));
        }
        MultiValueMap<String, Object> parts = scans ? TestFiles.onlineSubmission(body) : new LinkedMultiValueMap<>();
        if (!scans) {
            parts.add("dossier", TestFiles.json(body));
        }
        return as(clerk).postForEntity("/api/dossiers", DossierApiFlowTest.multipart(parts), String.class);
    }

    private ResponseEntity<String> accept(String clerk, String code, String components) {
        return as(clerk).postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"componentsHandedIn\":" + components + "}"), String.class, code);
    }

    private JsonNode dossier(String user, String code) throws Exception {
        ResponseEntity<String> answer = as(user).getForEntity("/api/dossiers/{code}", String.class, code);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private String logBook(String user, String agency, String day) throws Exception {
        ResponseEntity<byte[]> pdf = as(user).getForEntity("/api/slips/log-book?agency={a}&from={d}&to={d}", byte[].class,
                agency, day, day);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        return DossierApiFlowTest.pdfText(pdf.getBody());
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
