package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.JudicialRecordCertificate;

/** Every path of "Cấp phiếu lý lịch tư pháp": 10 or 15 days by decision, police request in parallel, verification. */
@Deployment(resources = {"processes/cap-phieu-ly-lich-tu-phap.bpmn",
        "decisions/phan-cong-xu-ly.dmn",
        "processes/ky-so-ket-qua.bpmn",
        "processes/tra-ket-qua.bpmn",
        "processes/xin-loi-tre-han.bpmn",
        "forms/ky-so-ket-qua.phe-duyet.form",
        "forms/tra-ket-qua.tra-ket-qua.form",
        "forms/tra-ket-qua.ky-lai.form",
        "forms/tra-ket-qua.gui-buu-chinh.form",
        "forms/xin-loi-tre-han.lap-phieu.form",
        "forms/cap-phieu-ly-lich-tu-phap.start.form",
        "forms/cap-phieu-ly-lich-tu-phap.kiem-tra.form",
        "forms/cap-phieu-ly-lich-tu-phap.tra-cuu.form",
        "forms/cap-phieu-ly-lich-tu-phap.xac-minh.form",
        "forms/cap-phieu-ly-lich-tu-phap.tham-dinh.form",
        "forms/cap-phieu-ly-lich-tu-phap.trinh-ky.form",
        "processes/yeu-cau-bo-sung.bpmn",
        "forms/yeu-cau-bo-sung.gui-phieu.form",
        "forms/yeu-cau-bo-sung.tiep-nhan.form",
        "processes/lien-thong.bpmn",
        "decisions/co-quan-phoi-hop.dmn",
        "forms/lien-thong.xu-ly.form",
        "forms/lien-thong.don-doc.form",
        "decisions/thoi-han-ly-lich-tu-phap.dmn"})
class JudicialRecordCertificateProcessTest extends ProcedureProcessTest {

    JudicialRecordCertificateProcessTest() {
        super(JudicialRecordCertificate.PROCESS_KEY, "motcua-sotuphap", "motcua-sotuphap", "lanhdao-sotuphap");
    }

    static final String DOSSIER = "000.00.12.H10-190304-0003";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans(JudicialRecordCertificate.PROCEDURE_CODE, "000.00.12.H10", "motcua-sotuphap", DOSSIER);
    }

    @Test
    void shouldWarnBeforeTheDueDateAndApologiseWhenLate() throws Exception {
        ProcessInstance dossier = start();
        accept();
        Assertions.assertThat(timer("BoundaryEvent_LegalDeadline").getDuedate()).isEqualTo(java.util.Date.from(DUE));
        fire("BoundaryEvent_DueSoon");
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire("BoundaryEvent_LegalDeadline");
        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(task("Task_PrepareApology")).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete("Task_PrepareApology", "newAppointmentDate", "2019-03-29", "apologyReason", "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed("EndEvent_DueSoonWarned", "EndEvent_OverdueMarked");
    }

    private void draftReviewAndSign() {
        complete("Task_Appraise", "appraisalDecision", "propose", "criminalRecordStatus", "none", "certificateNumber", "125/LLTP",
                "opinion", "Đề nghị cấp");
        assertThat(task("Task_Review")).hasCandidateGroup("lanhdao-lltp-sotuphap");
        complete("Task_Review", "reviewDecision", "approve", "opinion", "Đồng ý");
    }

    @Test
    void shouldIssueInTenDaysWithThePoliceAnsweringInParallel() throws Exception {
        ProcessInstance dossier = start();
        accept("residedInSeveralProvinces", false, "foreignElement", false, "convictionCheckNeeded", false);
        Assertions.assertThat(mapVariable(dossier.getId(), JudicialRecordCertificate.LEGAL_DURATION.name()))
                .containsEntry("caseCode", "TH1").containsEntry("durationDays", 10).containsEntry("verificationNeeded", false);
        assertThat(dossier).isWaitingAt("Task_SearchDatabase", "CallActivity_PoliceCheck");
        assertThat(task("Task_PartnerProcess")).hasCandidateGroup("congan-hoso-binhphuoc").hasDueDate(new ClockHours().days(5));
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed", "partnerReply", "Không có án tích", "partnerDocumentNumber", "12/PV06");
        assertThat(dossier).isWaitingAt("Task_SearchDatabase").variables().containsEntry("policeOutcome", "confirmed");
        assertThat(task("Task_SearchDatabase")).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete("Task_SearchDatabase", "databaseResult", "noRecord", "opinion", "Không có");
        assertThat(dossier).hasNotPassed("Task_VerifyResidence").isWaitingAt("Task_Appraise");
        draftReviewAndSign();
        signApproved();
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed("Gateway_JoinChecks", "EndEvent_ResultReturned");
    }

    @Test
    void shouldVerifyInFifteenDaysAndTakeThePoliceAnswerFromTheHub() throws Exception {
        ProcessInstance dossier = start();
        accept("residedInSeveralProvinces", true, "foreignElement", false, "convictionCheckNeeded", false);
        Assertions.assertThat(mapVariable(dossier.getId(), "legalDuration")).containsEntry("caseCode", "TH2").containsEntry("policeDays", 9);
        // the 15-day case replaces the one of the submission before the dossier is received
        verify(lifecycle).applyCase(any(DelegateExecution.class), org.mockito.ArgumentMatchers.eq("TH2"));
        assertThat(task("Task_PartnerProcess")).hasDueDate(new ClockHours().days(9));
        complete("Task_SearchDatabase", "databaseResult", "noRecord", "opinion", "Không có");
        assertThat(task("Task_VerifyResidence")).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete("Task_VerifyResidence", "verificationResult", "Không có án tích tại nơi cư trú cũ");
        assertThat(dossier).isWaitingAt("CallActivity_PoliceCheck");
        fire("BoundaryEvent_PartnerDeadline");
        complete("Task_UrgePartner", "urgeNote", "Đã đôn đốc");
        runtimeService().createMessageCorrelation("lien-thong-da-tra-loi").processInstanceBusinessKey(DOSSIER)
                .setVariable("partnerOutcome", "confirmed").setVariable("partnerReply", "Không có án tích").correlate();
        assertThat(dossier).isWaitingAt("Task_Appraise").variables().containsEntry("policeReply", "Không có án tích");
        complete("Task_Appraise", "appraisalDecision", "requestSupplement", "missingItems", "Giấy tờ cư trú", "opinion", "Thiếu");
        complete("Task_SendSupplementRequest", "slipHandedOver", true);
        complete("Task_ReceiveSupplement", "supplementComplete", true, "opinion", "Đã nhận");
        assertThat(dossier).isWaitingAt("Task_Appraise");
        complete("Task_Appraise", "appraisalDecision", "propose", "criminalRecordStatus", "none", "certificateNumber", "126/LLTP", "opinion", "Đề nghị");
        complete("Task_Review", "reviewDecision", "sendBack", "opinion", "Xem lại");
        assertThat(dossier).isWaitingAt("Task_Appraise");
        draftReviewAndSign();
        signRejected(dossier, "Task_Appraise");
        draftReviewAndSign();
        signApproved();
        complete("Task_ReturnResult", "returnMethod", "ONLINE");
        assertThat(dossier).isEnded().hasPassed("Task_VerifyResidence", "EndEvent_ResultReturned").variables().containsEntry("returnMethod", "ONLINE");
    }

    @Test
    void shouldHaveTheResultSignedAgainBeforeSendingItByPost() throws Exception {
        ProcessInstance dossier = start();
        accept("foreignElement", true);
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed", "partnerReply", "Không có án tích");
        complete("Task_SearchDatabase", "databaseResult", "noRecord", "opinion", "Không có");
        complete("Task_VerifyResidence", "verificationResult", "Đã xác minh");
        draftReviewAndSign();
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
