package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Working-time arithmetic over a {@link DayPlan}: plain Java, no Spring, so that it can be tested on its own.
 * All instants are local times of the province.
 */
final class WorkingTimeArithmetic implements WorkingCalendar {

    /** No plan has ten years without a working day; beyond that the plan is broken. */
    private static final int MAX_IDLE_DAYS = 3660;

    private final DayPlan plan;
    private final long minutesPerWorkingDay;
    private final LocalTime afterHoursCutoff;

    WorkingTimeArithmetic(DayPlan plan, long minutesPerWorkingDay, LocalTime afterHoursCutoff) {
        if (minutesPerWorkingDay <= 0) {
            throw new IllegalArgumentException("a working day must have minutes: " + minutesPerWorkingDay);
        }
        this.plan = plan;
        this.minutesPerWorkingDay = minutesPerWorkingDay;
        this.afterHoursCutoff = afterHoursCutoff;
    }

    @Override
    public long minutesPerWorkingDay() {
        return minutesPerWorkingDay;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return !plan.sessionsOn(date).isEmpty();
    }

    /** {@code t} when inside a session ([start, end)), otherwise the start of the next session. */
    @Override
    public LocalDateTime normalize(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        for (int i = 0; i < MAX_IDLE_DAYS; i++) {
            for (Session s : plan.sessionsOn(day)) {
                if (time.isBefore(s.start())) {
                    return day.atTime(s.start());
                }
                if (time.isBefore(s.end())) {
                    return day.atTime(time);
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIDNIGHT;
        }
        throw new IllegalStateException("no working session within " + MAX_IDLE_DAYS + " days after " + t);
    }

    /**
     * Consumes {@code minutes} of working time from {@code normalize(start)}; a duration used up exactly at
     * the end of a session ends there (it never rolls over to the next session's start).
     */
    @Override
    public LocalDateTime addWorkingMinutes(LocalDateTime start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("working minutes cannot be negative: " + minutes);
        }
        LocalDateTime t = normalize(start);
        long left = minutes;
        while (true) {
            LocalDateTime end = t.toLocalDate().atTime(sessionContaining(t).end());
            long available = ChronoUnit.MINUTES.between(t, end);
            if (left <= available) {
                return t.plusMinutes(left);
            }
            left -= available;
            t = normalize(end);
        }
    }

    /** Working minutes in [from, to); 0 when {@code to} is not after {@code from}. */
    /**
     * The latest instant from which {@code minutes} working minutes lead to {@code end}: walks the sessions
     * backwards (used for warnings "one working day before the due date").
     */
    @Override
    public LocalDateTime subtractWorkingMinutes(LocalDateTime end, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("working minutes cannot be negative: " + minutes);
        }
        if (minutes == 0) {
            return end;
        }
        long left = minutes;
        LocalDate day = end.toLocalDate();
        LocalTime until = end.toLocalTime();
        for (int i = 0; i < MAX_IDLE_DAYS; i++) {
            List<Session> sessions = plan.sessionsOn(day);
            for (int s = sessions.size() - 1; s >= 0; s--) {
                Session session = sessions.get(s);
                LocalTime to = until.isBefore(session.end()) ? until : session.end();
                if (!to.isAfter(session.start())) {
                    continue;
                }
                long available = ChronoUnit.MINUTES.between(session.start(), to);
                if (left <= available) {
                    return day.atTime(to).minusMinutes(left);
                }
                left -= available;
            }
            day = day.minusDays(1);
            until = LocalTime.MAX;
        }
        throw new IllegalStateException("no working session within " + MAX_IDLE_DAYS + " days before " + end);
    }

    @Override
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        long total = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            for (Session s : plan.sessionsOn(day)) {
                LocalDateTime start = max(day.atTime(s.start()), from);
                LocalDateTime end = min(day.atTime(s.end()), to);
                if (start.isBefore(end)) {
                    total += ChronoUnit.MINUTES.between(start, end);
                }
            }
        }
        return total;
    }

    /**
     * The due time of {@code amount} units counted from {@code received}: working units are consumed as working
     * minutes; calendar days are added to the start and, when the last day is not a working day, the time limit
     * ends at the end of the next working day (Civil Code rule on time limits).
     */
    @Override
    public LocalDateTime dueDate(LocalDateTime received, long amount, WorkingTimeUnit unit,
                          boolean countFromNextWorkingDayAfterCutoff) {
        if (amount < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + amount);
        }
        LocalDateTime start = countFromNextWorkingDayAfterCutoff && received.toLocalTime().isAfter(afterHoursCutoff)
                ? normalize(received.toLocalDate().plusDays(1).atStartOfDay())
                : normalize(received);
        return switch (unit) {
            case WORKING_DAYS -> addWorkingMinutes(start, Math.multiplyExact(amount, minutesPerWorkingDay));
            case WORKING_HOURS -> addWorkingMinutes(start, Math.multiplyExact(amount, 60L));
            case CALENDAR_DAYS -> {
                LocalDateTime due = start.plusDays(amount);
                if (isWorkingDay(due.toLocalDate())) {
                    yield due;
                }
                LocalDate next = normalize(due).toLocalDate();
                List<Session> sessions = plan.sessionsOn(next);
                yield next.atTime(sessions.get(sessions.size() - 1).end());
            }
        };
    }

    private Session sessionContaining(LocalDateTime t) {
        for (Session s : plan.sessionsOn(t.toLocalDate())) {
            if (!t.toLocalTime().isBefore(s.start()) && t.toLocalTime().isBefore(s.end())) {
                return s;
            }
        }
        throw new IllegalStateException("not inside a session: " + t);
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
