package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.*;

/**
 * An automatic step of a dossier that failed after its retries and waits for an operator (an engine incident): the
 * step, when, the engine's message, and when it was retried ({@code resolvedAt}, null while it waits).
 */
@Entity
@Table(name = "dossier_incident")
public class DossierIncident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private String incidentId;

    @Column(nullable = false, updatable = false)
    private String step;

    @Column(name = "step_name", nullable = false, updatable = false)
    private String stepName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String message;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected DossierIncident() {
    }

    DossierIncident(Long dossierId, String incidentId, String step, String stepName, Instant occurredAt, String message) {
        this.dossierId = dossierId;
        this.incidentId = incidentId;
        this.step = step;
        this.stepName = stepName;
        this.occurredAt = occurredAt;
        this.message = message;
    }

    void resolved(Instant at) {
        if (resolvedAt == null) {
            resolvedAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getIncidentId() { return incidentId; }
    public String getStep() { return step; }
    public String getStepName() { return stepName; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getMessage() { return message; }
    public Instant getResolvedAt() { return resolvedAt; }
}
