package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.process.FirstLandUseCertificate;
import vn.motcua.process.HouseholdBusinessRegistration;
import vn.motcua.security.EngineLogin;
import vn.motcua.sla.SlaClock;

/**
 * Withdrawal ({@code POST /api/dossiers/{code}/withdrawal}) over HTTP at each open status: the answer is 200,
 * the register says 7, the dossier's process (and any process it called) has ended, and the control slip has
 * the withdrawal row. Closed dossiers (3, 7, 8, 9, 10) are refused with 409 problem+json and stay as they were.
 */
@ApiIntegrationTest
class WithdrawalTest {

    static final String DONG_XOAI = "000.00.20.H10";

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
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlaClock sla;
    @Autowired
    BusinessClock clock;

    @Test
    void shouldWithdrawASubmittedOnlineDossier() throws Exception {
        String code = submit("079200000001");
        assertThat(status(code)).isEqualTo(DossierStatus.SUBMITTED);

        assertWithdrawn(code, HouseholdBusinessRegistration.Element.Task_CheckDossier.id());
    }

    @Test
    void shouldWithdrawAReceivedDossier() throws Exception {
        String code = submit("079200000002");
        // no model waits between receipt (2) and processing (4): the register is moved to 2 as a model with a
        // wait state there would leave it, while the process still waits at the intake task
        sla.start(id(code), clock.now());
        assertThat(status(code)).isEqualTo(DossierStatus.RECEIVED);

        assertWithdrawn(code, HouseholdBusinessRegistration.Element.Task_CheckDossier.id());
    }

    @Test
    void shouldWithdrawADossierInProcessing() throws Exception {
        String code = submit("079200000003");
        accept(code);
        assertThat(status(code)).isEqualTo(DossierStatus.PROCESSING);

        assertWithdrawn(code, HouseholdBusinessRegistration.Element.Task_Appraise.id());
    }

    @Test
    void shouldWithdrawADossierWaitingForASupplementAskedAtIntake() throws Exception {
        String code = submit("079200000004");
        complete("tiepnhan", code, HouseholdBusinessRegistration.Element.Task_CheckDossier.id(), Map.of("competent", true, "complete", false,
                "intakeDecision", "supplement", "missingItems", "Bản sao căn cước của chủ hộ"));
        assertThat(status(code)).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(processEnded(code)).as("a supplement at intake ends the first process").isTrue();

        assertWithdrawn(code, DossierRegister.WITHDRAWN_STEP);
        assertNoOpenPause(code);
    }

    @Test
    void shouldWithdrawADossierWaitingForASupplementAskedDuringProcessing() throws Exception {
        String code = submit("079200000005");
        accept(code);
        complete("chuyenvien", code, HouseholdBusinessRegistration.Element.Task_Appraise.id(), Map.of("appraisalDecision", "requestSupplement",
                "missingItems", "Hợp đồng thuê địa điểm kinh doanh", "opinion", "Thiếu hợp đồng thuê"));
        assertThat(status(code)).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        String pid = dossiers.findByCode(code).orElseThrow().getProcessInstanceId();
        String supplement = runtime.createProcessInstanceQuery().superProcessInstanceId(pid).singleResult().getId();
        assertThat(jdbc.queryForObject("select count(*) from dossier_clock_pause where dossier_id = ? and ended_at is null",
                Integer.class, dossiers.findByCode(code).orElseThrow().getId())).as("the supplement paused the clock").isOne();

        assertWithdrawn(code, null);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(supplement).singleResult().getEndTime())
                .as("the supplement call activity ended with its dossier").isNotNull();
        assertNoOpenPause(code);
    }

    @Test
    void shouldWithdrawADossierAwaitingTheFinancialObligation() throws Exception {
        MultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("dossier", TestFiles.json("""
                {"agencyCode":"%s","procedureCode":"1.013978","channel":"ONLINE",
                 "applicant":{"name":"Trần Văn Bình","idNumber":"079200000006","phone":"0912345678",
                              "address":"Phường Tân Bình, Đồng Xoài"},
                 "summary":"Cấp giấy chứng nhận lần đầu thửa 12",
                 "data":{"parcelAddress":"Phường Tân Bình","landParcel":"Thửa 12, tờ 4","landArea":120,"landUse":"Đất ở"}}"""
                .formatted(DONG_XOAI)));
        parts.add("DON_DANG_KY", TestFiles.file("don.pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        String code = submit(parts);
        accept(code);
        // the land process reaches "awaiting the financial obligation" after the commune, a 15-day posting and
        // the tax office; the instance is moved there directly, so the real delegate stops the clock (status 6)
        String pid = dossiers.findByCode(code).orElseThrow().getProcessInstanceId();
        runtime.createProcessInstanceModification(pid)
                .startBeforeActivity(FirstLandUseCertificate.Element.Task_AwaitFinancialObligation.name())
                .cancelAllForActivity(FirstLandUseCertificate.Element.Task_Appraise.name())
                .execute();
        assertThat(status(code)).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);

        assertWithdrawn(code, FirstLandUseCertificate.Element.Task_ReceivePaymentProof.name());
    }

    @Test
    void shouldRefuseToWithdrawARefusedOrAlreadyWithdrawnDossier() throws Exception {
        String refused = submit("079200000007");
        ResponseEntity<String> refusal = clerk().postForEntity("/api/dossiers/{code}/refusal",
                TestFiles.json("{\"reason\":\"Không thuộc thẩm quyền\",\"competent\":false}"), String.class, refused);
        assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(refused, DossierStatus.REFUSED);

        String withdrawn = submit("079200000008");
        assertThat(withdraw(withdrawn).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(withdrawn, DossierStatus.WITHDRAWN);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 10})
    void shouldRefuseToWithdrawAStoppedProcessedOrReturnedDossier(int closed) throws Exception {
        String code = submit("07920000001" + (closed - 8));
        // stopped, processed and returned dossiers come out of long paths; their register rows are set directly
        jdbc.update("update dossier set status = ? where code = ?", closed, code);
        assertRefused(code, DossierStatus.ofCode(closed));
    }

    // --- steps

    private void assertWithdrawn(String code, String fromStep) throws Exception {
        Dossier before = dossiers.findByCode(code).orElseThrow();
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .map(i -> i.getId()).toList();

        ResponseEntity<String> response = withdraw(code);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(response.getBody());
        assertThat(view.at("/status/code").asInt()).isEqualTo(7);
        Dossier after = dossiers.findByCode(code).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(after.getWithdrawnAt()).isNotNull();
        assertThat(after.getProcessingEndedAt()).as("nothing was processed").isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
                .as("no process of the dossier still runs").isZero();
        if (before.getProcessInstanceId() != null) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(before.getProcessInstanceId())
                    .singleResult().getEndTime()).isNotNull();
        }
        assertThat(instances).allSatisfy(id -> assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero());

        List<DossierHistory> rows = register.history(after.getId());
        DossierHistory last = rows.get(rows.size() - 1);
        assertThat(last.getToStep()).isEqualTo(DossierRegister.WITHDRAWN_STEP);
        assertThat(last.getSender()).isEqualTo("tiepnhan");
        assertThat(last.getNote()).contains("Không còn nhu cầu");
        if (fromStep != null) {
            assertThat(last.getFromStep()).isEqualTo(fromStep);
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.getToStep()).as("no hand-over left open").isNotNull());
        assertThat(view.get("history").get(rows.size() - 1).get("toStep").asText()).isEqualTo(DossierRegister.WITHDRAWN_STEP);
    }

    private void assertRefused(String code, DossierStatus closed) throws Exception {
        long rows = register.history(id(code)).size();
        ResponseEntity<String> response = withdraw(code);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .contains("trạng thái " + closed.code(), "không thể rút");
        assertThat(status(code)).isEqualTo(closed);
        assertThat(register.history(id(code))).hasSize((int) rows);
    }

    private ResponseEntity<String> withdraw(String code) {
        return clerk().postForEntity("/api/dossiers/{code}/withdrawal",
                TestFiles.json("{\"reason\":\"Không còn nhu cầu\"}"), String.class, code);
    }

    private TestRestTemplate clerk() {
        return http.withBasicAuth("tiepnhan", "demo");
    }

    private String submit(String idNumber) throws Exception {
        return submit(TestFiles.onlineSubmission(TestFiles.dossierJson(DONG_XOAI, "ONLINE", idNumber)));
    }

    private String submit(MultiValueMap<String, Object> parts) throws Exception {
        ResponseEntity<String> submitted = clerk().postForEntity("/api/dossiers", DossierApiFlowTest.multipart(parts), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    private void accept(String code) {
        ResponseEntity<String> accepted = clerk().postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json("{}"),
                String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void complete(String user, String code, String step, Map<String, Object> variables) {
        EngineLogin.complete(identity, tasks, user, code, step, variables);
    }

    private boolean processEnded(String code) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count() == 0;
    }

    private Long id(String code) {
        return dossiers.findByCode(code).orElseThrow().getId();
    }

    private DossierStatus status(String code) {
        return dossiers.findByCode(code).orElseThrow().getStatus();
    }

    /** The clock's pause ended with the dossier: no pause row stays open on a closed dossier. */
    private void assertNoOpenPause(String code) {
        Long id = dossiers.findByCode(code).orElseThrow().getId();
        assertThat(jdbc.queryForObject("select count(*) from dossier_clock_pause where dossier_id = ? and ended_at is null",
                Integer.class, id)).as("open pauses of the withdrawn dossier").isZero();
    }
}
