package vn.motcua.sla;

import java.time.Duration;
import java.time.LocalDateTime;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.PausePolicy;

/**
 * The legal due date after a pause (DOMAIN.md, example C): resuming keeps the time that was left, counted
 * from the resumption; restarting counts the whole legal duration again from the resumption. Plain
 * arithmetic in local time on a {@link WorkingCalendar}.
 */
final class ResumedDueDate {

    private ResumedDueDate() {
    }

    static LocalDateTime of(WorkingCalendar calendar, PausePolicy policy, LocalDateTime pausedAt,
                            LocalDateTime dueBefore, LocalDateTime resumedAt, long amount, WorkingTimeUnit unit) {
        if (policy == PausePolicy.RESTART) {
            return calendar.dueDate(resumedAt, amount, unit, false);
        }
        if (unit == WorkingTimeUnit.CALENDAR_DAYS) {
            Duration left = Duration.between(pausedAt, dueBefore);
            return calendar.normalize(resumedAt.plus(left.isNegative() ? Duration.ZERO : left));
        }
        long left = calendar.workingMinutesBetween(pausedAt, dueBefore);
        return calendar.addWorkingMinutes(resumedAt, left);
    }
}
