package vn.motcua.procedure;

import static vn.motcua.process.DossierProcess.ProcedureElement.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static vn.motcua.process.DossierProcess.ProcedureElement.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

import vn.motcua.process.DossierLifecycle;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.InterAgencyTransfer;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.SignedResultProcess;

/**
 * Mock beans and small helpers shared by the process tests of the procedure library. The register, the SLA clock
 * and the signature service are mocks: these tests are about the models.
 */
public class ProcedureTestSupport {

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

    public static final Instant RECEIVED = Instant.parse("2019-03-04T01:00:00Z"); // Mon 04/03/2019 08:00 in Vietnam
    static final Instant DUE = Instant.parse("2019-03-25T01:00:00Z");
    static final Instant DUE_SOON = Instant.parse("2019-03-22T01:00:00Z");

    public final DossierLifecycle lifecycle = mock(DossierLifecycle.class);
    public final JavaDelegate markOverdue = mock(JavaDelegate.class);
    public final JavaDelegate warnDueSoon = mock(JavaDelegate.class);
    public final JavaDelegate pauseClock = mock(JavaDelegate.class);
    public final JavaDelegate resumeClock = mock(JavaDelegate.class);
    public final JavaDelegate awaitFinancialObligation = mock(JavaDelegate.class);
    public final JavaDelegate sendToPartner = mock(JavaDelegate.class);
    public final JavaDelegate issueApology = mock(JavaDelegate.class);
    public final JavaDelegate signResult = mock(JavaDelegate.class);
    public final JavaDelegate verifyResult = mock(JavaDelegate.class);

    /** Registers the beans of a dossier of the given procedure received at the given agency. */
    public void registerBeans(String procedureCode, String agencyCode, String intakeGroup, String dossierCode) {
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        Mocks.register("dossierRegistration", (ExecutionListener) execution -> {
            DossierProcess.DOSSIER_ID.set(execution, 7L);
            execution.setProcessBusinessKey(dossierCode);
            DossierProcess.DOSSIER_CODE.set(execution, dossierCode);
            DossierProcess.AGENCY_CODE.set(execution, agencyCode);
            DossierProcess.PROCEDURE_CODE.set(execution, procedureCode);
            DossierProcess.INTAKE_GROUP.set(execution, intakeGroup);
        });
        Mocks.register("receiveDossier", (JavaDelegate) execution -> {
            DossierProcess.DUE_DATE.set(execution, Date.from(DUE));
            DossierProcess.DUE_SOON_DATE.set(execution, Date.from(DUE_SOON));
        });
        Mocks.register("warnDossierDueSoon", warnDueSoon);
        Mocks.register("pauseDossierClock", pauseClock);
        Mocks.register("resumeDossierClock", resumeClock);
        Mocks.register("awaitFinancialObligation", awaitFinancialObligation);
        Mocks.register("issueApology", issueApology);
        Mocks.register("signResult", (JavaDelegate) execution -> {
            signResult.execute(execution);
            execution.setVariable(SignedResultProcess.SIGNED_RESULT_ID.name(), 42L);
        });
        Mocks.register("verifyResultBeforeReturn", verifyResult);
        Mocks.register("stepDeadlines", new ClockHours());
        Mocks.register("markDossierOverdue", markOverdue);
        Mocks.register("dossierLifecycle", lifecycle);
        Mocks.register("workingTime", new ClockHours());
        // liên thông: the part goes out through the LGSP (PartnerTransfers, tested apart); its id is the partner role
        Mocks.register("sendToPartnerAgency", (JavaDelegate) execution -> {
            sendToPartner.execute(execution);
            execution.setVariable(InterAgencyTransfer.PART_ID.name(), execution.getVariable(InterAgencyTransfer.PARTNER_ROLE.name()));
        });
    }

    public static void resetBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** The one open task of that step in the whole engine (each test runs one dossier). */
    public static Task task(String taskKey) {
        return taskQuery().taskDefinitionKey(taskKey).singleResult();
    }

    public static void complete(String taskKey, Object... variables) {
        Task task = task(taskKey);
        org.assertj.core.api.Assertions.assertThat(task).as("open task " + taskKey).isNotNull();
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        taskService().complete(task.getId(), values);
    }

    public static Job timer(String activityId) {
        return managementService().createJobQuery().timers().activityId(activityId).singleResult();
    }

    /** Moves the engine clock past the timer and runs it. */
    public static void fire(String activityId) {
        Job job = timer(activityId);
        org.assertj.core.api.Assertions.assertThat(job).as("timer " + activityId).isNotNull();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        execute(job);
    }

    static void accept(Object... extra) {
        Object[] variables = new Object[6 + extra.length];
        System.arraycopy(new Object[] {"competent", true, DossierProcess.COMPLETE.name(), true, DossierProcess.INTAKE_DECISION.name(), "accept"}, 0, variables, 0, 6);
        System.arraycopy(extra, 0, variables, 6, extra.length);
        complete(Task_CheckDossier.id(), variables);
    }

    /** The signer approves; the signing, which runs after the commit, then runs too. */
    static void signApproved() {
        complete(ResultSignature.Element.Task_Sign.id(), DossierProcess.SIGN_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Ký");
        runAsync(ResultSignature.Element.Task_SignResult.id());
    }

    /**
     * Runs the job of an asynchronous step ({@code camunda:asyncBefore}), which the job executor would run after the
     * commit of the step before; fails when the step is not waiting for its job.
     */
    public static void runAsync(String activityId) {
        Job job = managementService().createJobQuery().messages().activityId(activityId).singleResult();
        org.assertj.core.api.Assertions.assertThat(job).as("asynchronous step " + activityId).isNotNull();
        execute(job);
    }

    static void returnAtCounter() {
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "COUNTER", ResultReturn.RESULT_RECEIVER.name(), "Nguyễn Văn A");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapVariable(String processInstanceId, String name) {
        return (Map<String, Object>) runtimeService().getVariable(processInstanceId, name);
    }
}
