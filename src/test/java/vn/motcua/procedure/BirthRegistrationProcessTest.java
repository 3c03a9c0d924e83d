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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.dossier.BirthRegistration;

/** Every path of "Đăng ký khai sinh" at the commune: the short same-day path. */
@Deployment(resources = {"processes/dang-ky-khai-sinh.bpmn",
        "decisions/phan-cong-xu-ly.dmn",
        "processes/ky-so-ket-qua.bpmn",
        "processes/tra-ket-qua.bpmn",
        "processes/xin-loi-tre-han.bpmn",
        "forms/ky-so-ket-qua.phe-duyet.form",
        "forms/tra-ket-qua.tra-ket-qua.form",
        "forms/tra-ket-qua.ky-lai.form",
        "forms/tra-ket-qua.gui-buu-chinh.form",
        "forms/xin-loi-tre-han.lap-phieu.form",
        "forms/dang-ky-khai-sinh.start.form",
        "forms/dang-ky-khai-sinh.kiem-tra.form",
        "forms/dang-ky-khai-sinh.tham-dinh.form"})
class BirthRegistrationProcessTest extends ProcedureTestSupport {

    static final String DOSSIER = "000.20.31.H10-190304-0001";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans(BirthRegistration.PROCEDURE_CODE, "000.20.31.H10", "motcua-tanphu", DOSSIER);
    }

    @AfterEach
    void reset() {
        resetBeans();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(BirthRegistration.PROCESS_KEY,
                withVariables("applicantName", "Nguyễn Văn A", "applicantIdNumber", "079190001234"));
    }

    @Test
    void shouldEndWithARefusalWhenNotCompetent() {
        ProcessInstance dossier = start();
        assertThat(task("Task_CheckDossier")).hasCandidateGroup("motcua-tanphu");
        complete("Task_CheckDossier", "intakeDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền");
        assertThat(dossier).isEnded().hasPassed("EndEvent_DossierRefused").hasNotPassed("Task_ReceiveDossier");
        verify(lifecycle).refused(any(DelegateExecution.class));
    }

    @Test
    void shouldEndWithASupplementRequestWhenIncompleteAtIntake() {
        ProcessInstance dossier = start();
        complete("Task_CheckDossier", "intakeDecision", "supplement", "missingItems", "Bản sao căn cước");
        assertThat(dossier).isEnded().hasPassed("EndEvent_SupplementRequested").hasNotPassed("Task_ReceiveDossier");
        verify(lifecycle).supplementRequestedAtIntake(any(DelegateExecution.class));
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
        assertThat(task("Task_PrepareApology")).hasCandidateGroup("tuphap-hotich-tanphu");
        complete("Task_PrepareApology", "newAppointmentDate", "2019-03-29", "apologyReason", "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed("EndEvent_DueSoonWarned", "EndEvent_OverdueMarked");
    }

    /** Return by post after the verification found the result changed and the signer signed it again. */
    private void returnByPostAfterResigning(ProcessInstance dossier) throws Exception {
        doThrow(new BpmnError("RESULT_NOT_VALID", "Bản kết quả đã bị thay đổi sau khi ký"))
                .doNothing().when(verifyResult).execute(any(DelegateExecution.class));
        assertThat(task("Task_ReturnResult")).hasCandidateGroup("motcua-tanphu");
        complete("Task_ReturnResult", "returnMethod", "POST", "resultReceiver", "Nguyễn Văn A");
        assertThat(task("Task_ResignResult")).hasCandidateGroup("lanhdao-ubnd-tanphu");
        complete("Task_ResignResult", "resignConfirmed", true);
        complete("Task_ReturnResult", "returnMethod", "POST", "resultReceiver", "Nguyễn Văn A");
        complete("Task_SendByPost", "postalTrackingNumber", "EB123456789VN");
        assertThat(dossier).isEnded().hasPassed("CallActivity_ReturnResult", "EndEvent_ResultReturned")
                .variables().containsEntry("returnMethod", "POST").containsEntry("postalTrackingNumber", "EB123456789VN");
        verify(lifecycle).resultReturned(any(DelegateExecution.class));
    }

    /** Signer rejects once with a reason; the dossier goes back to the given step. */
    private void signRejected(ProcessInstance dossier, String backTo) {
        assertThat(task("Task_Sign")).hasCandidateGroup("lanhdao-ubnd-tanphu");
        complete("Task_Sign", "signDecision", "reject", "signRejectReason", "Sai thông tin");
        assertThat(dossier).isWaitingAt(backTo).variables().containsEntry("signRejectReason", "Sai thông tin");
    }

    @Test
    void shouldRegisterTheBirthAndReturnTheCertificateAtTheCounter() throws Exception {
        ProcessInstance dossier = start();
        accept();
        assertThat(dossier).hasPassed("Task_ReceiveDossier", "Task_DetermineHandlingUnit").isWaitingAt("Task_Appraise");
        Assertions.assertThat(mapVariable(dossier.getId(), "routing")).containsEntry("handlingUnit", "Công chức Tư pháp - Hộ tịch phường Tân Phú");
        assertThat(task("Task_Appraise")).hasCandidateGroup("tuphap-hotich-tanphu");
        complete("Task_Appraise", "registerEntry", "15/2019", BirthRegistration.CHILD_PERSONAL_ID.name(), "079219000123");
        signApproved();
        verify(signResult).execute(any(DelegateExecution.class));
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed("EndEvent_ProcessingDone", "EndEvent_ResultReturned");
        verify(lifecycle).startProcessing(any(DelegateExecution.class));
        verify(lifecycle).finishProcessing(any(DelegateExecution.class));
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void shouldGoBackToTheCivilStatusOfficerWhenTheChairmanRejects() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete("Task_Appraise", "registerEntry", "15/2019", "childPersonalId", "079219000123");
        signRejected(dossier, "Task_Appraise");
        complete("Task_Appraise", "registerEntry", "15/2019", "childPersonalId", "079219000124");
        signApproved();
        complete("Task_ReturnResult", "returnMethod", "ONLINE");
        assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned").variables().containsEntry("returnMethod", "ONLINE");
    }

    @Test
    void shouldHaveTheResultSignedAgainBeforeSendingItByPost() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete("Task_Appraise", "registerEntry", "15/2019", "childPersonalId", "079219000123");
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
