package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The paths every procedure shares, tested once here for each procedure's test class: refusal and
 * supplement at intake, the signer's rejection, and a return by post after re-signing. A subclass names its
 * process and groups.
 */
abstract class ProcedureProcessTest extends ProcedureTestSupport {

    final String processKey;
    final String intakeGroup;
    final String returnGroup;
    final String signerGroup;

    ProcedureProcessTest(String processKey, String intakeGroup, String returnGroup, String signerGroup) {
        this.processKey = processKey;
        this.intakeGroup = intakeGroup;
        this.returnGroup = returnGroup;
        this.signerGroup = signerGroup;
    }

    /** A new dossier of the procedure, waiting at intake. */
    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(processKey,
                withVariables("applicantName", "Nguyễn Văn A", "applicantIdNumber", "079190001234"));
    }

    @AfterEach
    void resetMockBeans() {
        resetBeans();
    }

    /** Return by post after the verification found the result changed and the signer signed it again. */
    void returnByPostAfterResigning(ProcessInstance dossier) throws Exception {
        doThrow(new BpmnError("RESULT_NOT_VALID", "Bản kết quả đã bị thay đổi sau khi ký"))
                .doNothing().when(verifyResult).execute(any(DelegateExecution.class));
        assertThat(task("Task_ReturnResult")).hasCandidateGroup(returnGroup);
        complete("Task_ReturnResult", "returnMethod", "POST", "resultReceiver", "Nguyễn Văn A");
        assertThat(task("Task_ResignResult")).hasCandidateGroup(signerGroup);
        complete("Task_ResignResult", "resignConfirmed", true);
        complete("Task_ReturnResult", "returnMethod", "POST", "resultReceiver", "Nguyễn Văn A");
        complete("Task_SendByPost", "postalTrackingNumber", "EB123456789VN");
        assertThat(dossier).isEnded().hasPassed("CallActivity_ReturnResult", "EndEvent_ResultReturned")
                .variables().containsEntry("returnMethod", "POST").containsEntry("postalTrackingNumber", "EB123456789VN");
        verify(lifecycle).resultReturned(any(DelegateExecution.class));
    }

    /** Signer rejects once with a reason; the dossier goes back to the given step. */
    void signRejected(ProcessInstance dossier, String backTo) {
        assertThat(task("Task_Sign")).hasCandidateGroup(signerGroup);
        complete("Task_Sign", "signDecision", "reject", "signRejectReason", "Sai thông tin");
        assertThat(dossier).isWaitingAt(backTo).variables().containsEntry("signRejectReason", "Sai thông tin");
    }

    @Test
    void shouldEndWithARefusalWhenNotCompetent() {
        ProcessInstance dossier = start();
        assertThat(task("Task_CheckDossier")).hasCandidateGroup(intakeGroup);
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
}
