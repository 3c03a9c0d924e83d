package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierApiFlowTest.pdfText;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.process.HouseholdBusinessRegistration;
import vn.motcua.sla.SlaClock;

/**
 * The stop at the applicant's request ({@code POST /api/dossiers/{code}/stop}, Decree 118/2025 Art. 21(1),
 * Circular 03/2025 Art. 7): status 8 with who and when, the process ended, a control-slip row, an outbox STATUS
 * event and the stop notice (form 05 of the 2025 set) read back from its PDF; refused with problem+json under a
 * rule set without the action (409, naming it), on a dossier not yet received or closed (409), to anyone but the
 * receiving desk (403) and outside the user's agencies (404), with the dossier left as it was.
 */
@ApiIntegrationTest
class StopAtRequestTest {

    static final String DONG_XOAI = "000.00.20.H10";
    static final String REASON = "Người nộp hồ sơ không còn nhu cầu";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    DossierRegister register;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlaClock sla;
    @Autowired
    BusinessClock clock;

    @Test
    void shouldStopADossierInProcessingAndPrintTheStopNotice() throws Exception {
        String code = submit("079300000001");
        accept(code);
        Dossier before = dossier(code);
        assertThat(before.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(register.ruleSet(before).slipSet()).as("a dossier received today prints the 2025 set").isEqualTo("TT03-2025");

        ResponseEntity<String> response = stop("tiepnhan", code, REASON);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).at("/status/code").asInt()).isEqualTo(8);
        Dossier after = dossier(code);
        assertThat(after.getStatus()).isEqualTo(DossierStatus.STOPPED);
        assertThat(after.getStoppedAt()).isNotNull();
        assertThat(after.getStoppedBy()).isEqualTo("tiepnhan");
        assertThat(after.getClosedAt()).isEqualTo(after.getStoppedAt());
        assertThat(after.getNote()).isEqualTo(REASON);
        assertThat(after.getProcessingEndedAt()).as("no result").isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
                .as("no process of the dossier still runs").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(before.getProcessInstanceId())
                .singleResult().getEndTime()).isNotNull();

        List<DossierHistory> rows = register.history(after.getId());
        DossierHistory last = rows.get(rows.size() - 1);
        assertThat(last.getFromStep()).isEqualTo(HouseholdBusinessRegistration.Element.Task_Appraise.id());
        assertThat(last.getToStep()).isEqualTo(DossierRegister.STOPPED_STEP);
        assertThat(last.getSender()).isEqualTo("tiepnhan");
        assertThat(last.getNote()).isEqualTo("Dừng xử lý: " + REASON);
        assertThat(rows).allSatisfy(row -> assertThat(row.getToStep()).as("no hand-over left open").isNotNull());

        String payload = jdbc.queryForObject("select payload from outbox_event where dossier_id = ? and kind = 'STATUS'"
                + " order by id desc limit 1", String.class, after.getId());
        assertThat(json.readTree(payload).get("status").asInt()).as("the national portal hears status 8").isEqualTo(8);

        ResponseEntity<byte[]> slip = clerk().getForEntity("/api/dossiers/{code}/slips/stop", byte[].class, code);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(slip.getHeaders().getContentDisposition().getFilename()).isEqualTo(code + "_stop_05.pdf");
        String text = pdfText(slip.getBody());
        assertThat(text).contains("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", code, "Lý do: " + REASON,
                "thông báo dừng giải quyết hồ sơ nêu trên", "Điều 21 Nghị định số 118/2025/NĐ-CP",
                "Điều 7 Thông tư số 03/2025/TT-VPCP", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Lan");
        // the control slip of the 2025 set is form 06 and ends at the stop (status 8, "Dừng xử lý")
        String control = pdfText(clerk().getForEntity("/api/dossiers/{code}/slips/control", byte[].class, code).getBody());
        assertThat(control).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Dừng xử lý");

        // once stopped, nothing more: neither a second stop nor a withdrawal
        assertRefused("tiepnhan", code, HttpStatus.CONFLICT, "trạng thái 8");
        ResponseEntity<String> withdrawal = clerk().postForEntity("/api/dossiers/{code}/withdrawal",
                TestFiles.json("{\"reason\":\"x\"}"), String.class, code);
        assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldStopAReceivedDossierBeforeProcessing() throws Exception {
        String code = submit("079300000002");
        // no model waits between receipt (2) and processing (4): the register is moved to 2 as WithdrawalTest does
        sla.start(dossier(code).getId(), clock.now());
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RECEIVED);

        assertThat(stop("tiepnhan", code, REASON).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.STOPPED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    @Test
    void shouldRefuseADossierNotYetReceived() throws Exception {
        String code = submit("079300000003");
        assertRefused("tiepnhan", code, HttpStatus.CONFLICT, "trạng thái 1");
        ResponseEntity<byte[]> slip = clerk().getForEntity("/api/dossiers/{code}/slips/stop", byte[].class, code);
        assertThat(slip.getStatusCode()).as("no stop notice before a stop").isEqualTo(HttpStatus.CONFLICT);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7, 9, 10})
    void shouldRefuseAClosedOrResolvedDossier(int closed) throws Exception {
        String code = submit("07930000001" + closed % 10);
        accept(code);
        // closed and resolved dossiers come out of long paths; their register rows are set directly
        jdbc.update("update dossier set status = ? where code = ?", closed, code);
        assertRefused("tiepnhan", code, HttpStatus.CONFLICT, "trạng thái " + closed);
    }

    @Test
    void shouldRefuseARuleSetWithoutTheStopNamingIt() throws Exception {
        String code = submit("079300000020");
        accept(code);
        // a dossier received under Decree 61/2018 (before 01/07/2025) has no stop at the applicant's request
        jdbc.update("update dossier set rule_set = 'ND61-2018' where code = ?", code);

        JsonNode problem = assertRefused("tiepnhan", code, HttpStatus.CONFLICT, "ND61-2018");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("ruleSet");
        // and it prints the 2018 set, which has no stop notice
        ResponseEntity<String> slip = clerk().getForEntity("/api/dossiers/{code}/slips/stop", String.class, code);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(slip.getBody()).contains("TT01-2018");
    }

    @Test
    void shouldLetOnlyTheReceivingDeskStopAndHideOtherAgenciesDossiers() throws Exception {
        String code = submit("079300000021");
        accept(code);

        // the case handler and the province's manager see the dossier but are not its receiving desk
        assertRefused("chuyenvien", code, HttpStatus.FORBIDDEN, "motcua-dongxoai");
        assertRefused("quanly", code, HttpStatus.FORBIDDEN, "motcua-dongxoai");
        // another agency's desk does not see it at all
        assertRefused("tiepnhan.binhlong", code, HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ");
        ResponseEntity<String> anonymous = http.postForEntity("/api/dossiers/{code}/stop",
                TestFiles.json("{\"reason\":\"x\"}"), String.class, code);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();
    }

    @Test
    void shouldNameABadReasonAndPrintAnAttackersTextAsText() throws Exception {
        String code = submit("079300000022");
        accept(code);
        for (String body : List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":\"" + "x".repeat(2001) + "\"}")) {
            ResponseEntity<String> bad = clerk().postForEntity("/api/dossiers/{code}/stop", TestFiles.json(body),
                    String.class, code);
            assertThat(bad.getStatusCode()).as(body).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(bad.getBody()).at("/errors/0/field").asText()).isEqualTo("reason");
        }
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);

        // the reason reaches the slip as a value of the template, never as a template
        String attack = "[(${T(java.lang.System).getProperty('user.home')})] [[${#ctx}]]";
        assertThat(stop("tiepnhan", code, attack).getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = pdfText(clerk().getForEntity("/api/dossiers/{code}/slips/stop", byte[].class, code).getBody());
        assertThat(text).contains("Lý do: " + attack).doesNotContain(System.getProperty("user.home") + "]");
    }

    // --- steps

    private JsonNode assertRefused(String user, String code, HttpStatus expected, String detail) throws Exception {
        Dossier before = dossier(code);
        long rows = register.history(before.getId()).size();
        ResponseEntity<String> response = stop(user, code, REASON);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).contains(detail);
        Dossier after = dossier(code);
        assertThat(after.getStatus()).isEqualTo(before.getStatus());
        assertThat(after.getStoppedAt()).isEqualTo(before.getStoppedAt());
        assertThat(register.history(after.getId())).hasSize((int) rows);
        return problem;
    }

    private ResponseEntity<String> stop(String user, String code, String reason) throws Exception {
        return http.withBasicAuth(user, "demo").postForEntity("/api/dossiers/{code}/stop",
                TestFiles.json(json.writeValueAsString(java.util.Map.of("reason", reason))), String.class, code);
    }

    private TestRestTemplate clerk() {
        return http.withBasicAuth("tiepnhan", "demo");
    }

    private String submit(String idNumber) throws Exception {
        ResponseEntity<String> submitted = clerk().postForEntity("/api/dossiers", DossierApiFlowTest.multipart(
                TestFiles.onlineSubmission(TestFiles.dossierJson(DONG_XOAI, "ONLINE", idNumber))), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    private void accept(String code) {
        ResponseEntity<String> accepted = clerk().postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json("{}"),
                String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    private Dossier dossier(String code) {
        return dossiers.findByCode(code).orElseThrow();
    }
}
