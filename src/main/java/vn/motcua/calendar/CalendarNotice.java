package vn.motcua.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year's official notice as recorded (table {@code calendar_notice}). */
@Entity
@Table(name = "calendar_notice")
class CalendarNotice {

    @Id
    @Column(name = "notice_year")
    private Integer year;

    @Column(nullable = false)
    private String notice;

    @Column(nullable = false)
    private boolean verified;

    private String note;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected CalendarNotice() {
    }

    CalendarNotice(int year) {
        this.year = year;
    }

    void update(String notice, boolean verified, String note, int revision, OffsetDateTime at, String by) {
        this.notice = notice;
        this.verified = verified;
        this.note = note;
        this.revision = revision;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    int getYear() {
        return year;
    }

    String getNotice() {
        return notice;
    }

    boolean isVerified() {
        return verified;
    }

    String getNote() {
        return note;
    }

    int getRevision() {
        return revision;
    }
}
