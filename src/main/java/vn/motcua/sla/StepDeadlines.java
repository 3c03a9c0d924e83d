package vn.motcua.sla;

import static vn.motcua.dossier.DossierProcess.DOSSIER_ID;
import static vn.motcua.dossier.DossierProcess.PROCEDURE_CODE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.system.EngineTime;

/**
 * The bean {@code stepDeadlines} for user-task due dates, {@code ${stepDeadlines.due(execution)}}: the step
 * gets its share of the legal time (decision {@value #DECISION}, by procedure and step), counted in working
 * time from now and never beyond the legal due date.
 */
@Component("stepDeadlines")
public class StepDeadlines {

    public static final String DECISION = "thoi-han-buoc";

    private final DossierRegister register;
    private final DecisionService decisions;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    StepDeadlines(DossierRegister register, DecisionService decisions, WorkingCalendar calendar, ZoneId provinceZone) {
        this.register = register;
        this.decisions = decisions;
        this.calendar = calendar;
        this.zone = provinceZone;
    }

    public Date due(DelegateExecution execution) {
        Dossier dossier = register.get(DOSSIER_ID.require(execution));
        if (dossier.getDueAt() == null || dossier.getReceivedAt() == null) {
            throw new IllegalStateException("Hồ sơ " + dossier.getCode() + " chưa được tiếp nhận: chưa có hạn xử lý");
        }
        String step = execution.getCurrentActivityId();
        double percent = share(PROCEDURE_CODE.require(execution), step);
        LocalDateTime now = local(EngineTime.now());
        long total = calendar.workingMinutesBetween(local(dossier.getReceivedAt()), local(dossier.getDueAt()));
        Instant due = calendar.addWorkingMinutes(now, Math.round(total * percent / 100.0)).atZone(zone).toInstant();
        return Date.from(due.isAfter(dossier.getDueAt()) ? dossier.getDueAt() : due);
    }

    private double share(String procedureCode, String step) {
        // the decision is part of the model, not of the user's rights: evaluate it as the engine
        Object value = Context.getCommandContext().runWithoutAuthorization(() -> decisions
                .evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables().putValue("procedureCode", procedureCode).putValue("step", step))
                .evaluate()
                .getSingleEntry());
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Bảng quyết định " + DECISION + " không có thời hạn cho bước " + step
                    + " của thủ tục " + procedureCode);
        }
        return number.doubleValue();
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, zone);
    }
}
