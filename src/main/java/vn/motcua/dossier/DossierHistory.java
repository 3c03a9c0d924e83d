package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.*;

/**
 * One hand-over of a dossier (a row of the control slip, form 05): the step that hands over, who sent it,
 * when, against which step deadline, and the step and people that receive it.
 */
@Entity
@Table(name = "dossier_history")
public class DossierHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Column(name = "from_step", nullable = false)
    private String fromStep;

    @Column(name = "from_step_name", nullable = false)
    private String fromStepName;

    @Column(name = "to_step")
    private String toStep;

    @Column(name = "to_step_name")
    private String toStepName;

    private String sender;

    private String receiver;

    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    @Column(name = "step_deadline")
    private Instant stepDeadline;

    /** Early, on time or late against the step deadline; null for a step without deadline. */
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String note;

    /**
     * Wall-clock seconds the dossier spent in {@code fromStep}: from the previous hand-over (or, for the first, from
     * receipt, else submission) to this one; null when the dossier has neither. Written with the row (V156 filled it
     * for older rows) so that the per-step processing-time report is a plain aggregate (docs/performance.md).
     */
    @Column(name = "step_seconds", updatable = false)
    private Double stepSeconds;

    protected DossierHistory() {
    }

    DossierHistory(Long dossierId, String fromStep, String fromStepName, String sender, Instant handedAt,
                   Instant stepDeadline, Outcome outcome, String note, Double stepSeconds) {
        this.dossierId = dossierId;
        this.stepSeconds = stepSeconds;
        this.fromStep = fromStep;
        this.fromStepName = fromStepName;
        this.sender = sender;
        this.handedAt = handedAt;
        this.stepDeadline = stepDeadline;
        this.outcome = outcome;
        this.note = note;
    }

    void handTo(String step, String stepName, String receiver) {
        this.toStep = step;
        this.toStepName = stepName;
        this.receiver = receiver;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getFromStep() { return fromStep; }
    public String getFromStepName() { return fromStepName; }
    public String getToStep() { return toStep; }
    public String getToStepName() { return toStepName; }
    public String getSender() { return sender; }
    public String getReceiver() { return receiver; }
    public Instant getHandedAt() { return handedAt; }
    public Instant getStepDeadline() { return stepDeadline; }
    public Outcome getOutcome() { return outcome; }
    public String getNote() { return note; }
    public Double getStepSeconds() { return stepSeconds; }
}
