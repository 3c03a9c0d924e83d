package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
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

import static vn.motcua.process.HouseholdBusinessRegistration.Element.*;

import vn.motcua.process.Apology;
import vn.motcua.process.DossierLifecycle;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.HouseholdBusinessRegistration;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.SupplementRequest;

/**
 * Every path of "Đăng ký thành lập hộ kinh doanh" on an in-memory engine, with the shared signing and return
 * processes it calls. The register is replaced by
 * mocks: these tests are about the model; the register's side is tested with the application.
 */
@Deployment(resources = {"processes/dang-ky-ho-kinh-doanh.bpmn", "decisions/phan-cong-xu-ly.dmn",
        "processes/yeu-cau-bo-sung.bpmn", "processes/xin-loi-tre-han.bpmn", "processes/ky-so-ket-qua.bpmn",
        "processes/tra-ket-qua.bpmn",
        "forms/yeu-cau-bo-sung.gui-phieu.form", "forms/yeu-cau-bo-sung.tiep-nhan.form", "forms/xin-loi-tre-han.lap-phieu.form",
        "forms/ky-so-ket-qua.phe-duyet.form", "forms/tra-ket-qua.tra-ket-qua.form", "forms/tra-ket-qua.ky-lai.form",
        "forms/tra-ket-qua.gui-buu-chinh.form",
        "forms/dang-ky-ho-kinh-doanh.start.form", "forms/dang-ky-ho-kinh-doanh.kiem-tra.form",
        "forms/dang-ky-ho-kinh-doanh.tham-dinh.form", "forms/dang-ky-ho-kinh-doanh.trinh-ky.form"})
public class HouseholdBusinessRegistrationProcessTest {

    /** Stands in for the working-time beans: plain hours on the engine clock (working time is tested in calendar/). */
    public static class ClockHours {
        public Date hours(int hours) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(hours, ChronoUnit.HOURS));
        }

        public Date days(int days) {
            return hours(24 * days);
        }

        /** stepDeadlines.due(execution): four hours for every step. */
        public Date due(Object execution) {
            return hours(4);
        }
    }

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final Instant RECEIVED = Instant.parse("2019-01-31T02:00:00Z"); // Thu 31/01/2019 09:00 in Vietnam
    static final Instant DUE = Instant.parse("2019-02-12T02:00:00Z");
    static final Instant DUE_SOON = Instant.parse("2019-02-11T02:00:00Z");

    DossierLifecycle lifecycle = mock(DossierLifecycle.class);
    JavaDelegate markOverdue = mock(JavaDelegate.class);
    JavaDelegate warnDueSoon = mock(JavaDelegate.class);
    JavaDelegate pauseClock = mock(JavaDelegate.class);
    JavaDelegate resumeClock = mock(JavaDelegate.class);
    JavaDelegate issueApology = mock(JavaDelegate.class);
    JavaDelegate signResult = mock(JavaDelegate.class);
    JavaDelegate verifyResult = mock(JavaDelegate.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        Mocks.register("dossierRegistration", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            DossierProcess.DOSSIER_ID.set(execution, 7L);
            execution.setProcessBusinessKey("000.00.20.H10-190131-0001");
            DossierProcess.AGENCY_CODE.set(execution, "000.00.20.H10");
            DossierProcess.PROCEDURE_CODE.set(execution, "1.001612");
            DossierProcess.INTAKE_GROUP.set(execution, "motcua-dongxoai");
        });
        Mocks.register("receiveDossier", (JavaDelegate) execution -> {
            DossierProcess.DUE_DATE.set(execution, Date.from(DUE));
            DossierProcess.DUE_SOON_DATE.set(execution, Date.from(DUE_SOON));
        });
        Mocks.register("warnDossierDueSoon", warnDueSoon);
        Mocks.register("pauseDossierClock", pauseClock);
        Mocks.register("resumeDossierClock", resumeClock);
        Mocks.register("issueApology", issueApology);
        Mocks.register("signResult", signResult);
        Mocks.register("verifyResultBeforeReturn", verifyResult);
        Mocks.register("stepDeadlines", new ClockHours());
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
    void shouldReturnTheResultOfAnAcceptedDossier() throws Exception {
        ProcessInstance dossier = start();
        complete(task(Task_CheckDossier, dossier), withVariables(DossierProcess.COMPETENT.name(), true, DossierProcess.COMPLETE.name(), true, DossierProcess.INTAKE_DECISION.name(), "accept"));

        assertThat(dossier).hasPassed(Task_ReceiveDossier.id(), Task_DetermineHandlingUnit.id()).isWaitingAt(Task_Appraise.id());
        @SuppressWarnings("unchecked")
        Map<String, Object> routing = (Map<String, Object>) runtimeService().getVariable(dossier.getId(), DossierProcess.ROUTING.name());
        Assertions.assertThat(routing).containsEntry("handlerGroup", "chuyenvien-tckh-dongxoai").containsEntry("signerGroup", "lanhdao-ubnd-dongxoai");
        assertThat(task(Task_Appraise, dossier)).hasCandidateGroup("chuyenvien-tckh-dongxoai");

        appraiseReviewAndSign(dossier);
        assertThat(dossier).hasPassed(CallActivity_Sign.id()).isWaitingAt(CallActivity_ReturnResult.id());
        assertThat(task(ResultReturn.Element.Task_ReturnResult, dossier)).hasCandidateGroup("traketqua-dongxoai").hasDueDate(Date.from(DUE));
        ProcessInstance returning = calledProcessInstance(ResultReturn.PROCESS_KEY, dossier);
        complete(task(ResultReturn.Element.Task_ReturnResult, dossier), withVariables(ResultReturn.RETURN_METHOD.name(), "COUNTER", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A"));

        assertThat(returning).isEnded().hasPassed(ResultReturn.Element.Task_VerifyResult.id(), ResultReturn.Element.EndEvent_ReturnedAtCounter.id());
        assertThat(dossier).isEnded().hasPassed(CallActivity_ReturnResult.id(), EndEvent_ResultReturned.id());
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(dossier.getId())
                .variableName(ResultReturn.RETURN_METHOD.name()).singleResult().getValue()).as("the return's outputs come back").isEqualTo("COUNTER");
        verify(signResult).execute(any(DelegateExecution.class));
        verify(verifyResult).execute(any(DelegateExecution.class));
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
        complete(task(Task_CheckDossier, dossier), withVariables(DossierProcess.INTAKE_DECISION.name(), "supplement", DossierProcess.MISSING_ITEMS.name(), "Bản sao căn cước"));

        assertThat(dossier).isEnded().hasPassed(EndEvent_SupplementRequested.id()).hasNotPassed(Task_ReceiveDossier.id());
        verify(lifecycle).supplementRequestedAtIntake(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle);
    }

    @Test
    void shouldEndWithARefusalWhenNotCompetent() {
        ProcessInstance dossier = start();
        complete(task(Task_CheckDossier, dossier), withVariables(DossierProcess.INTAKE_DECISION.name(), "refuse", DossierProcess.REFUSAL_REASON.name(), "Không thuộc thẩm quyền"));

        assertThat(dossier).isEnded().hasPassed(EndEvent_DossierRefused.id()).hasNotPassed(Task_ReceiveDossier.id());
        verify(lifecycle).refused(any(DelegateExecution.class));
        verifyNoMoreInteractions(lifecycle);
    }

    @Test
    void shouldSendBackToAppraisalFromReviewAndFromSignature() {
        ProcessInstance dossier = accepted();
        complete(task(Task_Appraise, dossier), withVariables(DossierProcess.APPRAISAL_DECISION.name(), "propose", DossierProcess.OPINION.name(), "Đề nghị cấp"));
        complete(task(Task_Review, dossier), withVariables(DossierProcess.REVIEW_DECISION.name(), "sendBack", DossierProcess.OPINION.name(), "Xem lại ngành nghề"));
        assertThat(dossier).isWaitingAt(Task_Appraise.id());

        complete(task(Task_Appraise, dossier), withVariables(DossierProcess.APPRAISAL_DECISION.name(), "propose", DossierProcess.OPINION.name(), "Đã sửa"));
        complete(task(Task_Review, dossier), withVariables(DossierProcess.REVIEW_DECISION.name(), "approve"));
        complete(task(ResultSignature.Element.Task_Sign, dossier), withVariables(DossierProcess.SIGN_DECISION.name(), "reject",
                "signRejectReason", "Sai địa chỉ", DossierProcess.OPINION.name(), "Sai địa chỉ"));
        assertThat(dossier).isWaitingAt(Task_Appraise.id());
        verifyNoInteractions(signResult);

        appraiseReviewAndSign(dossier);
        assertThat(dossier).isWaitingAt(CallActivity_ReturnResult.id());
        complete(task(ResultReturn.Element.Task_ReturnResult, dossier), withVariables(ResultReturn.RETURN_METHOD.name(), "ONLINE"));
        assertThat(dossier).isEnded();
    }

    @Test
    void shouldMarkTheDossierOverdueAtTheLegalDeadlineAndGoOn() throws Exception {
        ProcessInstance dossier = accepted();
        Job timer = managementService().createJobQuery().processInstanceId(dossier.getId()).timers()
                .activityId(BoundaryEvent_LegalDeadline.id()).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(DUE));

        ClockUtil.setCurrentTime(Date.from(DUE.minusSeconds(60)));
        Assertions.assertThat(deadlineTimers().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));
        Assertions.assertThat(deadlineTimers().executable().count()).isOne();
        execute(timer);

        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(Task_MarkOverdue.id()).isWaitingAt(Task_Appraise.id(), CallActivity_Apology.id());
        ProcessInstance apology = calledProcessInstance(dossier);
        assertThat(apology).hasBusinessKey("000.00.20.H10-190131-0001").isWaitingAt(Apology.Element.Task_PrepareApology.id());
        assertThat(task(Apology.Element.Task_PrepareApology.id(), apology)).hasCandidateGroup("chuyenvien-tckh-dongxoai");
        complete(task(Apology.Element.Task_PrepareApology.id(), apology), withVariables(DossierProcess.NEW_APPOINTMENT_DATE.name(), "2019-02-14", DossierProcess.APOLOGY_REASON.name(), "Chờ xác minh"));
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_OverdueMarked.id());
        appraiseReviewAndSign(dossier);
        complete(task(ResultReturn.Element.Task_ReturnResult, dossier), withVariables(ResultReturn.RETURN_METHOD.name(), "POST", ResultReturn.RESULT_RECEIVER.name(), "Bưu điện"));
        complete(task(ResultReturn.Element.Task_SendByPost, dossier), withVariables(ResultReturn.POSTAL_TRACKING_NUMBER.name(), "EB123456789VN"));
        assertThat(dossier).isEnded();
    }

    @Test
    void shouldHaveTheResultSignedAgainWhenItWasChangedAfterSigning() throws Exception {
        ProcessInstance dossier = accepted();
        appraiseReviewAndSign(dossier);
        doThrow(new BpmnError("RESULT_NOT_VALID", "Bản kết quả đã bị thay đổi sau khi ký"))
                .doNothing().when(verifyResult).execute(any(DelegateExecution.class));
        ProcessInstance returning = calledProcessInstance(ResultReturn.PROCESS_KEY, dossier);
        complete(task(ResultReturn.Element.Task_ReturnResult, dossier), withVariables(ResultReturn.RETURN_METHOD.name(), "COUNTER", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A"));

        assertThat(returning).hasPassed(ResultReturn.Element.BoundaryEvent_ResultNotValid.id())
                .isWaitingAt(ResultReturn.Element.Task_ResignResult.id());
        assertThat(task(ResultReturn.Element.Task_ResignResult, dossier)).hasCandidateGroup("lanhdao-ubnd-dongxoai");
        complete(task(ResultReturn.Element.Task_ResignResult, dossier), withVariables(ResultReturn.RESIGN_CONFIRMED.name(), true));
        runAsync(ResultReturn.Element.Task_SignResultAgain);
        verify(signResult, times(2)).execute(any(DelegateExecution.class));
        assertThat(returning).isWaitingAt(ResultReturn.Element.Task_ReturnResult.id());
        complete(task(ResultReturn.Element.Task_ReturnResult, dossier), withVariables(ResultReturn.RETURN_METHOD.name(), "COUNTER", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A"));
        assertThat(dossier).isEnded().hasPassed(EndEvent_ResultReturned.id());
    }

    @Test
    void shouldWarnOneWorkingDayBeforeTheDueDate() throws Exception {
        ProcessInstance dossier = accepted();
        Job warning = managementService().createJobQuery().processInstanceId(dossier.getId()).timers()
                .activityId(BoundaryEvent_DueSoon.id()).singleResult();
        Assertions.assertThat(warning.getDuedate()).isEqualTo(Date.from(DUE_SOON));
        ClockUtil.setCurrentTime(Date.from(DUE_SOON.plusSeconds(1)));
        execute(warning);
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_DueSoonWarned.id()).isWaitingAt(Task_Appraise.id());
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(dossier.getId()).timers().count())
                .as("only the legal-deadline timer is left").isOne();
    }

    @Test
    void shouldPauseForASupplementAndGoBackToAppraisal() throws Exception {
        ProcessInstance dossier = accepted();
        complete(task(Task_Appraise, dossier), withVariables(DossierProcess.APPRAISAL_DECISION.name(), "requestSupplement",
                "missingItems", "Bản sao hợp đồng thuê địa điểm", DossierProcess.OPINION.name(), "Thiếu hợp đồng thuê"));
        assertThat(dossier).isWaitingAt(CallActivity_RequestSupplement.id());
        ProcessInstance supplement = calledProcessInstance(dossier);
        assertThat(supplement).hasBusinessKey("000.00.20.H10-190131-0001").isWaitingAt(SupplementRequest.Element.Task_SendSupplementRequest.id());
        verify(pauseClock).execute(any(DelegateExecution.class));
        assertThat(task(SupplementRequest.Element.Task_SendSupplementRequest.id(), supplement)).hasCandidateGroup("motcua-dongxoai");
        complete(task(SupplementRequest.Element.Task_SendSupplementRequest.id(), supplement), withVariables(SupplementRequest.SLIP_HANDED_OVER.name(), true));
        complete(task(SupplementRequest.Element.Task_ReceiveSupplement.id(), supplement), withVariables(SupplementRequest.SUPPLEMENT_COMPLETE.name(), true, DossierProcess.OPINION.name(), "Đã nhận hợp đồng"));
        verify(resumeClock).execute(any(DelegateExecution.class));
        assertThat(supplement).isEnded();
        assertThat(dossier).isWaitingAt(Task_Appraise.id());
    }

    @Test
    void shouldResumeWhenTheSupplementComesInOnline() throws Exception {
        ProcessInstance dossier = accepted();
        complete(task(Task_Appraise, dossier), withVariables(DossierProcess.APPRAISAL_DECISION.name(), "requestSupplement",
                "missingItems", "Bản sao hợp đồng thuê địa điểm", DossierProcess.OPINION.name(), "Thiếu hợp đồng thuê"));
        ProcessInstance supplement = calledProcessInstance(dossier);
        complete(task(SupplementRequest.Element.Task_SendSupplementRequest.id(), supplement), withVariables(SupplementRequest.SLIP_HANDED_OVER.name(), true));
        // the portal's resubmission (POST /api/dossiers/{code}/supplements) sends this message for the dossier code
        runtimeService().createMessageCorrelation(vn.motcua.process.DossierProcess.SUPPLEMENT_RESUBMITTED_MESSAGE)
                .processInstanceBusinessKey("000.00.20.H10-190131-0001").correlate();
        assertThat(supplement).isEnded().hasPassed(SupplementRequest.Element.BoundaryEvent_SupplementSubmittedOnline.id(), SupplementRequest.Element.Task_ResumeClock.id());
        verify(resumeClock).execute(any(DelegateExecution.class));
        assertThat(dossier).isWaitingAt(Task_Appraise.id());
    }

    private static org.camunda.bpm.engine.runtime.JobQuery deadlineTimers() {
        return managementService().createJobQuery().timers().activityId(BoundaryEvent_LegalDeadline.id());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY,
                withVariables(DossierProcess.APPLICANT_NAME.name(), "Nguyễn Văn A", DossierProcess.APPLICANT_ID_NUMBER.name(), "079190001234"));
    }

    private ProcessInstance accepted() {
        ProcessInstance dossier = start();
        complete(task(Task_CheckDossier, dossier), withVariables(DossierProcess.COMPETENT.name(), true, DossierProcess.COMPLETE.name(), true, DossierProcess.INTAKE_DECISION.name(), "accept"));
        return dossier;
    }

    private void appraiseReviewAndSign(ProcessInstance dossier) {
        complete(task(Task_Appraise, dossier), withVariables(DossierProcess.APPRAISAL_DECISION.name(), "propose", HouseholdBusinessRegistration.REGISTRATION_NUMBER.name(), "44A8001234", DossierProcess.OPINION.name(), "Đề nghị cấp"));
        assertThat(task(Task_Review, dossier)).hasCandidateGroup("lanhdao-tckh-dongxoai");
        complete(task(Task_Review, dossier), withVariables(DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý"));
        assertThat(dossier).isWaitingAt(CallActivity_Sign.id());
        assertThat(calledProcessInstance(ResultSignature.PROCESS_KEY, dossier)).hasBusinessKey("000.00.20.H10-190131-0001");
        assertThat(task(ResultSignature.Element.Task_Sign, dossier)).hasCandidateGroup("lanhdao-ubnd-dongxoai");
        complete(task(ResultSignature.Element.Task_Sign, dossier), withVariables(DossierProcess.SIGN_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Ký"));
        runAsync(ResultSignature.Element.Task_SignResult);
    }

    /** Runs the job of an asynchronous step (the signing), as the job executor would after the commit. */
    private static void runAsync(Enum<?> element) {
        org.camunda.bpm.engine.runtime.Job job = managementService().createJobQuery().messages().activityId(element.name()).singleResult();
        Assertions.assertThat(job).as("asynchronous step " + element.name()).isNotNull();
        execute(job);
    }

    /** The open task of that step of the dossier, in its own process or one it called (same business key). */
    private static org.camunda.bpm.engine.task.Task task(Enum<?> element, ProcessInstance dossier) {
        return task(element.name(), dossier);
    }

    private static org.camunda.bpm.engine.task.Task task(String taskKey, ProcessInstance instance) {
        return taskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(taskKey).singleResult();
    }
}
