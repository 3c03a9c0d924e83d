package vn.motcua.procedure;

import static vn.motcua.process.DossierProcess.ProcedureElement.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static vn.motcua.process.DossierProcess.ProcedureElement.*;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.motcua.process.DossierProcess;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;

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
                withVariables(DossierProcess.APPLICANT_NAME.name(), "Nguyễn Văn A", DossierProcess.APPLICANT_ID_NUMBER.name(), "079190001234"));
    }

    @AfterEach
    void resetMockBeans() {
        resetBeans();
    }

    /** Return by post after the verification found the result changed and the signer signed it again. */
    void returnByPostAfterResigning(ProcessInstance dossier) throws Exception {
        doThrow(new BpmnError("RESULT_NOT_VALID", "Bản kết quả đã bị thay đổi sau khi ký"))
                .doNothing().when(verifyResult).execute(any(DelegateExecution.class));
        assertThat(task(ResultReturn.Element.Task_ReturnResult.id())).hasCandidateGroup(returnGroup);
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "POST", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A");
        assertThat(task(ResultReturn.Element.Task_ResignResult.id())).hasCandidateGroup(signerGroup);
        complete(ResultReturn.Element.Task_ResignResult.id(), ResultReturn.RESIGN_CONFIRMED.name(), true);
        runAsync(ResultReturn.Element.Task_SignResultAgain.id());
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "POST", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A");
        complete(ResultReturn.Element.Task_SendByPost.id(), ResultReturn.POSTAL_TRACKING_NUMBER.name(), "EB123456789VN");
        assertThat(dossier).isEnded().hasPassed(CallActivity_ReturnResult.id(), EndEvent_ResultReturned.id())
                .variables().containsEntry(ResultReturn.RETURN_METHOD.name(), "POST").containsEntry(ResultReturn.POSTAL_TRACKING_NUMBER.name(), "EB123456789VN");
        verify(lifecycle).resultReturned(any(DelegateExecution.class));
    }

    /** Signer rejects once with a reason; the dossier goes back to the given step. */
    void signRejected(ProcessInstance dossier, String backTo) {
        assertThat(task(ResultSignature.Element.Task_Sign.id())).hasCandidateGroup(signerGroup);
        complete(ResultSignature.Element.Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "reject", ResultSignature.SIGN_REJECT_REASON.name(), "Sai thông tin");
        assertThat(dossier).isWaitingAt(backTo).variables().containsEntry(ResultSignature.SIGN_REJECT_REASON.name(), "Sai thông tin");
    }

    @Test
    void shouldEndWithARefusalWhenNotCompetent() {
        ProcessInstance dossier = start();
        assertThat(task(Task_CheckDossier.id())).hasCandidateGroup(intakeGroup);
        complete(Task_CheckDossier.id(), DossierProcess.INTAKE_DECISION.name(), "refuse", DossierProcess.REFUSAL_REASON.name(), "Không thuộc thẩm quyền");
        assertThat(dossier).isEnded().hasPassed(EndEvent_DossierRefused.id()).hasNotPassed(Task_ReceiveDossier.id());
        verify(lifecycle).refused(any(DelegateExecution.class));
    }

    @Test
    void shouldEndWithASupplementRequestWhenIncompleteAtIntake() {
        ProcessInstance dossier = start();
        complete(Task_CheckDossier.id(), DossierProcess.INTAKE_DECISION.name(), "supplement", DossierProcess.MISSING_ITEMS.name(), "Bản sao căn cước");
        assertThat(dossier).isEnded().hasPassed(EndEvent_SupplementRequested.id()).hasNotPassed(Task_ReceiveDossier.id());
        verify(lifecycle).supplementRequestedAtIntake(any(DelegateExecution.class));
    }
}
