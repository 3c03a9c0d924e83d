package vn.motcua.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Motcua's engine history level {@value #NAME}: Camunda's {@code full} level without the two parts of the variable
 * history nobody reads. Kept: process, activity and task instances, identity links (who could and who did take a
 * step), the user operation log (what an operator changed in Cockpit or through the engine REST API), incidents,
 * the job log, decision evaluations, batches, and the last value of each variable of a process instance
 * ({@code ACT_HI_VARINST}) — among them what only the engine knows, such as how and to whom the result was returned
 * and whether the fee was collected at the counter. Not written:
 * <ul>
 * <li>{@code ACT_HI_DETAIL}: every value a variable ever had, and form fields;
 * <li>copies: the variables a called process (signature, return, supplement, apology, inter-agency step) holds only
 * because its call activity copied them in ({@code camunda:in variables="all"}), i.e. a variable of a called process
 * instance whose name the calling execution also has; and the task-local copies the dossier task listener puts on
 * each task for Tasklist, i.e. a task variable whose name the task's execution also has. They are the process's
 * values, whose history the process keeps; what a called process sets itself (a variable the caller does not have)
 * is kept, and what it hands back ({@code camunda:out}) is kept in the caller.
 * </ul>
 * The decision for a variable depends only on its process instance and its name, so its create, update and delete
 * events agree. The legal history of a dossier is the register's: the dossier row, its hand-overs
 * ({@code dossier_history}, printed as the control slip), supplements, apologies, the result and the document
 * register. Measured effect: docs/performance.md, "Engine history level".
 */
final class DossierHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "motcua";
    /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; Camunda's own levels are 0 to 3. */
    static final int ID = 103;

    static final Set<HistoryEventType> VARIABLE_INSTANCE = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (VARIABLE_INSTANCE.contains(eventType) && entity instanceof VariableInstanceEntity variable) {
            return !copied(variable);
        }
        return true;
    }

    /**
     * A copy: a task-local variable whose task's execution has a variable of the same name (the task listener shows
     * the dossier's data on each task that way), or a variable of a called process instance whose calling execution
     * has one (the call activity's {@code camunda:in variables="all"}).
     */
    static boolean copied(VariableInstanceEntity variable) {
        ExecutionEntity execution = variable.getExecution();
        if (execution == null) {
            return false;
        }
        if (variable.getTaskId() != null) {
            return execution.hasVariable(variable.getName());
        }
        ExecutionEntity caller = execution.getProcessInstance().getSuperExecution();
        return caller != null && caller.hasVariable(variable.getName());
    }
}
