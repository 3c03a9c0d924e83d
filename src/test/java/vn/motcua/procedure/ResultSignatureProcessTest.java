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
        complete(Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Ký");

        // the approval is committed; the signing waits for the job executor
        verify(signResult, never()).execute(any(DelegateExecution.class));
        assertThat(instance).isWaitingAt(Task_SignResult.id());
        runAsync(Task_SignResult.id());
        verify(signResult).execute(any(DelegateExecution.class));
        assertThat(instance).isEnded().hasPassed(Task_SignResult.id(), EndEvent_ResultSigned.id())
                .variables().containsEntry(SignedResultProcess.SIGNED_RESULT_ID.name(), 42L).containsEntry(DossierProcess.SIGN_DECISION.name(), "approve");
    }

    @Test
    void shouldRetryAFailedSigningThreeTimesFiveMinutesApartThenRaiseAnIncidentAnOperatorRetries() throws Exception {
        ProcessInstance instance = start();
        doThrow(new IllegalStateException("Không đọc được kho khóa /etc/motcua/keys/lanhdao.p12"))
                .doThrow(new IllegalStateException("Không đọc được kho khóa /etc/motcua/keys/lanhdao.p12"))
                .doThrow(new IllegalStateException("Không đọc được kho khóa /etc/motcua/keys/lanhdao.p12"))
                .doNothing().when(signResult).execute(any(DelegateExecution.class));
        complete(Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Ký");

        for (int left = 2; left >= 0; left--) {
            org.camunda.bpm.engine.runtime.Job job = managementService().createJobQuery().activityId(Task_SignResult.id()).singleResult();
            java.util.Date before = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(job.getId()))
                    .hasMessageContaining("Không đọc được kho khóa");
            org.camunda.bpm.engine.runtime.Job failed = managementService().createJobQuery().jobId(job.getId()).singleResult();
            org.assertj.core.api.Assertions.assertThat(failed.getRetries()).isEqualTo(left);
            if (left > 0) {
                org.assertj.core.api.Assertions.assertThat(failed.getDuedate()).as("next try in 5 minutes")
                        .isEqualTo(new java.util.Date(before.getTime() + 5 * 60_000));
            }
        }
        org.camunda.bpm.engine.runtime.Incident incident = runtimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(incident.getActivityId()).isEqualTo(Task_SignResult.id());
        org.assertj.core.api.Assertions.assertThat(incident.getIncidentMessage()).isEqualTo("Không đọc được kho khóa /etc/motcua/keys/lanhdao.p12");
        assertThat(instance).isWaitingAt(Task_SignResult.id()).variables().doesNotContainKey(SignedResultProcess.SIGNED_RESULT_ID.name());

        // the operator fixes the keystore and retries (Cockpit: "Retry")
        managementService().setJobRetries(incident.getConfiguration(), 1);
        org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
        runAsync(Task_SignResult.id());
        assertThat(instance).isEnded().hasPassed(EndEvent_ResultSigned.id());
        verify(signResult, times(4)).execute(any(DelegateExecution.class));
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
