package vn.motcua.modelling;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.DossierLifecycle;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.SignedResultProcess;
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
    static final Instant RECEIVED = Instant.parse("2025-08-04T01:00:00Z");
    static final Instant DUE = Instant.parse("2025-08-27T01:00:00Z");

    final DossierLifecycle lifecycle = mock(DossierLifecycle.class);
    final JavaDelegate signResult = mock(JavaDelegate.class);
    final JavaDelegate markOverdue = mock(JavaDelegate.class);
    final JavaDelegate warnDueSoon = mock(JavaDelegate.class);
    final JavaDelegate issueApology = mock(JavaDelegate.class);
    final JavaDelegate pauseClock = mock(JavaDelegate.class);
    final JavaDelegate resumeClock = mock(JavaDelegate.class);
    Skeleton skeleton;
    String deployment;

    /** The working-time beans as plain hours on the engine clock (working time is tested in calendar/). */
    public static class Hours {
        public Date hours(int hours) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(hours, ChronoUnit.HOURS));
        }

        public Date days(int days) {
            return hours(24 * days);
        }

        public Date due(Object execution) {
            return hours(4);
        }
    }

    @BeforeEach
    void deploy() {
        skeleton = Tables.landCertificate();
        deployment = deploy(skeleton);

        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        Mocks.register("dossierRegistration", (ExecutionListener) execution -> {
            DossierProcess.DOSSIER_ID.set(execution, 7L);
            execution.setProcessBusinessKey(DOSSIER);
            DossierProcess.DOSSIER_CODE.set(execution, DOSSIER);
            DossierProcess.AGENCY_CODE.set(execution, "000.00.20.H10");
            DossierProcess.PROCEDURE_CODE.set(execution, "1.013978");
            DossierProcess.INTAKE_GROUP.set(execution, "motcua-dongxoai");
        });
        Mocks.register("receiveDossier", (JavaDelegate) execution -> {
            DossierProcess.DUE_DATE.set(execution, Date.from(DUE));
            DossierProcess.DUE_SOON_DATE.set(execution, Date.from(DUE.minus(1, ChronoUnit.DAYS)));
        });
        Mocks.register("signResult", (JavaDelegate) execution -> {
            signResult.execute(execution);
            execution.setVariable(SignedResultProcess.SIGNED_RESULT_ID.name(), 42L);
        });
        Mocks.register("verifyResultBeforeReturn", mock(JavaDelegate.class));
        Mocks.register("warnDossierDueSoon", warnDueSoon);
        Mocks.register("markDossierOverdue", markOverdue);
        Mocks.register("issueApology", issueApology);
        Mocks.register("pauseDossierClock", pauseClock);
        Mocks.register("resumeDossierClock", resumeClock);
        Mocks.register("dossierLifecycle", lifecycle);
        Mocks.register("stepDeadlines", new Hours());
        Mocks.register("workingTime", new Hours());
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
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldRunADossierFromIntakeThroughEveryStepToTheReturn() throws Exception {
        ProcessInstance dossier = runtimeService().startProcessInstanceByKey("cap-gcn-lan-dau-sinh");
        assertThat(task("Task_CheckDossier")).hasCandidateGroup("motcua-dongxoai");
        Assertions.assertThat(task("Task_CheckDossier").getDueDate()).isEqualTo(Date.from(RECEIVED.plus(4, ChronoUnit.HOURS)));
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
        verify(pauseClock).execute(any(DelegateExecution.class));
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
        verify(signResult).execute(any(DelegateExecution.class));

        assertThat(task(ResultReturn.Element.Task_ReturnResult.id())).hasCandidateGroup("traketqua-dongxoai");
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "COUNTER", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A");
        assertThat(dossier).isEnded().hasPassed("EndEvent_ProcessingDone", "EndEvent_ResultReturned", "CallActivity_RequestSupplement",
                "CallActivity_PartnerStep3", "Task_ReviewStep5");
        verify(lifecycle).startProcessing(any(DelegateExecution.class));
        verify(lifecycle).finishProcessing(any(DelegateExecution.class));
        verify(lifecycle).resultReturned(any(DelegateExecution.class));
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void shouldWarnBeforeTheDueDateAndApologiseWhenLate() throws Exception {
        ProcessInstance dossier = runtimeService().startProcessInstanceByKey("cap-gcn-lan-dau-sinh");
        complete("Task_CheckDossier", DossierProcess.INTAKE_DECISION.name(), "accept");
        fire("BoundaryEvent_DueSoon");
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire("BoundaryEvent_LegalDeadline");
        verify(markOverdue).execute(any(DelegateExecution.class));
        complete("Task_PrepareApology", DossierProcess.NEW_APPOINTMENT_DATE.name(), "2025-09-05", DossierProcess.APOLOGY_REASON.name(), "Chờ cơ quan thuế");
        verify(issueApology).execute(any(DelegateExecution.class));
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

    static Task task(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    static void complete(String key, Object... variables) {
        Task task = task(key);
        Assertions.assertThat(task).as("open task " + key).isNotNull();
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        taskService().complete(task.getId(), values);
    }

    static void fire(String activityId) {
        var job = managementService().createJobQuery().timers().activityId(activityId).singleResult();
        Assertions.assertThat(job).as("timer " + activityId).isNotNull();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        execute(job);
    }
}
