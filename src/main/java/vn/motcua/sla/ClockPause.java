package vn.motcua.sla;

import java.time.Instant;

import jakarta.persistence.*;

/** One stop of a dossier's clock, from the request to the resumption. */
@Entity
@Table(name = "dossier_clock_pause")
class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PauseKind kind;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "due_before", nullable = false)
    private Instant dueBefore;

    @Column(name = "due_after")
    private Instant dueAfter;

    private String reason;

    protected ClockPause() {
    }

    ClockPause(Long dossierId, PauseKind kind, String agencyCode, Instant startedAt, Instant dueBefore, String reason) {
        this.dossierId = dossierId;
        this.kind = kind;
        this.agencyCode = agencyCode;
        this.startedAt = startedAt;
        this.dueBefore = dueBefore;
        this.reason = reason;
    }

    void end(Instant at, Instant newDue) {
        this.endedAt = at;
        this.dueAfter = newDue;
    }

    Long getId() { return id; }
    PauseKind getKind() { return kind; }
    String getAgencyCode() { return agencyCode; }
    Instant getStartedAt() { return startedAt; }
    Instant getEndedAt() { return endedAt; }
    Instant getDueBefore() { return dueBefore; }
    Instant getDueAfter() { return dueAfter; }
}
