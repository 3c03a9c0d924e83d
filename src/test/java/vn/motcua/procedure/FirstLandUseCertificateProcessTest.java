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

import vn.motcua.process.FirstLandUseCertificate;

/** Every path of "Đăng ký, cấp giấy chứng nhận quyền sử dụng đất lần đầu": commune, 15-day posting, tax, status 6 as an excluded interval. */
@Deployment(resources = {"processes/cap-giay-chung-nhan-lan-dau.bpmn",
        "decisions/phan-cong-xu-ly.dmn",
        "processes/ky-so-ket-qua.bpmn",
        "processes/tra-ket-qua.bpmn",
        "processes/xin-loi-tre-han.bpmn",
        "forms/ky-so-ket-qua.phe-duyet.form",
        "forms/tra-ket-qua.tra-ket-qua.form",
        "forms/tra-ket-qua.ky-lai.form",
        "forms/tra-ket-qua.gui-buu-chinh.form",
        "forms/xin-loi-tre-han.lap-phieu.form",
        "forms/cap-giay-chung-nhan-lan-dau.start.form",
        "forms/cap-giay-chung-nhan-lan-dau.kiem-tra.form",
        "forms/cap-giay-chung-nhan-lan-dau.tham-dinh.form",
        "forms/cap-giay-chung-nhan-lan-dau.kiem-tra-dia-chinh.form",
        "forms/cap-giay-chung-nhan-lan-dau.nop-nghia-vu-tai-chinh.form",
        "forms/cap-giay-chung-nhan-lan-dau.du-thao.form",
        "forms/cap-giay-chung-nhan-lan-dau.trinh-ky.form",
        "processes/yeu-cau-bo-sung.bpmn",
        "forms/yeu-cau-bo-sung.gui-phieu.form",
        "forms/yeu-cau-bo-sung.tiep-nhan.form",
        "processes/lien-thong.bpmn",
        "decisions/co-quan-phoi-hop.dmn",
        "forms/lien-thong.xu-ly.form",
        "forms/lien-thong.don-doc.form"})
class FirstLandUseCertificateProcessTest extends ProcedureProcessTest {

    FirstLandUseCertificateProcessTest() {
        super(FirstLandUseCertificate.PROCESS_KEY, "motcua-dongxoai", "traketqua-dongxoai", "lanhdao-ubnd-dongxoai");
    }

    static final String DOSSIER = "000.00.20.H10-190304-0005";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans(FirstLandUseCertificate.PROCEDURE_CODE, "000.00.20.H10", "motcua-dongxoai", DOSSIER);
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
        assertThat(task("Task_PrepareApology")).hasCandidateGroup("chuyenvien-vpdk-dongxoai");
        complete("Task_PrepareApology", "newAppointmentDate", "2019-03-29", "apologyReason", "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed("EndEvent_DueSoonWarned", "EndEvent_OverdueMarked");
    }

    /** Appraisal, commune verification, 15 days of posting, cadastral check and the tax authority's answer. */
    private void upToTheTaxAnswer(ProcessInstance dossier, boolean obligationDue) {
        complete("Task_Appraise", "appraisalDecision", "propose", "opinion", "Hồ sơ đủ");
        assertThat(task("Task_PartnerProcess")).hasCandidateGroup("diachinh-tanphu");
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed", "partnerReply", "Đất sử dụng ổn định từ 1995, không tranh chấp");
        assertThat(dossier).isWaitingAt("TimerEvent_PublicPosting").variables().containsEntry("communeOutcome", "confirmed");
        Assertions.assertThat(timer("TimerEvent_PublicPosting").getDuedate())
                .isEqualTo(java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(15, java.time.temporal.ChronoUnit.DAYS)));
        fire("TimerEvent_PublicPosting");
        assertThat(task("Task_PrepareCadastral")).hasCandidateGroup("chuyenvien-vpdk-dongxoai");
        complete("Task_PrepareCadastral", "cadastralExtractNumber", "TL-120/15", "opinion", "Đã trích lục");
        assertThat(task("Task_PartnerProcess")).hasCandidateGroup("thue-dongxoai");
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed", "partnerDocumentNumber", "TB-88", "partnerReply", "Lệ phí trước bạ",
                "financialObligationDue", obligationDue);
    }

    private void draftReviewAndSign() {
        complete("Task_DraftCertificate", "certificateSerial", "CS123456", "opinion", "Dự thảo");
        assertThat(task("Task_Review")).hasCandidateGroup("lanhdao-vpdk-dongxoai");
        complete("Task_Review", "reviewDecision", "approve", "opinion", "Đồng ý");
    }

    @Test
    void shouldStopTheClockWhileTheApplicantPaysAtTheCounter() throws Exception {
        ProcessInstance dossier = start();
        accept();
        upToTheTaxAnswer(dossier, true);
        verify(awaitFinancialObligation).execute(any(DelegateExecution.class));
        assertThat(dossier).isWaitingAt("Task_ReceivePaymentProof").variables().containsEntry("taxNoticeNumber", "TB-88");
        assertThat(task("Task_ReceivePaymentProof")).hasCandidateGroup("motcua-dongxoai");
        verify(resumeClock, never()).execute(any(DelegateExecution.class));
        complete("Task_ReceivePaymentProof", "paymentReceiptNumber", "BL-001");
        verify(resumeClock).execute(any(DelegateExecution.class));
        draftReviewAndSign();
        signApproved();
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed("Task_AwaitFinancialObligation", "Task_ResumeClock", "EndEvent_ResultReturned");
    }

    @Test
    void shouldResumeWhenTheObligationIsPaidOnline() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete("Task_Appraise", "appraisalDecision", "requestSupplement", "missingItems", "Sơ đồ nhà", "opinion", "Thiếu");
        complete("Task_SendSupplementRequest", "slipHandedOver", true);
        complete("Task_ReceiveSupplement", "supplementComplete", true, "opinion", "Đã nhận");
        assertThat(dossier).isWaitingAt("Task_Appraise");
        upToTheTaxAnswer(dossier, true);
        runtimeService().createMessageCorrelation(FirstLandUseCertificate.OBLIGATION_PAID_MESSAGE).processInstanceBusinessKey(DOSSIER).correlate();
        verify(resumeClock, times(2)).execute(any(DelegateExecution.class)); // once after the supplement, once after payment
        assertThat(dossier).hasPassed("BoundaryEvent_PaidOnline").isWaitingAt("Task_DraftCertificate");
        complete("Task_DraftCertificate", "certificateSerial", "CS123456", "opinion", "Dự thảo");
        complete("Task_Review", "reviewDecision", "sendBack", "opinion", "Sửa diện tích");
        assertThat(dossier).isWaitingAt("Task_DraftCertificate");
        draftReviewAndSign();
        signRejected(dossier, "Task_DraftCertificate");
        draftReviewAndSign();
        signApproved();
        complete("Task_ReturnResult", "returnMethod", "ONLINE");
        assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned").variables().containsEntry("returnMethod", "ONLINE");
    }

    @Test
    void shouldSkipStatusSixWhenNothingIsDueAndSignAgainBeforeSendingByPost() throws Exception {
        ProcessInstance dossier = start();
        accept();
        upToTheTaxAnswer(dossier, false);
        assertThat(dossier).hasPassed("Gateway_ObligationMerged").hasNotPassed("Task_AwaitFinancialObligation").isWaitingAt("Task_DraftCertificate");
        verify(awaitFinancialObligation, never()).execute(any(DelegateExecution.class));
        draftReviewAndSign();
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
