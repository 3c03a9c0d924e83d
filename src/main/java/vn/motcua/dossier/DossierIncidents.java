package vn.motcua.dossier;

import java.util.List;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier's record of its automatic steps that failed and waited for an operator (engine incidents), in the
 * caller's transaction (the engine's, when it opens or resolves an incident).
 */
@Service
@Transactional
public class DossierIncidents {

    /** Longest message kept (the column's size); the engine's full stack trace stays in its job log. */
    static final int MESSAGE_LENGTH = 2000;

    private final DossierIncidentRepository incidents;

    DossierIncidents(DossierIncidentRepository incidents) {
        this.incidents = incidents;
    }

    /** An incident opened on a step of the dossier; once per incident. */
    public void opened(Long dossierId, String incidentId, String step, String stepName, Instant at, String message) {
        if (incidents.findByIncidentId(incidentId).isPresent()) {
            return;
        }
        String text = message == null || message.isBlank() ? "(không có thông báo lỗi)" : message.strip();
        incidents.save(new DossierIncident(dossierId, incidentId, step, stepName == null ? step : stepName, at,
                text.length() > MESSAGE_LENGTH ? text.substring(0, MESSAGE_LENGTH - 1) + "…" : text));
    }

    /** The operator retried (or the incident went away with its job); nothing to do for an unknown incident. */
    public void resolved(String incidentId, Instant at) {
        incidents.findByIncidentId(incidentId).ifPresent(incident -> incident.resolved(at));
    }

    @Transactional(readOnly = true)
    public List<DossierIncident> of(Long dossierId) {
        return incidents.findByDossierIdOrderByIdAsc(dossierId);
    }
}
