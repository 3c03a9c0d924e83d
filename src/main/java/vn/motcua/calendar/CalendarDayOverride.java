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

/** A date of a year's official notice (table {@code calendar_day_override}). */
@Entity
@Table(name = "calendar_day_override")
class CalendarDayOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "override_year", nullable = false)
    private Integer year;

    @Column(name = "override_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OverrideKind kind;

    @Column(nullable = false)
    private String reason;

    @Column(name = "source_notice", nullable = false)
    private String sourceNotice;

    @Column(nullable = false)
    private boolean verified;

    private String note;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected CalendarDayOverride() {
    }

    CalendarDayOverride(DayOverride day, boolean verified, String note, OffsetDateTime createdAt, String createdBy) {
        this.year = day.date().getYear();
        this.date = day.date();
        this.kind = day.kind();
        this.reason = day.reason();
        this.sourceNotice = day.sourceNotice();
        this.verified = verified;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    DayOverride toDay() {
        return new DayOverride(date, kind, reason, sourceNotice);
    }

    LocalDate getDate() {
        return date;
    }

    OverrideKind getKind() {
        return kind;
    }

    boolean isVerified() {
        return verified;
    }
}
