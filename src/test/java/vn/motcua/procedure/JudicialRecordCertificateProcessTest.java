package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static vn.motcua.process.JudicialRecordCertificate.Element.*;

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
import vn.motcua.process.InterAgencyTransfer;
import vn.motcua.process.JudicialRecordCertificate;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.SupplementRequest;

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
        Assertions.assertThat(timer(BoundaryEvent_LegalDeadline.id()).getDuedate()).isEqualTo(java.util.Date.from(DUE));
        fire(BoundaryEvent_DueSoon.id());
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire(BoundaryEvent_LegalDeadline.id());
        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(task(Apology.Element.Task_PrepareApology.id())).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete(Apology.Element.Task_PrepareApology.id(), DossierProcess.NEW_APPOINTMENT_DATE.name(), "2019-03-29", DossierProcess.APOLOGY_REASON.name(), "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_DueSoonWarned.id(), EndEvent_OverdueMarked.id());
    }

    private void draftReviewAndSign() {
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "propose", JudicialRecordCertificate.CRIMINAL_RECORD_STATUS.name(), "none", JudicialRecordCertificate.CERTIFICATE_NUMBER.name(), "125/LLTP",
                "opinion", "Đề nghị cấp");
        assertThat(task(Task_Review.id())).hasCandidateGroup("lanhdao-lltp-sotuphap");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý");
    }

    @Test
    void shouldIssueInTenDaysWithThePoliceAnsweringInParallel() throws Exception {
        ProcessInstance dossier = start();
        accept(JudicialRecordCertificate.RESIDED_IN_SEVERAL_PROVINCES.name(), false, JudicialRecordCertificate.FOREIGN_ELEMENT.name(), false, JudicialRecordCertificate.CONVICTION_CHECK_NEEDED.name(), false);
        Assertions.assertThat(mapVariable(dossier.getId(), JudicialRecordCertificate.LEGAL_DURATION.name()))
                .containsEntry(DossierProcess.CASE_CODE.name(), "TH1").containsEntry("durationDays", 10).containsEntry("verificationNeeded", false);
        assertThat(dossier).isWaitingAt(Task_SearchDatabase.id(), CallActivity_PoliceCheck.id());
        assertThat(task(InterAgencyTransfer.Element.Task_PartnerProcess.id())).hasCandidateGroup("congan-hoso-binhphuoc").hasDueDate(new ClockHours().days(5));
        complete(InterAgencyTransfer.Element.Task_PartnerProcess.id(), InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_REPLY.name(), "Không có án tích", InterAgencyTransfer.PARTNER_DOCUMENT_NUMBER.name(), "12/PV06");
        assertThat(dossier).isWaitingAt(Task_SearchDatabase.id()).variables().containsEntry(JudicialRecordCertificate.POLICE_OUTCOME.name(), "confirmed");
        assertThat(task(Task_SearchDatabase.id())).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete(Task_SearchDatabase.id(), JudicialRecordCertificate.DATABASE_RESULT.name(), "noRecord", DossierProcess.OPINION.name(), "Không có");
        assertThat(dossier).hasNotPassed(Task_VerifyResidence.id()).isWaitingAt(Task_Appraise.id());
        draftReviewAndSign();
        signApproved();
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed(Gateway_JoinChecks.id(), EndEvent_ResultReturned.id());
    }

    @Test
    void shouldVerifyInTwentyDaysAndTakeThePoliceAnswerFromTheHub() throws Exception {
        ProcessInstance dossier = start();
        accept(JudicialRecordCertificate.RESIDED_IN_SEVERAL_PROVINCES.name(), true, JudicialRecordCertificate.FOREIGN_ELEMENT.name(), false, JudicialRecordCertificate.CONVICTION_CHECK_NEEDED.name(), false);
        Assertions.assertThat(mapVariable(dossier.getId(), JudicialRecordCertificate.LEGAL_DURATION.name())).containsEntry(DossierProcess.CASE_CODE.name(), "TH2").containsEntry("policeDays", 9);
        // the 20-day case replaces the one of the submission before the dossier is received
        verify(lifecycle).applyCase(any(DelegateExecution.class), org.mockito.ArgumentMatchers.eq("TH2"));
        assertThat(task(InterAgencyTransfer.Element.Task_PartnerProcess.id())).hasDueDate(new ClockHours().days(9));
        complete(Task_SearchDatabase.id(), JudicialRecordCertificate.DATABASE_RESULT.name(), "noRecord", DossierProcess.OPINION.name(), "Không có");
        assertThat(task(Task_VerifyResidence.id())).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete(Task_VerifyResidence.id(), JudicialRecordCertificate.VERIFICATION_RESULT.name(), "Không có án tích tại nơi cư trú cũ");
        assertThat(dossier).isWaitingAt(CallActivity_PoliceCheck.id());
        fire(InterAgencyTransfer.Element.BoundaryEvent_PartnerDeadline.id());
        complete(InterAgencyTransfer.Element.Task_UrgePartner.id(), InterAgencyTransfer.URGE_NOTE.name(), "Đã đôn đốc");
        runtimeService().createMessageCorrelation("lien-thong-da-tra-loi").processInstanceBusinessKey(DOSSIER)
                .setVariable(InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed").setVariable(InterAgencyTransfer.PARTNER_REPLY.name(), "Không có án tích").correlate();
        assertThat(dossier).isWaitingAt(Task_Appraise.id()).variables().containsEntry(JudicialRecordCertificate.POLICE_REPLY.name(), "Không có án tích");
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "requestSupplement", DossierProcess.MISSING_ITEMS.name(), "Giấy tờ cư trú", DossierProcess.OPINION.name(), "Thiếu");
        complete(SupplementRequest.Element.Task_SendSupplementRequest.id(), SupplementRequest.SLIP_HANDED_OVER.name(), true);
        complete(SupplementRequest.Element.Task_ReceiveSupplement.id(), SupplementRequest.SUPPLEMENT_COMPLETE.name(), true, DossierProcess.OPINION.name(), "Đã nhận");
        assertThat(dossier).isWaitingAt(Task_Appraise.id());
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "propose", JudicialRecordCertificate.CRIMINAL_RECORD_STATUS.name(), "none", JudicialRecordCertificate.CERTIFICATE_NUMBER.name(), "126/LLTP", DossierProcess.OPINION.name(), "Đề nghị");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "sendBack", DossierProcess.OPINION.name(), "Xem lại");
        assertThat(dossier).isWaitingAt(Task_Appraise.id());
        draftReviewAndSign();
        signRejected(dossier, Task_Appraise.id());
        draftReviewAndSign();
        signApproved();
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "ONLINE");
        assertThat(dossier).isEnded().hasPassed(Task_VerifyResidence.id(), EndEvent_ResultReturned.id()).variables().containsEntry(ResultReturn.RETURN_METHOD.name(), "ONLINE");
    }

    @Test
    void shouldHaveTheResultSignedAgainBeforeSendingItByPost() throws Exception {
        ProcessInstance dossier = start();
        accept(JudicialRecordCertificate.FOREIGN_ELEMENT.name(), true);
        complete(InterAgencyTransfer.Element.Task_PartnerProcess.id(), InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_REPLY.name(), "Không có án tích");
        complete(Task_SearchDatabase.id(), JudicialRecordCertificate.DATABASE_RESULT.name(), "noRecord", DossierProcess.OPINION.name(), "Không có");
        complete(Task_VerifyResidence.id(), JudicialRecordCertificate.VERIFICATION_RESULT.name(), "Đã xác minh");
        draftReviewAndSign();
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
