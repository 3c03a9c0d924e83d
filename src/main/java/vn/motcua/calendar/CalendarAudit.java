package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who changed the calendar, when and what (table {@code calendar_audit}). */
@Entity
@Table(name = "calendar_audit")
class CalendarAudit {

    enum Action { SEED, ADD, DELETE, NOTICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "calendar_year", nullable = false)
    private Integer year;

    @Column(name = "day_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private OverrideKind kind;

    private String detail;

    protected CalendarAudit() {
    }

    CalendarAudit(OffsetDateTime changedAt, String changedBy, Action action, int year, LocalDate date,
                  OverrideKind kind, String detail) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.year = year;
        this.date = date;
        this.kind = kind;
        this.detail = detail;
    }

    String getChangedBy() {
        return changedBy;
    }

    Action getAction() {
        return action;
    }

    LocalDate getDate() {
        return date;
    }

    OverrideKind getKind() {
        return kind;
    }
}
