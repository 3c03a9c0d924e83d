package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Working calendars for tests of other packages, without Spring or a database. */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** The 2019 calendar of DOMAIN.md's worked examples (Tết, 29/04 off, Saturday 04/05 worked). */
    public static WorkingCalendar domain2019() {
        WorkingTimeArithmetic arithmetic = TestPlans.domain2019();
        return new WorkingCalendar() {
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
            public LocalDateTime dueDate(LocalDateTime received, long amount, WorkingTimeUnit unit, boolean after1500) {
                return arithmetic.dueDate(received, amount, unit, after1500);
            }
        };
    }
}
