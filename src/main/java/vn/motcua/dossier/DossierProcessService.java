package vn.motcua.dossier;

import static vn.motcua.dossier.DossierProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place the register's API talks to the engine: it starts a dossier's process (business key = the
 * dossier code, variable {@code dossierId}; the start listener {@code dossierRegistration} links it),
 * completes the intake task, tells a waiting process that a supplement came, and ends a withdrawn
 * dossier's process. Every call runs in the caller's transaction and as the calling user (the security
 * filter sets the engine's authentication), so engine authorizations apply.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class DossierProcessService {

    /** The intake decisions the intake gateway understands. */
    enum IntakeDecision {
        ACCEPT("accept"), SUPPLEMENT("supplement"), REFUSE("refuse");

        final String value;

        IntakeDecision(String value) {
            this.value = value;
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    DossierProcessService(RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The user the request runs as in the engine (set by the security filter), or null. */
    @Transactional(propagation = Propagation.SUPPORTS)
    String currentUser() {
        var current = identity.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** Starts the procedure's process for a registered dossier; it then waits at the intake task. */
    String start(Dossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DOSSIER_ID.name(), dossier.getId());
        ProcessInstance instance = runtime.startProcessInstanceByKey(dossier.getProcedure().getProcessKey(),
                dossier.getCode(), variables);
        return instance.getId();
    }

    /** The intake task of the dossier's process as the calling user sees it, if it waits there. */
    Task intakeTask(Dossier dossier) {
        if (dossier.getProcessInstanceId() == null) {
            return null;
        }
        return tasks.createTaskQuery().processInstanceId(dossier.getProcessInstanceId())
                .taskDefinitionKey(INTAKE_TASK).active().singleResult();
    }

    /** Completes the intake task with the decision; the process's listeners update the register. */
    void completeIntake(Task task, IntakeDecision decision, boolean competent, boolean complete,
                        List<String> componentsHandedIn, String refusalReason, String missingItems, String opinion) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INTAKE_DECISION.name(), decision.value);
        variables.put(COMPETENT.name(), competent);
        variables.put(COMPLETE.name(), complete);
        if (componentsHandedIn != null) {
            variables.put(COMPONENTS_HANDED_IN.name(), List.copyOf(componentsHandedIn));
        }
        if (refusalReason != null) {
            variables.put(REFUSAL_REASON.name(), refusalReason);
        }
        if (missingItems != null) {
            variables.put(MISSING_ITEMS.name(), missingItems);
        }
        if (opinion != null) {
            variables.put(OPINION.name(), opinion);
        }
        tasks.complete(task.getId(), variables);
    }

    /** A process waiting for a supplement during processing goes on; false when none waits. */
    boolean supplementResubmitted(Dossier dossier) {
        try {
            runtime.createMessageCorrelation(SUPPLEMENT_RESUBMITTED_MESSAGE)
                    .processInstanceBusinessKey(dossier.getCode())
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return false;
        }
    }

    /** Ends the dossier's process with the reason (withdrawal); nothing to do when it has already ended. */
    void end(Dossier dossier, String reason) {
        String id = dossier.getProcessInstanceId();
        if (id != null) {
            runtime.deleteProcessInstanceIfExists(id, reason, false, true, false, false);
        }
    }
}
