package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static vn.motcua.process.ResultSignature.Element.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.DossierProcess;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.SignedResultProcess;

/** Both paths of the shared call activity "Phê duyệt và ký số kết quả" (ky-so-ket-qua). */
@Deployment(resources = {"processes/ky-so-ket-qua.bpmn", "forms/ky-so-ket-qua.phe-duyet.form"})
class ResultSignatureProcessTest extends ProcedureTestSupport {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans("1.009974", "000.00.20.H10", "motcua-dongxoai", "000.00.20.H10-190304-0002");
    }

    @AfterEach
    void reset() {
        resetBeans();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ResultSignature.PROCESS_KEY, "000.00.20.H10-190304-0002",
                withVariables(DossierProcess.DOSSIER_ID.name(), 7L, DossierProcess.PROCEDURE_CODE.name(), "1.009974", DossierProcess.ROUTING.name(), Map.of("signerGroup", "lanhdao-ubnd-dongxoai")));
    }

    @Test
    void shouldSignTheResultWhenTheSignerApproves() throws Exception {
        ProcessInstance instance = start();
        assertThat(task(Task_Sign.id())).hasCandidateGroup("lanhdao-ubnd-dongxoai").hasDueDate(new ClockHours().hours(4));
        signApproved();
        verify(signResult).execute(any(DelegateExecution.class));
        assertThat(instance).isEnded().hasPassed(Task_SignResult.id(), EndEvent_ResultSigned.id())
                .variables().containsEntry(SignedResultProcess.SIGNED_RESULT_ID.name(), 42L).containsEntry(DossierProcess.SIGN_DECISION.name(), "approve");
    }

    @Test
    void shouldGoBackWithTheReasonWhenTheSignerRejects() throws Exception {
        ProcessInstance instance = start();
        complete(Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "reject", ResultSignature.SIGN_REJECT_REASON.name(), "Sai số thửa đất");
        verify(signResult, never()).execute(any(DelegateExecution.class));
        assertThat(instance).isEnded().hasPassed(EndEvent_SignRejected.id()).hasNotPassed(Task_SignResult.id())
                .variables().containsEntry(ResultSignature.SIGN_REJECT_REASON.name(), "Sai số thửa đất");
    }
}
