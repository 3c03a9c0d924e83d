package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static vn.motcua.process.FirstLandUseCertificate.Element.*;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.Apology;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.FirstLandUseCertificate;
import vn.motcua.process.InterAgencyTransfer;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.SupplementRequest;

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
        Assertions.assertThat(timer(BoundaryEvent_LegalDeadline.id()).getDuedate()).isEqualTo(java.util.Date.from(DUE));
        fire(BoundaryEvent_DueSoon.id());
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire(BoundaryEvent_LegalDeadline.id());
        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(task(Apology.Element.Task_PrepareApology.id())).hasCandidateGroup("chuyenvien-vpdk-dongxoai");
        complete(Apology.Element.Task_PrepareApology.id(), DossierProcess.NEW_APPOINTMENT_DATE.name(), "2019-03-29", DossierProcess.APOLOGY_REASON.name(), "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_DueSoonWarned.id(), EndEvent_OverdueMarked.id());
    }

    /** Appraisal, commune verification, 15 days of posting, cadastral check and the tax authority's answer. */
    private void upToTheTaxAnswer(ProcessInstance dossier, boolean obligationDue) {
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "propose", DossierProcess.OPINION.name(), "Hồ sơ đủ");
        assertThat(task(InterAgencyTransfer.Element.Task_PartnerProcess.id())).hasCandidateGroup("diachinh-tanphu");
        complete(InterAgencyTransfer.Element.Task_PartnerProcess.id(), InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_REPLY.name(), "Đất sử dụng ổn định từ 1995, không tranh chấp");
        assertThat(dossier).isWaitingAt(TimerEvent_PublicPosting.id()).variables().containsEntry(FirstLandUseCertificate.COMMUNE_OUTCOME.name(), "confirmed");
        Assertions.assertThat(timer(TimerEvent_PublicPosting.id()).getDuedate())
                .isEqualTo(java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(15, java.time.temporal.ChronoUnit.DAYS)));
        fire(TimerEvent_PublicPosting.id());
        assertThat(task(Task_PrepareCadastral.id())).hasCandidateGroup("chuyenvien-vpdk-dongxoai");
        complete(Task_PrepareCadastral.id(), FirstLandUseCertificate.CADASTRAL_EXTRACT_NUMBER.name(), "TL-120/15", DossierProcess.OPINION.name(), "Đã trích lục");
        assertThat(task(InterAgencyTransfer.Element.Task_PartnerProcess.id())).hasCandidateGroup("thue-dongxoai");
        complete(InterAgencyTransfer.Element.Task_PartnerProcess.id(), InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_DOCUMENT_NUMBER.name(), "TB-88", InterAgencyTransfer.PARTNER_REPLY.name(), "Lệ phí trước bạ",
                "financialObligationDue", obligationDue);
    }

    private void draftReviewAndSign() {
        complete(Task_DraftCertificate.id(), FirstLandUseCertificate.CERTIFICATE_SERIAL.name(), "CS123456", DossierProcess.OPINION.name(), "Dự thảo");
        assertThat(task(Task_Review.id())).hasCandidateGroup("lanhdao-vpdk-dongxoai");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý");
    }

    @Test
    void shouldStopTheClockWhileTheApplicantPaysAtTheCounter() throws Exception {
        ProcessInstance dossier = start();
        accept();
        upToTheTaxAnswer(dossier, true);
        verify(awaitFinancialObligation).execute(any(DelegateExecution.class));
        assertThat(dossier).isWaitingAt(Task_ReceivePaymentProof.id()).variables().containsEntry(FirstLandUseCertificate.TAX_NOTICE_NUMBER.name(), "TB-88");
        assertThat(task(Task_ReceivePaymentProof.id())).hasCandidateGroup("motcua-dongxoai");
        verify(resumeClock, never()).execute(any(DelegateExecution.class));
        complete(Task_ReceivePaymentProof.id(), FirstLandUseCertificate.PAYMENT_RECEIPT_NUMBER.name(), "BL-001");
        verify(resumeClock).execute(any(DelegateExecution.class));
        draftReviewAndSign();
        signApproved();
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed(Task_AwaitFinancialObligation.id(), Task_ResumeClock.id(), EndEvent_ResultReturned.id());
    }

    @Test
    void shouldResumeWhenTheObligationIsPaidOnline() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "requestSupplement", DossierProcess.MISSING_ITEMS.name(), "Sơ đồ nhà", DossierProcess.OPINION.name(), "Thiếu");
        complete(SupplementRequest.Element.Task_SendSupplementRequest.id(), SupplementRequest.SLIP_HANDED_OVER.name(), true);
        complete(SupplementRequest.Element.Task_ReceiveSupplement.id(), SupplementRequest.SUPPLEMENT_COMPLETE.name(), true, DossierProcess.OPINION.name(), "Đã nhận");
        assertThat(dossier).isWaitingAt(Task_Appraise.id());
        upToTheTaxAnswer(dossier, true);
        runtimeService().createMessageCorrelation(FirstLandUseCertificate.OBLIGATION_PAID_MESSAGE).processInstanceBusinessKey(DOSSIER).correlate();
        verify(resumeClock, times(2)).execute(any(DelegateExecution.class)); // once after the supplement, once after payment
        assertThat(dossier).hasPassed(BoundaryEvent_PaidOnline.id()).isWaitingAt(Task_DraftCertificate.id());
        complete(Task_DraftCertificate.id(), FirstLandUseCertificate.CERTIFICATE_SERIAL.name(), "CS123456", DossierProcess.OPINION.name(), "Dự thảo");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "sendBack", DossierProcess.OPINION.name(), "Sửa diện tích");
        assertThat(dossier).isWaitingAt(Task_DraftCertificate.id());
        draftReviewAndSign();
        signRejected(dossier, Task_DraftCertificate.id());
        draftReviewAndSign();
        signApproved();
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "ONLINE");
        assertThat(dossier).isEnded().hasPassed(EndEvent_ResultReturned.id()).variables().containsEntry(ResultReturn.RETURN_METHOD.name(), "ONLINE");
    }

    @Test
    void shouldSkipStatusSixWhenNothingIsDueAndSignAgainBeforeSendingByPost() throws Exception {
        ProcessInstance dossier = start();
        accept();
        upToTheTaxAnswer(dossier, false);
        assertThat(dossier).hasPassed(Gateway_ObligationMerged.id()).hasNotPassed(Task_AwaitFinancialObligation.id()).isWaitingAt(Task_DraftCertificate.id());
        verify(awaitFinancialObligation, never()).execute(any(DelegateExecution.class));
        draftReviewAndSign();
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
