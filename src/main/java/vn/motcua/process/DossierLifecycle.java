package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.DossierRegister;

/**
 * Status changes of the register as BPMN listeners, e.g. on the processing sub-process
 * {@code ${dossierLifecycle.startProcessing(execution)}}; each also closes the open hand-over when the
 * dossier ends.
 */
@Component("dossierLifecycle")
public class DossierLifecycle {

    private final DossierRegister register;
    private final EngineAccess engine;
    private final BusinessClock clock;

    DossierLifecycle(DossierRegister register, EngineAccess engine, BusinessClock clock) {
        this.register = register;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The procedure case a decision found at intake (e.g. 15 days instead of 10 when verification is
     * needed) replaces the one chosen at submission, before the dossier is received and its due date fixed.
     */
    public void applyCase(DelegateExecution execution, String caseCode) {
        register.changeCase(DOSSIER_ID.require(execution), caseCode);
        CASE_CODE.set(execution, caseCode);
    }

    /** Status 4. */
    public void startProcessing(DelegateExecution execution) {
        if (ROUTING.get(execution) == null) {
            throw new IllegalStateException("Bảng quyết định phân công không có quy tắc cho thủ tục "
                    + PROCEDURE_CODE.get(execution) + " tại cơ quan " + AGENCY_CODE.get(execution));
        }
        register.startProcessing(DOSSIER_ID.require(execution));
    }

    /**
     * Status 9 with the outcome against the legal due date, when the processing scope completes. The same
     * end listener also fires when the scope is cancelled (the applicant withdrew the dossier, which ends its
     * process): then the register already says why the dossier ended, and nothing was processed.
     */
    public void finishProcessing(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        register.finishProcessing(DOSSIER_ID.require(execution), clock.now());
    }

    /** Status 10, the dossier ends. */
    public void resultReturned(DelegateExecution execution) {
        Long id = DOSSIER_ID.require(execution);
        register.returnResult(id, clock.now());
        ended(execution, id);
    }

    /** Status 3, the dossier ends with the refusal reason. */
    public void refused(DelegateExecution execution) {
        Long id = DOSSIER_ID.require(execution);
        register.refuse(id, clock.now(), REFUSAL_REASON.require(execution));
        ended(execution, id);
    }

    /** Incomplete at intake: not received, the applicant is told what is missing, the dossier ends. */
    public void supplementRequestedAtIntake(DelegateExecution execution) {
        Long id = DOSSIER_ID.require(execution);
        register.recordComponentsHandedIn(id, componentsHandedIn(execution));
        register.requestSupplementAtIntake(id, clock.now(), MISSING_ITEMS.require(execution), engine.currentUserId());
        ended(execution, id);
    }

    private void ended(DelegateExecution execution, Long id) {
        String name = execution.getCurrentActivityName();
        register.ended(id, execution.getCurrentActivityId(), name == null ? execution.getCurrentActivityId() : name);
    }
}
