package vn.motcua.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.DossierIncidents;

/**
 * An automatic step of a dossier's process failed after its retries (a {@code failedJob} incident, such as the
 * signing of the result with an unreadable keystore), or its incident was resolved (an operator retried it in
 * Cockpit): the dossier's register says so ({@link DossierIncidents}). Called by the engine adapter's incident
 * handler, in the engine's transaction; a process without a dossier is left alone.
 */
@Component
public class DossierStepIncidents {

    private final DossierIncidents incidents;
    private final BusinessClock clock;

    DossierStepIncidents(DossierIncidents incidents, BusinessClock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    public void opened(VariableScope execution, String incidentId, String step, String stepName, String message) {
        Long dossierId = execution == null ? null : DossierProcess.DOSSIER_ID.get(execution);
        if (dossierId != null) {
            incidents.opened(dossierId, incidentId, step, stepName, clock.now(), message);
        }
    }

    public void resolved(String incidentId) {
        incidents.resolved(incidentId, clock.now());
    }
}
