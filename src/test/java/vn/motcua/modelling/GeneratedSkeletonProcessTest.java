package vn.motcua.modelling;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static vn.motcua.procedure.ProcedureTestSupport.complete;
import static vn.motcua.procedure.ProcedureTestSupport.fire;
import static vn.motcua.procedure.ProcedureTestSupport.task;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.procedure.ProcedureTestSupport;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.SupplementRequest;

/**
 * A generated skeleton deployed with the shared call activities, the routing and partner decisions, and run end to
 * end: intake, appraisal with a supplement, the tax office (liên thông), two reviews with a send-back, signature
 * with a rejection, return; and the timers. The register, clock and signature are mocks: this test is about the
 * generated model.
 */
class GeneratedSkeletonProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml").build();

    static final String DOSSIER = "000.00.20.H10-250804-0001";
    final ProcedureTestSupport beans = new ProcedureTestSupport();
    Skeleton skeleton;
    String deployment;

    @BeforeEach
    void deploy() {
        skeleton = Tables.landCertificate();
        deployment = deploy(skeleton);

        beans.registerBeans("1.013978", "000.00.20.H10", "motcua-dongxoai", DOSSIER);
    }

    /** The skeleton with the shared call activities, their forms and the decisions they read, in one deployment. */
    static String deploy(Skeleton skeleton) {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name(skeleton.plan().processKey());
        skeleton.files().forEach((path, text) -> builder.addString(path.substring(path.lastIndexOf('/') + 1), text));
        for (String shared : new String[] {"processes/ky-so-ket-qua.bpmn", "processes/tra-ket-qua.bpmn", "processes/xin-loi-tre-han.bpmn",
                "processes/yeu-cau-bo-sung.bpmn", "processes/lien-thong.bpmn", "decisions/phan-cong-xu-ly.dmn", "decisions/co-quan-phoi-hop.dmn",
                "forms/ky-so-ket-qua.phe-duyet.form", "forms/tra-ket-qua.tra-ket-qua.form", "forms/tra-ket-qua.ky-lai.form",
                "forms/tra-ket-qua.gui-buu-chinh.form", "forms/xin-loi-tre-han.lap-phieu.form", "forms/yeu-cau-bo-sung.gui-phieu.form",
                "forms/yeu-cau-bo-sung.tiep-nhan.form", "forms/lien-thong.xu-ly.form", "forms/lien-thong.don-doc.form"}) {
            builder.addClasspathResource(shared);
        }
        return builder.deploy().getId();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
        ProcedureTestSupport.resetBeans();
    }

    @Test
    void shouldRunADossierFromIntakeThroughEveryStepToTheReturn() throws Exception {
        ProcessInstance dossier = runtimeService().startProcessInstanceByKey("cap-gcn-lan-dau-sinh");
        assertThat(task("Task_CheckDossier")).hasCandidateGroup("motcua-dongxoai");
        Assertions.assertThat(task("Task_CheckDossier").getDueDate()).isEqualTo(Date.from(ProcedureTestSupport.RECEIVED.plus(4, ChronoUnit.HOURS)));
        complete("Task_CheckDossier", DossierProcess.INTAKE_DECISION.name(), "accept");
        assertThat(dossier).hasPassed("Task_ReceiveDossier", "Task_DetermineHandlingUnit").isWaitingAt("Task_Appraise");
        assertThat(task("Task_Appraise")).hasCandidateGroup("chuyenvien-vpdk-dongxoai");
        try (var form = formService().getDeployedTaskForm(task("Task_Appraise").getId())) {
            Assertions.assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"id\" : \"cap-gcn-lan-dau-sinh.tham-dinh\"", "appraisalDecision");
        }

        complete("Task_Appraise", "appraisalDecision", "requestSupplement", DossierProcess.MISSING_ITEMS.name(), "Sơ đồ thửa đất");
        complete(SupplementRequest.Element.Task_SendSupplementRequest.id());
        complete(SupplementRequest.Element.Task_ReceiveSupplement.id());
        verify(beans.pauseClock).execute(any(DelegateExecution.class));
        complete("Task_Appraise", "appraisalDecision", "propose");

        assertThat(task("Task_PartnerProcess")).hasCandidateGroup("thue-dongxoai");
        Assertions.assertThat(runtimeService().getVariable(task("Task_PartnerProcess").getProcessInstanceId(), "partnerRequest"))
                .isEqualTo("Chuyển thông tin địa chính đến cơ quan thuế");
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed", "partnerReply", "Đã xác định nghĩa vụ", "partnerDocumentNumber", "12/TB-CCT");
        Assertions.assertThat(runtimeService().getVariable(dossier.getId(), "partnerStep3Outcome")).isEqualTo("confirmed");

        assertThat(task("Task_Review")).hasCandidateGroup("lanhdao-vpdk-dongxoai");
        complete("Task_Review", "reviewDecision", "sendBack");
        complete("Task_Appraise", "appraisalDecision", "propose");
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed");
        complete("Task_Review", "reviewDecision", "approve");
        complete("Task_ReviewStep5", "reviewDecision", "approve");

        assertThat(task(ResultSignature.Element.Task_Sign.id())).hasCandidateGroup("lanhdao-ubnd-dongxoai");
        complete(ResultSignature.Element.Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "reject", ResultSignature.SIGN_REJECT_REASON.name(), "Sai diện tích");
        assertThat(dossier).isWaitingAt("Task_Appraise");
        complete("Task_Appraise", "appraisalDecision", "propose");
        complete("Task_PartnerProcess", "partnerOutcome", "confirmed");
        complete("Task_Review", "reviewDecision", "approve");
        complete("Task_ReviewStep5", "reviewDecision", "approve");
        complete(ResultSignature.Element.Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Ký");
        ProcedureTestSupport.runAsync(ResultSignature.Element.Task_SignResult.id());
        verify(beans.signResult).execute(any(DelegateExecution.class));

        assertThat(task(ResultReturn.Element.Task_ReturnResult.id())).hasCandidateGroup("traketqua-dongxoai");
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "COUNTER", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A");
        assertThat(dossier).isEnded().hasPassed("EndEvent_ProcessingDone", "EndEvent_ResultReturned", "CallActivity_RequestSupplement",
                "CallActivity_PartnerStep3", "Task_ReviewStep5");
        verify(beans.lifecycle).startProcessing(any(DelegateExecution.class));
        verify(beans.lifecycle).finishProcessing(any(DelegateExecution.class));
        verify(beans.lifecycle).resultReturned(any(DelegateExecution.class));
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void shouldWarnBeforeTheDueDateAndApologiseWhenLate() throws Exception {
        ProcessInstance dossier = runtimeService().startProcessInstanceByKey("cap-gcn-lan-dau-sinh");
        complete("Task_CheckDossier", DossierProcess.INTAKE_DECISION.name(), "accept");
        fire("BoundaryEvent_DueSoon");
        verify(beans.warnDueSoon).execute(any(DelegateExecution.class));
        fire("BoundaryEvent_LegalDeadline");
        verify(beans.markOverdue).execute(any(DelegateExecution.class));
        complete("Task_PrepareApology", DossierProcess.NEW_APPOINTMENT_DATE.name(), "2025-09-05", DossierProcess.APOLOGY_REASON.name(), "Chờ cơ quan thuế");
        verify(beans.issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed("EndEvent_DueSoonWarned", "EndEvent_OverdueMarked").isWaitingAt("Task_Appraise");
    }

    @Test
    void shouldEndAtIntakeWhenRefusedOrIncomplete() {
        ProcessInstance refused = runtimeService().startProcessInstanceByKey("cap-gcn-lan-dau-sinh");
        complete("Task_CheckDossier", DossierProcess.INTAKE_DECISION.name(), "refuse");
        assertThat(refused).isEnded().hasPassed("EndEvent_DossierRefused");
        ProcessInstance incomplete = runtimeService().startProcessInstanceByKey("cap-gcn-lan-dau-sinh");
        complete("Task_CheckDossier", DossierProcess.INTAKE_DECISION.name(), "supplement");
        assertThat(incomplete).isEnded().hasPassed("EndEvent_SupplementRequested");
    }

    /** Attack: analyst text full of expressions, markup and quotes comes out as inert text at run time. */
    @Test
    void shouldKeepHostileStepNamesInertWhenTheModelRuns() {
        Skeleton hostile = Tables.hostile();
        String extra = deploy(hostile);
        try {
            ProcessInstance dossier = runtimeService().startProcessInstanceByKey("thu-tuc-tan-cong");
            Task intake = task("Task_CheckDossier");
            Assertions.assertThat(intake.getName()).isEqualTo(Tables.HOSTILE[0].replace("${", "＄{"));
            complete("Task_CheckDossier", DossierProcess.INTAKE_DECISION.name(), "accept");
            Assertions.assertThat(task("Task_Appraise").getName()).isEqualTo(Tables.HOSTILE[1].replace("#{", "＃{"));
            complete("Task_Appraise", "appraisalDecision", "propose");
            Task partner = task("Task_PartnerProcess");
            Assertions.assertThat(runtimeService().getVariable(partner.getProcessInstanceId(), "partnerRequest"))
                    .as("the partner request is the step name, character for character").isEqualTo(Tables.HOSTILE[2]);
            Assertions.assertThat(runtimeService().getVariable(partner.getProcessInstanceId(), "partnerRole")).isEqualTo("THUE");
            complete("Task_PartnerProcess", "partnerOutcome", "confirmed");
            Assertions.assertThat(task("Task_Review").getName()).isEqualTo(Tables.HOSTILE[3]);
            assertThat(dossier).isActive();
        } finally {
            engine.getRepositoryService().deleteDeployment(extra, true);
        }
    }
}
