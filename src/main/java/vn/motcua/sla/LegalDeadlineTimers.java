package vn.motcua.sla;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierProcess;

/**
 * Keeps the engine's SLA timers of a dossier in step with the register: every procedure names its legal
 * deadline timer {@code BoundaryEvent_LegalDeadline...} and its warning timer {@code BoundaryEvent_DueSoon...}.
 * While the clock is stopped they are suspended; when it runs again they get the new dates, so no stale
 * timer ever fires. Runs inside the engine command of the step that moved the clock (the same transaction
 * and entity cache, so the timers and the register change together).
 */
@Component
public class LegalDeadlineTimers {

    public static final String LEGAL_DEADLINE_PREFIX = "BoundaryEvent_LegalDeadline";
    public static final String DUE_SOON_PREFIX = "BoundaryEvent_DueSoon";

    public void suspend(String processInstanceId) {
        for (JobEntity timer : slaTimers(processInstanceId)) {
            timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        }
    }

    /** New dates for the timers, and for the variables forms show ({@code dueText} as slips write it). */
    public void reschedule(String processInstanceId, Instant due, Instant dueSoon, String dueText) {
        ExecutionEntity instance = commandContext().getExecutionManager().findExecutionById(processInstanceId);
        instance.setVariable(DossierProcess.DUE_DATE.name(), Date.from(due));
        instance.setVariable(DossierProcess.DUE_SOON_DATE.name(), Date.from(dueSoon));
        instance.setVariable(DossierProcess.DUE_DATE_TEXT.name(), dueText);
        for (JobEntity timer : slaTimers(processInstanceId)) {
            timer.setDuedate(Date.from(timer.getActivityId().startsWith(LEGAL_DEADLINE_PREFIX) ? due : dueSoon));
            timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
    }

    private List<JobEntity> slaTimers(String processInstanceId) {
        return commandContext().getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                .filter(job -> job instanceof TimerEntity && job.getActivityId() != null
                        && (job.getActivityId().startsWith(LEGAL_DEADLINE_PREFIX) || job.getActivityId().startsWith(DUE_SOON_PREFIX)))
                .toList();
    }

    private static CommandContext commandContext() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("SLA timers are moved only inside an engine command (a process step)");
        }
        return context;
    }
}
