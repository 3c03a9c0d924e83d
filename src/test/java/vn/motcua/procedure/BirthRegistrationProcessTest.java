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

import vn.motcua.process.BirthRegistration;

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
class BirthRegistrationProcessTest extends ProcedureProcessTest {

    BirthRegistrationProcessTest() {
        super(BirthRegistration.PROCESS_KEY, "motcua-tanphu", "motcua-tanphu", "lanhdao-ubnd-tanphu");
    }

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
