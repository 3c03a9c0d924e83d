package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Public holidays by rule, and the compensatory days off they give. Labour Code 2012 Art. 115 (to 2020) and
 * Labour Code 2019 Art. 112 (from 2021): 1 January; Tết, the last day of the lunar year and the first four
 * of the new one; Hùng Kings' day (10/3 lunar); 30 April; 1 May; 2 September, plus from 2021 one adjacent day.
 * Valid from 2013 (earlier years had other rules).
 *
 * <p>Compensation: a holiday on a weekday without sessions gives a day off on the next working weekday that is
 * not itself a holiday. Tết is compensated as the annual notices 2020-2025 did it: the first compensatory day
 * on the working day just before the Tết block, the second just after it. The adjacent day of 2 September is
 * the one the notices 2021-2025 chose: 1 September when the 2nd is a Tuesday, Wednesday, Friday or Saturday,
 * otherwise 3 September. The official notice of each year can add further days off and make-up days
 * (overrides), and turn a day computed here back into a working day ({@link OverrideKind#RULE_DAY_WORKED}), so
 * the Prime Minister's placement of Tết and of the day next to 2/9 (Labour Code 2019 Art. 112(3)) can be entered.
 */
final class HolidayRules {

    static final int ADJACENT_NATIONAL_DAY_FROM = 2021;

    private HolidayRules() {
    }

    /** A day off by rule: a holiday (possibly on a weekend) or a compensatory day off. */
    record RuleDay(LocalDate date, String reason, boolean compensatory) {
    }

    /** Every day off by rule in the year, by date; {@code workingWeekday} tells the weekly pattern. */
    static NavigableMap<LocalDate, RuleDay> daysOff(int year, Predicate<LocalDate> workingWeekday) {
        NavigableMap<LocalDate, RuleDay> days = new TreeMap<>();
        holiday(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        List<LocalDate> tetBlock = new ArrayList<>();
        for (int i = -1; i <= 3; i++) {
            LocalDate d = tet.plusDays(i);
            tetBlock.add(d);
            holiday(days, d, i < 0 ? "Tết Nguyên đán (ngày cuối năm Âm lịch)" : "Tết Nguyên đán (mùng " + (i + 1) + ")");
        }
        LocalDate hungKings = VietnameseLunarCalendar.toSolar(year, 3, 10, false);
        holiday(days, hungKings, "Giỗ Tổ Hùng Vương (10/3 Âm lịch)");
        holiday(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        holiday(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        LocalDate nationalDay = MonthDay.of(9, 2).atYear(year);
        holiday(days, nationalDay, "Quốc khánh (2/9)");
        if (year >= ADJACENT_NATIONAL_DAY_FROM) {
            holiday(days, adjacentNationalDay(nationalDay), "Quốc khánh (ngày liền kề 2/9)");
        }

        // Tết: alternately before and after the block
        long tetWeekendDays = tetBlock.stream().filter(d -> !workingWeekday.test(d)).count();
        LocalDate before = tetBlock.get(0);
        LocalDate after = tetBlock.get(tetBlock.size() - 1);
        for (int i = 0; i < tetWeekendDays; i++) {
            if (i % 2 == 0) {
                before = step(before, -1, days, workingWeekday);
                compensate(days, before, "Nghỉ bù Tết Nguyên đán");
            } else {
                after = step(after, 1, days, workingWeekday);
                compensate(days, after, "Nghỉ bù Tết Nguyên đán");
            }
        }
        // the other holidays: the next working weekday that is free
        for (RuleDay h : List.copyOf(days.values())) {
            if (!h.compensatory() && !tetBlock.contains(h.date()) && !workingWeekday.test(h.date())) {
                LocalDate comp = step(h.date(), 1, days, workingWeekday);
                compensate(days, comp, "Nghỉ bù " + h.reason());
            }
        }
        return days;
    }

    /** 1 September when the 2nd is a Tuesday, Wednesday, Friday or Saturday, otherwise 3 September. */
    static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        DayOfWeek d = nationalDay.getDayOfWeek();
        boolean before = d == DayOfWeek.TUESDAY || d == DayOfWeek.WEDNESDAY || d == DayOfWeek.FRIDAY
                || d == DayOfWeek.SATURDAY;
        return before ? nationalDay.minusDays(1) : nationalDay.plusDays(1);
    }

    private static LocalDate step(LocalDate from, int direction, NavigableMap<LocalDate, RuleDay> days,
                                  Predicate<LocalDate> workingWeekday) {
        LocalDate d = from.plusDays(direction);
        for (int i = 0; i < 366; i++, d = d.plusDays(direction)) {
            if (workingWeekday.test(d) && !days.containsKey(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working weekday near " + from);
    }

    private static void holiday(NavigableMap<LocalDate, RuleDay> days, LocalDate date, String reason) {
        days.merge(date, new RuleDay(date, reason, false),
                (a, b) -> new RuleDay(date, a.reason() + "; " + b.reason(), false));
    }

    private static void compensate(NavigableMap<LocalDate, RuleDay> days, LocalDate date, String reason) {
        days.put(date, new RuleDay(date, reason, true));
    }
}
