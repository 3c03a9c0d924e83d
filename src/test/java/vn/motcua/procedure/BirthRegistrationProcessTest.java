package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static vn.motcua.process.BirthRegistration.Element.*;

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
import vn.motcua.process.BirthRegistration;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.ResultReturn;

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
        Assertions.assertThat(timer(BoundaryEvent_LegalDeadline.id()).getDuedate()).isEqualTo(java.util.Date.from(DUE));
        fire(BoundaryEvent_DueSoon.id());
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire(BoundaryEvent_LegalDeadline.id());
        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(task(Apology.Element.Task_PrepareApology.id())).hasCandidateGroup("tuphap-hotich-tanphu");
        complete(Apology.Element.Task_PrepareApology.id(), DossierProcess.NEW_APPOINTMENT_DATE.name(), "2019-03-29", DossierProcess.APOLOGY_REASON.name(), "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_DueSoonWarned.id(), EndEvent_OverdueMarked.id());
    }

    @Test
    void shouldRegisterTheBirthAndReturnTheCertificateAtTheCounter() throws Exception {
        ProcessInstance dossier = start();
        accept();
        assertThat(dossier).hasPassed(Task_ReceiveDossier.id(), Task_DetermineHandlingUnit.id()).isWaitingAt(Task_Appraise.id());
        Assertions.assertThat(mapVariable(dossier.getId(), DossierProcess.ROUTING.name())).containsEntry("handlingUnit", "Công chức Tư pháp - Hộ tịch phường Tân Phú");
        assertThat(task(Task_Appraise.id())).hasCandidateGroup("tuphap-hotich-tanphu");
        complete(Task_Appraise.id(), BirthRegistration.REGISTER_ENTRY.name(), "15/2019", BirthRegistration.CHILD_PERSONAL_ID.name(), "079219000123");
        signApproved();
        verify(signResult).execute(any(DelegateExecution.class));
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed(EndEvent_ProcessingDone.id(), EndEvent_ResultReturned.id());
        verify(lifecycle).startProcessing(any(DelegateExecution.class));
        verify(lifecycle).finishProcessing(any(DelegateExecution.class));
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void shouldGoBackToTheCivilStatusOfficerWhenTheChairmanRejects() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete(Task_Appraise.id(), BirthRegistration.REGISTER_ENTRY.name(), "15/2019", BirthRegistration.CHILD_PERSONAL_ID.name(), "079219000123");
        signRejected(dossier, Task_Appraise.id());
        complete(Task_Appraise.id(), BirthRegistration.REGISTER_ENTRY.name(), "15/2019", BirthRegistration.CHILD_PERSONAL_ID.name(), "079219000124");
        signApproved();
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "ONLINE");
        assertThat(dossier).isEnded().hasPassed(EndEvent_ResultReturned.id()).variables().containsEntry(ResultReturn.RETURN_METHOD.name(), "ONLINE");
    }

    @Test
    void shouldHaveTheResultSignedAgainBeforeSendingItByPost() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete(Task_Appraise.id(), BirthRegistration.REGISTER_ENTRY.name(), "15/2019", BirthRegistration.CHILD_PERSONAL_ID.name(), "079219000123");
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
