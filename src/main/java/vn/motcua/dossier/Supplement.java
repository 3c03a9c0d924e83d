package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.*;

/**
 * A supplement request (yêu cầu bổ sung, form 02): at intake (the dossier is not received) or during
 * processing (the clock pauses; at most one per agency, a rule of the SLA issue). The applicant's
 * resubmission closes it.
 */
@Entity
@Table(name = "dossier_supplement")
public class Supplement {

    /** When the request was made. */
    public enum Stage { INTAKE, PROCESSING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "missing_items", nullable = false)
    private String missingItems;

    private String reason;

    @Column(name = "resubmitted_at")
    private Instant resubmittedAt;

    @Column(name = "resubmitted_note")
    private String resubmittedNote;

    protected Supplement() {
    }

    Supplement(Long dossierId, Stage stage, Long agencyId, Instant requestedAt, String requestedBy,
               String missingItems, String reason) {
        this.dossierId = dossierId;
        this.stage = stage;
        this.agencyId = agencyId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.missingItems = missingItems;
        this.reason = reason;
    }

    void resubmitted(Instant at, String note) {
        if (resubmittedAt != null) {
            throw new IllegalStateException("Yêu cầu bổ sung đã được đáp ứng lúc " + resubmittedAt);
        }
        this.resubmittedAt = at;
        this.resubmittedNote = note;
    }

    public boolean isOpen() { return resubmittedAt == null; }
    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Stage getStage() { return stage; }
    public Long getAgencyId() { return agencyId; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public String getMissingItems() { return missingItems; }
    public String getReason() { return reason; }
    public Instant getResubmittedAt() { return resubmittedAt; }
    public String getResubmittedNote() { return resubmittedNote; }
}
