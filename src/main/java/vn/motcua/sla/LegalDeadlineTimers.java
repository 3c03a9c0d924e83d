package vn.motcua.sla;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierProcess;

/**
 * Keeps the engine's SLA timers of a dossier in step with the register: every procedure names its legal
 * deadline timer {@code BoundaryEvent_LegalDeadline...} and its warning timer {@code BoundaryEvent_DueSoon...}.
 * While the clock is stopped they are suspended; when it runs again they get the new dates, so no stale
 * timer ever fires.
 */
@Component
public class LegalDeadlineTimers {

    public static final String LEGAL_DEADLINE_PREFIX = "BoundaryEvent_LegalDeadline";
    public static final String DUE_SOON_PREFIX = "BoundaryEvent_DueSoon";

    private final ManagementService management;
    private final RuntimeService runtime;

    LegalDeadlineTimers(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    public void suspend(String processInstanceId) {
        for (Job timer : slaTimers(processInstanceId)) {
            management.suspendJobById(timer.getId());
        }
    }

    public void reschedule(String processInstanceId, Instant due, Instant dueSoon) {
        runtime.setVariable(processInstanceId, DossierProcess.DUE_DATE.name(), Date.from(due));
        runtime.setVariable(processInstanceId, DossierProcess.DUE_SOON_DATE.name(), Date.from(dueSoon));
        for (Job timer : slaTimers(processInstanceId)) {
            String activity = activityOf(timer);
            management.setJobDuedate(timer.getId(), Date.from(activity.startsWith(LEGAL_DEADLINE_PREFIX) ? due : dueSoon));
            if (timer.isSuspended()) {
                management.activateJobById(timer.getId());
            }
        }
    }

    private java.util.List<Job> slaTimers(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .filter(job -> {
                    String activity = activityOf(job);
                    return activity.startsWith(LEGAL_DEADLINE_PREFIX) || activity.startsWith(DUE_SOON_PREFIX);
                })
                .toList();
    }

    private String activityOf(Job job) {
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null || definition.getActivityId() == null ? "" : definition.getActivityId();
    }
}
