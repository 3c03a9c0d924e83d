package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.DossierProcess;
import vn.motcua.dossier.HouseholdBusinessRegistration;

import static vn.motcua.dossier.HouseholdBusinessRegistration.Element.*;

/**
 * Every path of "Đăng ký thành lập hộ kinh doanh" on an in-memory engine. The register is replaced by
 * mocks: these tests are about the model; the register's side is tested with the application.
 */
@Deployment(resources = {"processes/dang-ky-ho-kinh-doanh.bpmn", "decisions/phan-cong-xu-ly.dmn",
        "forms/dang-ky-ho-kinh-doanh.start.form", "forms/dang-ky-ho-kinh-doanh.kiem-tra.form",
        "forms/dang-ky-ho-kinh-doanh.tham-dinh.form", "forms/dang-ky-ho-kinh-doanh.trinh-ky.form",
        "forms/dang-ky-ho-kinh-doanh.phe-duyet.form", "forms/dang-ky-ho-kinh-doanh.tra-ket-qua.form"})
public class HouseholdBusinessRegistrationProcessTest {

    /** Stands in for the working-time bean: plain hours on the engine clock (working time is tested in calendar/). */
    public static class ClockHours {
        public Date hours(int hours) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(hours, ChronoUnit.HOURS));
        }
    }

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final Instant RECEIVED = Instant.parse("2019-01-31T02:00:00Z"); // Thu 31/01/2019 09:00 in Vietnam
    static final Instant DUE = Instant.parse("2019-02-12T02:00:00Z");

    DossierLifecycle lifecycle = mock(DossierLifecycle.class);
    JavaDelegate markOverdue = mock(JavaDelegate.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        Mocks.register("dossierRegistration", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            DossierProcess.DOSSIER_ID.set(execution, 7L);
            execution.setProcessBusinessKey("000.00.20.H10-190131-0001");
            DossierProcess.AGENCY_CODE.set(execution, "000.00.20.H10");
            DossierProcess.PROCEDURE_CODE.set(execution, "2.000720");
            DossierProcess.INTAKE_GROUP.set(execution, "motcua-dongxoai");
        });
        Mocks.register("receiveDossier", (JavaDelegate) execution -> DossierProcess.DUE_DATE.set(execution, Date.from(DUE)));
        Mocks.register("markDossierOverdue", markOverdue);
        Mocks.register("dossierLifecycle", lifecycle);
        Mocks.register("workingTime", new ClockHours());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldReturnTheResultOfAnAcceptedDossier() {
        ProcessInstance dossier = start();
        complete(task(Task_CheckDossier, dossier), withVariables("competent", true, "complete", true, "intakeDecision", "accept"));

        assertThat(dossier).hasPassed(Task_ReceiveDossier.id(), Task_DetermineHandlingUnit.id()).isWaitingAt(Task_Appraise.id());
        @SuppressWarnings("unchecked")
        Map<String, Object> routing = (Map<String, Object>) runtimeService().getVariable(dossier.getId(), DossierProcess.ROUTING.name());
        Assertions.assertThat(routing).containsEntry("handlerGroup", "chuyenvien-tckh-dongxoai").containsEntry("signerGroup", "lanhdao-ubnd-dongxoai");
        assertThat(task(Task_Appraise, dossier)).hasCandidateGroup("chuyenvien-tckh-dongxoai");

        appraiseReviewAndSign(dossier);
        assertThat(task(Task_ReturnResult, dossier)).hasCandidateGroup("traketqua-dongxoai").hasDueDate(Date.from(DUE));
        complete(task(Task_ReturnResult, dossier), withVariables("returnMethod", "COUNTER", "resultReceiver", "Nguyễn Văn A"));

        assertThat(dossier).isEnded().hasPassed(EndEvent_ResultReturned.id());
        verify(lifecycle).startProcessing(any(DelegateExecution.class));
        verify(lifecycle).finishProcessing(any(DelegateExecution.class));
        verify(lifecycle).resultReturned(any(DelegateExecution.class));
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void shouldEndWithASupplementRequestWhenIncompleteAtIntake() {
        ProcessInstance dossier = start();
        assertThat(task(Task_CheckDossier, dossier)).hasCandidateGroup("motcua-dongxoai").hasDueDate(
                Date.from(RECEIVED.plus(8, ChronoUnit.HOURS)));
        complete(task(Task_CheckDossier, dossier), withVariables("intakeDecision", "supplement", "missingItems", "Bản sao căn cước"));

        assertThat(dossier).isEnded().hasPassed(EndEvent_SupplementRequested.id()).hasNotPassed(Task_ReceiveDossier.id());
        verify(lifecycle).supplementRequestedAtIntake(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle);
    }

    @Test
    void shouldEndWithARefusalWhenNotCompetent() {
        ProcessInstance dossier = start();
        complete(task(Task_CheckDossier, dossier), withVariables("intakeDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền"));

        assertThat(dossier).isEnded().hasPassed(EndEvent_DossierRefused.id()).hasNotPassed(Task_ReceiveDossier.id());
        verify(lifecycle).refused(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle);
    }

    @Test
    void shouldSendBackToAppraisalFromReviewAndFromSignature() {
        ProcessInstance dossier = accepted();
        complete(task(Task_Appraise, dossier), withVariables("opinion", "Đề nghị cấp"));
        complete(task(Task_Review, dossier), withVariables("reviewDecision", "sendBack", "opinion", "Xem lại ngành nghề"));
        assertThat(dossier).isWaitingAt(Task_Appraise.id());

        complete(task(Task_Appraise, dossier), withVariables("opinion", "Đã sửa"));
        complete(task(Task_Review, dossier), withVariables("reviewDecision", "approve"));
        complete(task(Task_Sign, dossier), withVariables("signDecision", "reject", "opinion", "Sai địa chỉ"));
        assertThat(dossier).isWaitingAt(Task_Appraise.id());

        appraiseReviewAndSign(dossier);
        assertThat(dossier).isWaitingAt(Task_ReturnResult.id());
    }

    @Test
    void shouldMarkTheDossierOverdueAtTheLegalDeadlineAndGoOn() throws Exception {
        ProcessInstance dossier = accepted();
        Job timer = managementService().createJobQuery().processInstanceId(dossier.getId()).timers().singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(DUE));

        ClockUtil.setCurrentTime(Date.from(DUE.minusSeconds(60)));
        Assertions.assertThat(managementService().createJobQuery().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));
        Assertions.assertThat(managementService().createJobQuery().executable().count()).isOne();
        execute(job(dossier));

        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_OverdueMarked.id()).isWaitingAt(Task_Appraise.id());
        appraiseReviewAndSign(dossier);
        complete(task(Task_ReturnResult, dossier), withVariables("returnMethod", "POST", "resultReceiver", "Bưu điện"));
        assertThat(dossier).isEnded();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY,
                withVariables("applicantName", "Nguyễn Văn A", "applicantIdNumber", "079190001234"));
    }

    private ProcessInstance accepted() {
        ProcessInstance dossier = start();
        complete(task(Task_CheckDossier, dossier), withVariables("competent", true, "complete", true, "intakeDecision", "accept"));
        return dossier;
    }

    private void appraiseReviewAndSign(ProcessInstance dossier) {
        complete(task(Task_Appraise, dossier), withVariables("registrationNumber", "44A8001234", "opinion", "Đề nghị cấp"));
        assertThat(task(Task_Review, dossier)).hasCandidateGroup("lanhdao-tckh-dongxoai");
        complete(task(Task_Review, dossier), withVariables("reviewDecision", "approve", "opinion", "Đồng ý"));
        assertThat(task(Task_Sign, dossier)).hasCandidateGroup("lanhdao-ubnd-dongxoai");
        complete(task(Task_Sign, dossier), withVariables("signDecision", "approve", "opinion", "Ký"));
    }

    private static org.camunda.bpm.engine.task.Task task(HouseholdBusinessRegistration.Element element, ProcessInstance dossier) {
        return taskQuery().processInstanceId(dossier.getId()).taskDefinitionKey(element.id()).singleResult();
    }
}
