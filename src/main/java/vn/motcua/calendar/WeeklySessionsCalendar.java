package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;

/**
 * Interim calendar: sessions Monday-Friday 07:30-11:30 and 13:00-17:00, no holidays. Replaced by the full
 * Vietnamese calendar (holidays, make-up days) of the calendar issue.
 */
@Service
class WeeklySessionsCalendar implements WorkingCalendar {

    private static final LocalTime[][] SESSIONS = {
            {LocalTime.of(7, 30), LocalTime.of(11, 30)},
            {LocalTime.of(13, 0), LocalTime.of(17, 0)}};

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDateTime normalize(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        while (true) {
            if (isWorkingDay(day)) {
                for (LocalTime[] s : SESSIONS) {
                    LocalDateTime start = day.atTime(s[0]);
                    LocalDateTime end = day.atTime(s[1]);
                    if (t.isBefore(start)) {
                        return start;
                    }
                    if (t.isBefore(end)) {
                        return t;
                    }
                }
            }
            day = day.plusDays(1);
            t = day.atStartOfDay();
        }
    }

    @Override
    public LocalDateTime addWorkingMinutes(LocalDateTime start, long minutes) {
        LocalDateTime t = normalize(start);
        long left = minutes;
        while (true) {
            LocalDateTime end = sessionEnd(t);
            long available = ChronoUnit.MINUTES.between(t, end);
            if (left <= available) {
                return t.plusMinutes(left);
            }
            left -= available;
            t = normalize(end);
        }
    }

    @Override
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        long total = 0;
        LocalDateTime t = normalize(from);
        while (t.isBefore(to)) {
            LocalDateTime end = sessionEnd(t);
            total += ChronoUnit.MINUTES.between(t, end.isBefore(to) ? end : to);
            t = normalize(end);
        }
        return total;
    }

    @Override
    public long minutesPerWorkingDay() {
        return 480;
    }

    @Override
    public LocalDateTime dueDate(LocalDateTime received, long amount, WorkingTimeUnit unit,
                                 boolean countFromNextWorkingDayAfter1500) {
        LocalDateTime start = received;
        if (countFromNextWorkingDayAfter1500 && !received.toLocalTime().isBefore(LocalTime.of(15, 0))) {
            start = normalize(received.toLocalDate().plusDays(1).atStartOfDay());
        }
        return switch (unit) {
            case WORKING_DAYS -> addWorkingMinutes(start, amount * minutesPerWorkingDay());
            case WORKING_HOURS -> addWorkingMinutes(start, amount * 60);
            case CALENDAR_DAYS -> normalize(start.plusDays(amount));
        };
    }

    private LocalDateTime sessionEnd(LocalDateTime t) {
        for (LocalTime[] s : SESSIONS) {
            if (!t.toLocalTime().isBefore(s[0]) && t.toLocalTime().isBefore(s[1])) {
                return t.toLocalDate().atTime(s[1]);
            }
        }
        throw new IllegalStateException("not inside a session: " + t);
    }
}
