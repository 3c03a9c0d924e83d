package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static vn.motcua.process.ResultReturn.Element.*;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.DossierProcess;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.SignedResultProcess;

/** Every path of the shared call activity "Trả kết quả" (tra-ket-qua). */
@Deployment(resources = {"processes/tra-ket-qua.bpmn", "forms/tra-ket-qua.tra-ket-qua.form", "forms/tra-ket-qua.ky-lai.form",
        "forms/tra-ket-qua.gui-buu-chinh.form"})
class ResultReturnProcessTest extends ProcedureTestSupport {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans("1.001612", "000.00.20.H10", "motcua-dongxoai", "000.00.20.H10-190304-0001");
    }

    @AfterEach
    void reset() {
        resetBeans();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ResultReturn.PROCESS_KEY, "000.00.20.H10-190304-0001",
                withVariables(DossierProcess.DOSSIER_ID.name(), 7L, SignedResultProcess.SIGNED_RESULT_ID.name(), 42L, DossierProcess.DUE_DATE.name(), Date.from(DUE),
                        "routing", Map.of("returnGroup", "traketqua-dongxoai", "signerGroup", "lanhdao-ubnd-dongxoai")));
    }

    @Test
    void shouldReturnAtTheCounterAfterCheckingTheSignature() throws Exception {
        ProcessInstance instance = start();
        assertThat(task(Task_ReturnResult.id())).hasCandidateGroup("traketqua-dongxoai").hasDueDate(Date.from(DUE));
        returnAtCounter();
        assertThat(instance).isEnded().hasPassed(Task_VerifyResult.id(), EndEvent_ReturnedAtCounter.id());
        verify(verifyResult).execute(any(DelegateExecution.class));
    }

    @Test
    void shouldReturnOnlineWithoutAReceiverName() {
        ProcessInstance instance = start();
        complete(Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "ONLINE");
        assertThat(instance).isEnded().hasPassed(EndEvent_ReturnedOnline.id());
    }

    @Test
    void shouldRecordThePostalItemWhenSentByPost() {
        ProcessInstance instance = start();
        complete(Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "POST", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A");
        assertThat(instance).isWaitingAt(Task_SendByPost.id());
        assertThat(task(Task_SendByPost.id())).hasCandidateGroup("traketqua-dongxoai");
        complete(Task_SendByPost.id(), ResultReturn.POSTAL_TRACKING_NUMBER.name(), "EB123456789VN");
        assertThat(instance).isEnded().hasPassed(EndEvent_SentByPost.id())
                .variables().containsEntry(ResultReturn.POSTAL_TRACKING_NUMBER.name(), "EB123456789VN");
    }

    @Test
    void shouldHaveTheResultSignedAgainWhenItIsNotValid() throws Exception {
        doThrow(new BpmnError(ResultReturn.RESULT_NOT_VALID, "Bản kết quả đã bị thay đổi sau khi ký"))
                .doNothing().when(verifyResult).execute(any(DelegateExecution.class));
        ProcessInstance instance = start();
        returnAtCounter();
        assertThat(instance).hasPassed(BoundaryEvent_ResultNotValid.id()).isWaitingAt(Task_ResignResult.id());
        assertThat(task(Task_ResignResult.id())).hasCandidateGroup("lanhdao-ubnd-dongxoai");
        complete(Task_ResignResult.id(), ResultReturn.RESIGN_CONFIRMED.name(), true);
        verify(signResult, never()).execute(any(DelegateExecution.class));
        runAsync(Task_SignResultAgain.id());
        verify(signResult).execute(any(DelegateExecution.class));
        assertThat(instance).isWaitingAt(Task_ReturnResult.id());
        returnAtCounter();
        assertThat(instance).isEnded().hasPassed(Task_SignResultAgain.id(), EndEvent_ReturnedAtCounter.id());
    }
}
