package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Day plans for tests: the default week, the rules, and the 2019 facts of DOMAIN.md as overrides. */
final class TestPlans {

    /** DOMAIN.md: Mon 29/04/2019 off, Sat 04/05/2019 worked (the rules give Tết 04-08/02 and 30/4, 1/5). */
    static final List<DayOverride> DOMAIN_2019 = List.of(
            new DayOverride(LocalDate.of(2019, 4, 29), OverrideKind.DAY_OFF, "Hoán đổi 30/4", "test"),
            new DayOverride(LocalDate.of(2019, 5, 4), OverrideKind.MAKE_UP_WORKING_DAY, "Làm bù 29/4", "test"));

    private TestPlans() {
    }

    static DayPlan plan(List<DayOverride> overrides) {
        WeeklySessions weekly = WeeklySessions.defaults();
        Map<Integer, CalendarYear> years = new ConcurrentHashMap<>();
        return date -> years.computeIfAbsent(date.getYear(), y -> new CalendarYear(y, weekly,
                overrides.stream().filter(o -> o.date().getYear() == y).toList())).sessionsOn(date);
    }

    static WorkingTimeArithmetic arithmetic(List<DayOverride> overrides) {
        return new WorkingTimeArithmetic(plan(overrides), 480, LocalTime.of(15, 0));
    }

    static WorkingTimeArithmetic domain2019() {
        return arithmetic(DOMAIN_2019);
    }
}
