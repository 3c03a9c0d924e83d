package vn.motcua.process;

import static vn.motcua.process.DossierProcess.DOSSIER_ID;
import static vn.motcua.process.DossierProcess.PROCEDURE_CODE;

import java.util.Date;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.sla.DeadlineService;

/**
 * The bean {@code stepDeadlines} for user-task due dates, {@code ${stepDeadlines.due(execution)}}: the step
 * gets its share of the legal time (decision {@value #DECISION}, by procedure and step), counted in working
 * time from now and never beyond the legal due date ({@link DeadlineService#stepDue}).
 */
@Component("stepDeadlines")
public class StepDeadlines {

    public static final String DECISION = "thoi-han-buoc";
    /** Inputs of the decision {@value #DECISION}. */
    static final String DECISION_PROCEDURE = "procedureCode";
    static final String DECISION_STEP = "step";

    private final DossierRegister register;
    private final DeadlineService deadlines;
    private final DecisionService decisions;
    private final EngineAccess engine;
    private final BusinessClock clock;

    StepDeadlines(DossierRegister register, DeadlineService deadlines, DecisionService decisions, EngineAccess engine,
                  BusinessClock clock) {
        this.register = register;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.engine = engine;
        this.clock = clock;
    }

    public Date due(DelegateExecution execution) {
        var dossier = register.get(DOSSIER_ID.require(execution));
        return Date.from(deadlines.stepDue(dossier,
                () -> share(PROCEDURE_CODE.require(execution), execution.getCurrentActivityId()), clock.now()));
    }

    private double share(String procedureCode, String step) {
        // the decision is part of the model, not of the user's rights: evaluate it as the engine
        Object value = engine.withoutAuthorization(() -> decisions
                .evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables().putValue(DECISION_PROCEDURE, procedureCode).putValue(DECISION_STEP, step))
                .evaluate()
                .getSingleEntry());
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Bảng quyết định " + DECISION + " không có thời hạn cho bước " + step
                    + " của thủ tục " + procedureCode);
        }
        return number.doubleValue();
    }
}
