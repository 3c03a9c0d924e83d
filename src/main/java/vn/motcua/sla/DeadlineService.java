package vn.motcua.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.procedure.ProcedureCase;

/** Legal due dates of dossiers, in the province's working time. */
@Service
public class DeadlineService {

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    DeadlineService(WorkingCalendar calendar, ZoneId provinceZone) {
        this.calendar = calendar;
        this.zone = provinceZone;
    }

    /** The legal due date of a dossier received at the given time (online submissions may have their own duration). */
    public Instant legalDueDate(ProcedureCase procedureCase, boolean online, Instant receivedAt) {
        LocalDateTime received = LocalDateTime.ofInstant(receivedAt, zone);
        LocalDateTime due = calendar.dueDate(received, procedureCase.durationFor(online),
                procedureCase.getDurationUnit(), procedureCase.isAfter1500NextDay());
        return due.atZone(zone).toInstant();
    }
}
