package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import vn.motcua.document.HouseholdBusinessCertificateTemplate;
import vn.motcua.engine.CamundaEngineAccess;
import vn.motcua.process.EngineAccess;
import vn.motcua.process.ResultRequests;
import vn.motcua.process.SignResultDelegate;
import vn.motcua.process.VerifyResultBeforeReturnDelegate;

/**
 * The two beans in a running engine, wired as docs/signatures.md says: the signer is the authenticated user,
 * signedResultId is a Long, and RESULT_NOT_VALID is caught by an error boundary event.
 */
@Deployment(resources = "vn/motcua/signature/signed-result-steps.bpmn")
class SignedResultStepsProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("vn/motcua/signature/signature-steps.camunda.cfg.xml").build();

    ProcessEngine engine;

    ResultSigning signing = mock(ResultSigning.class);
    SignedResults results = mock(SignedResults.class);
    SignatureVerifier verifier = mock(SignatureVerifier.class);

    @BeforeEach
    void wire() {
        engine = extension.getProcessEngine();
        EngineAccess access = new CamundaEngineAccess(engine);
        Mocks.register("signResult", new SignResultDelegate(signing,
                new ResultRequests(signing, engine.getTaskService(), access), access));
        Mocks.register("verifyResultBeforeReturn", new VerifyResultBeforeReturnDelegate(results, verifier));
        when(signing.fields("1.001612", null)).thenReturn(new HouseholdBusinessCertificateTemplate().fields());
        SignedResult stored = mock(SignedResult.class);
        when(stored.getId()).thenReturn(7L);
        when(signing.sign(any())).thenReturn(stored);
        when(results.load(7L)).thenReturn(Optional.of(new SignedResultFile(7L, 42L, "kq.pdf", "00", "lanhdao",
                Instant.now(), new byte[] {'%', 'P', 'D', 'F'}, true)));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private ProcessInstance startAs(String user) {
        engine.getIdentityService().setAuthenticatedUserId(user);
        return engine.getRuntimeService().startProcessInstanceByKey("signed-result-steps",
                SignedResultFlowTest.dossier());
    }

    private String waitingAt(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey();
    }

    @Test
    void shouldSignAsTheAuthenticatedUserAndGoOnToReturnWhenValid() {
        when(verifier.verify(any())).thenReturn(new VerificationReport(VerificationReport.Status.VALID, "Phạm Văn Hùng",
                Instant.now(), false, List.of(), 1, "Chữ ký số hợp lệ", "valid"));

        ProcessInstance instance = startAs("lanhdao");

        assertThat(waitingAt(instance)).isEqualTo("Task_ReturnResult");
        ArgumentCaptor<ResultSigning.Request> request = ArgumentCaptor.forClass(ResultSigning.Request.class);
        org.mockito.Mockito.verify(signing).sign(request.capture());
        assertThat(request.getValue().signerUserId()).isEqualTo("lanhdao");
        assertThat(request.getValue().issuingUnit()).isEqualTo("Phòng Tài chính - Kế hoạch thành phố Đồng Xoài");
        assertThat(request.getValue().fields()).containsEntry("registrationNumber", "44A8000001");
        Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
        assertThat(variables.get("signedResultId")).isEqualTo(7L);
        assertThat(variables).containsEntry("resultVerification", "VALID");
    }

    @Test
    void shouldRouteAModifiedResultThroughTheErrorBoundary() {
        when(verifier.verify(any())).thenReturn(new VerificationReport(VerificationReport.Status.MODIFIED_AFTER_SIGNING,
                "Phạm Văn Hùng", Instant.now(), false, List.of(), 1,
                "Tài liệu đã bị thêm nội dung sau khi ký (12 byte nằm ngoài phạm vi chữ ký).", "modified"));

        ProcessInstance instance = startAs("lanhdao");

        assertThat(waitingAt(instance)).isEqualTo("Task_SignAgain");
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .containsEntry("resultVerification", "MODIFIED_AFTER_SIGNING")
                .containsEntry("resultVerificationReason", "Tài liệu đã bị thêm nội dung sau khi ký (12 byte nằm ngoài phạm vi chữ ký).");
    }
}
