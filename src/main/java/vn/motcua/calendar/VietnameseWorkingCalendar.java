package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Vietnamese working calendar: the province's weekly sessions, the public holidays by rule (lunar ones at
 * UTC+7) and each year's official notice (days off and make-up working days from the database). Years are
 * cached; a change of a year's overrides invalidates that year, so deadlines computed afterwards use it.
 */
@Service
class VietnameseWorkingCalendar implements WorkingCalendar {

    private final WeeklySessions weekly;
    private final CalendarDayOverrideRepository overrides;
    private final WorkingTimeArithmetic arithmetic;
    private final Map<Integer, CalendarYear> years = new ConcurrentHashMap<>();

    VietnameseWorkingCalendar(CalendarProperties properties, CalendarDayOverrideRepository overrides) {
        this.weekly = properties.weekly();
        this.overrides = overrides;
        this.arithmetic = new WorkingTimeArithmetic(date -> year(date.getYear()).sessionsOn(date),
                weekly.minutesPerWorkingDay(), properties.afterHoursCutoff());
    }

    /** The year with its rules and overrides (cached). */
    CalendarYear year(int year) {
        CalendarYear cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        CalendarYear loaded = new CalendarYear(year, weekly,
                overrides.findByYearOrderByDate(year).stream().map(CalendarDayOverride::toDay).toList());
        years.putIfAbsent(year, loaded);
        return loaded;
    }

    /** Forgets the cached year now and, inside a transaction, again after it commits. */
    void invalidate(int year) {
        years.remove(year);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    years.remove(year);
                }
            });
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return arithmetic.isWorkingDay(date);
    }

    @Override
    public LocalDateTime normalize(LocalDateTime t) {
        return arithmetic.normalize(t);
    }

    @Override
    public LocalDateTime addWorkingMinutes(LocalDateTime start, long minutes) {
        return arithmetic.addWorkingMinutes(start, minutes);
    }

    @Override
    public LocalDateTime subtractWorkingMinutes(LocalDateTime end, long minutes) {
        return arithmetic.subtractWorkingMinutes(end, minutes);
    }

    @Override
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        return arithmetic.workingMinutesBetween(from, to);
    }

    @Override
    public long minutesPerWorkingDay() {
        return arithmetic.minutesPerWorkingDay();
    }

    @Override
    public LocalDateTime dueDate(LocalDateTime received, long amount, WorkingTimeUnit unit,
                                 boolean countFromNextWorkingDayAfter1500) {
        return arithmetic.dueDate(received, amount, unit, countFromNextWorkingDayAfter1500);
    }
}
