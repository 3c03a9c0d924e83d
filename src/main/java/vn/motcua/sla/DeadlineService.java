package vn.motcua.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.DoubleSupplier;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.procedure.ProcedureCase;

/** Legal due dates of dossiers and the deadlines of their steps, in the province's working time. */
@Service
public class DeadlineService {

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    DeadlineService(WorkingCalendar calendar, ZoneId provinceZone) {
        this.calendar = calendar;
        this.zone = provinceZone;
    }

    /** The legal due date of a dossier received at the given time ({@link Dossier#legalDuration}). */
    public Instant legalDueDate(Dossier dossier, Instant receivedAt) {
        ProcedureCase procedureCase = dossier.getProcedureCase();
        LocalDateTime received = LocalDateTime.ofInstant(receivedAt, zone);
        LocalDateTime due = calendar.dueDate(received, dossier.legalDuration(),
                procedureCase.getDurationUnit(), procedureCase.isAfter1500NextDay());
        return due.atZone(zone).toInstant();
    }

    /**
     * The deadline of a step that starts now: its share (in percent, asked only once the dossier is known to
     * be received) of the dossier's legal time, counted in working time from now, and never beyond the legal
     * due date.
     */
    public Instant stepDue(Dossier dossier, DoubleSupplier share, Instant now) {
        if (dossier.getDueAt() == null || dossier.getReceivedAt() == null) {
            throw new IllegalStateException("Hồ sơ " + dossier.getCode() + " chưa được tiếp nhận: chưa có hạn xử lý");
        }
        long total = calendar.workingMinutesBetween(local(dossier.getReceivedAt()), local(dossier.getDueAt()));
        Instant due = calendar.addWorkingMinutes(local(now), Math.round(total * share.getAsDouble() / 100.0)).atZone(zone).toInstant();
        return due.isAfter(dossier.getDueAt()) ? dossier.getDueAt() : due;
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, zone);
    }
}
