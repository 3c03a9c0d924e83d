package vn.motcua.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the engine's SLA timers of a dossier in step with the register: every procedure names its legal
 * deadline timer {@code BoundaryEvent_LegalDeadline...} and its warning timer {@code BoundaryEvent_DueSoon...}.
 * While the clock is stopped they are suspended; when it runs again they get the new dates and run again, so
 * no stale timer ever fires. Only the engine's public API ({@link ManagementService}), in the transaction of
 * the step that moved the clock: the timers and the register change together. Moving timers belongs to the
 * model, not to the user's rights, so it runs without authorization checks.
 */
@Component
public class LegalDeadlineTimers {

    public static final String LEGAL_DEADLINE_PREFIX = "BoundaryEvent_LegalDeadline";
    public static final String DUE_SOON_PREFIX = "BoundaryEvent_DueSoon";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final EngineAccess engine;

    LegalDeadlineTimers(ManagementService management, RuntimeService runtime, EngineAccess engine) {
        this.management = management;
        this.runtime = runtime;
        this.engine = engine;
    }

    /** The clock stopped: the dossier's SLA timers wait, suspended. */
    public void suspend(String processInstanceId) {
        engine.withoutAuthorization(() -> {
            slaTimers(processInstanceId).keySet().forEach(management::suspendJobById);
            return null;
        });
    }

    /** New dates for the timers, and for the variables forms show ({@code dueText} as slips write it). */
    public void reschedule(String processInstanceId, Instant due, Instant dueSoon, String dueText) {
        engine.withoutAuthorization(() -> {
            Map<String, Object> variables = new HashMap<>();
            variables.put(DossierProcess.DUE_DATE.name(), Date.from(due));
            variables.put(DossierProcess.DUE_SOON_DATE.name(), Date.from(dueSoon));
            variables.put(DossierProcess.DUE_DATE_TEXT.name(), dueText);
            runtime.setVariables(processInstanceId, variables);
            Map<String, String> timers = slaTimers(processInstanceId);
            timers.forEach((jobId, activityId) ->
                    management.setJobDuedate(jobId, Date.from(activityId.startsWith(LEGAL_DEADLINE_PREFIX) ? due : dueSoon)));
            activateBeforeCommit(timers.keySet());
            return null;
        });
    }

    /**
     * Activation is a bulk update of the job rows, which the engine writes before the re-dated jobs in one
     * flush, so both in one command fail on the jobs' revision. The re-dated jobs are written when the step's
     * command ends; they are activated right after, in the same transaction, before it commits.
     */
    private void activateBeforeCommit(Set<String> jobIds) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("SLA timers are moved only inside a transaction (a process step)");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                engine.withoutAuthorization(() -> {
                    jobIds.forEach(management::activateJobById);
                    return null;
                });
            }
        });
    }

    /** The SLA timers of the process instance: job id → the timer's activity id. */
    private Map<String, String> slaTimers(String processInstanceId) {
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
        Map<String, String> activities = new HashMap<>();
        timers.stream().map(Job::getProcessDefinitionId).distinct()
                .flatMap(definition -> management.createJobDefinitionQuery().processDefinitionId(definition).list().stream())
                .forEach(definition -> activities.put(definition.getId(), definition.getActivityId()));
        Map<String, String> sla = new HashMap<>();
        for (Job timer : timers) {
            String activity = activities.get(timer.getJobDefinitionId());
            if (activity != null && (activity.startsWith(LEGAL_DEADLINE_PREFIX) || activity.startsWith(DUE_SOON_PREFIX))) {
                sla.put(timer.getId(), activity);
            }
        }
        return sla;
    }
}
