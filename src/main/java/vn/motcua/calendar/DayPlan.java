package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

/** Which sessions a date has: none on a non-working day. The input of {@link WorkingTimeArithmetic}. */
@FunctionalInterface
interface DayPlan {

    /** The sessions of the date, sorted, non-overlapping; empty when the date is not a working day. */
    List<Session> sessionsOn(LocalDate date);
}
