package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Working-time arithmetic in the province's local time (see DOMAIN.md, "Working time"). Every deadline
 * Motcua computes goes through this one service.
 */
public interface WorkingCalendar {

    /** Whether the date has working sessions (weekday not off, or a make-up working day). */
    boolean isWorkingDay(LocalDate date);

    /** The instant itself when inside a working session, otherwise the start of the next session. */
    LocalDateTime normalize(LocalDateTime t);

    /**
     * Adds working minutes: starts at {@link #normalize}, consumes session time, and ends at the end of a
     * session when the duration is used up exactly there (never rolls over to the next session start).
     */
    LocalDateTime addWorkingMinutes(LocalDateTime start, long minutes);

    /**
     * The latest instant from which the given working minutes lead to {@code end}, e.g. the moment one
     * working day before a due date.
     */
    LocalDateTime subtractWorkingMinutes(LocalDateTime end, long minutes);

    /** Working minutes between two instants (0 when {@code to} is not after {@code from}). */
    long workingMinutesBetween(LocalDateTime from, LocalDateTime to);

    /** Minutes in one working day (480 with the default sessions). */
    long minutesPerWorkingDay();

    /**
     * The due time of a legal duration counted from a receipt time.
     *
     * @param countFromNextWorkingDayAfter1500 the per-procedure rule: received after 15:00 counts from the
     *                                          start of the next working day
     */
    LocalDateTime dueDate(LocalDateTime received, long amount, WorkingTimeUnit unit,
                          boolean countFromNextWorkingDayAfter1500);
}
