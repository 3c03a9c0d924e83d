package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One year of the calendar: the weekly sessions, the days off by rule ({@link HolidayRules}) and the
 * overrides of the year's notice. Immutable; plain Java.
 */
final class CalendarYear {

    /** Source shown for the days computed by rule. */
    static final String LAW = "Bộ luật Lao động";

    private final int year;
    private final WeeklySessions weekly;
    private final NavigableMap<LocalDate, HolidayRules.RuleDay> ruleDays;
    private final Map<LocalDate, DayOverride> overrides;

    CalendarYear(int year, WeeklySessions weekly, Collection<DayOverride> overrides) {
        this.year = year;
        this.weekly = weekly;
        this.ruleDays = HolidayRules.daysOff(year, weekly::isWorkingWeekday);
        Map<LocalDate, DayOverride> byDate = new TreeMap<>();
        for (DayOverride o : overrides) {
            if (o.date().getYear() != year) {
                throw new IllegalArgumentException("override " + o.date() + " is not in " + year);
            }
            byDate.put(o.date(), o);
        }
        this.overrides = byDate;
    }

    int year() {
        return year;
    }

    /**
     * The sessions of a date of this year: none on a day off, the make-up sessions on a make-up day, the
     * weekday's sessions on a rule day the notice turned back into a working day.
     */
    List<Session> sessionsOn(LocalDate date) {
        DayOverride o = overrides.get(date);
        if (o != null) {
            return switch (o.kind()) {
                case DAY_OFF -> List.of();
                case MAKE_UP_WORKING_DAY -> weekly.makeUpDay();
                case RULE_DAY_WORKED -> weekly.sessions(date.getDayOfWeek());
            };
        }
        if (ruleDays.containsKey(date)) {
            return List.of();
        }
        return weekly.sessions(date.getDayOfWeek());
    }

    /** Why the date is off without any override: a weekday without sessions or a rule day; null if worked. */
    String offWithoutOverride(LocalDate date) {
        HolidayRules.RuleDay r = ruleDays.get(date);
        if (r != null) {
            return r.reason();
        }
        return weekly.isWorkingWeekday(date) ? null : "ngày nghỉ hằng tuần";
    }

    DayOverride override(LocalDate date) {
        return overrides.get(date);
    }

    /** A date of the year as the admin sees it. */
    record Entry(LocalDate date, OverrideKind kind, String reason, String source, boolean byRule) {
    }

    /** The weekdays that are not worked (holidays, compensatory and notice days off), by date. */
    List<Entry> nonWorkingWeekdays() {
        List<Entry> list = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (!weekly.isWorkingWeekday(d) || !sessionsOn(d).isEmpty()) {
                continue;
            }
            DayOverride o = overrides.get(d);
            list.add(o != null
                    ? new Entry(d, OverrideKind.DAY_OFF, o.reason(), o.sourceNotice(), false)
                    : new Entry(d, OverrideKind.DAY_OFF, ruleDays.get(d).reason(), LAW, true));
        }
        return list;
    }

    /** The make-up working days of the year, by date. */
    List<Entry> makeUpDays() {
        return overridesOf(OverrideKind.MAKE_UP_WORKING_DAY);
    }

    /** The rule days the notice turned back into working days (a holiday placed elsewhere), by date. */
    List<Entry> ruleDaysWorked() {
        return overridesOf(OverrideKind.RULE_DAY_WORKED);
    }

    private List<Entry> overridesOf(OverrideKind kind) {
        return overrides.values().stream().filter(o -> o.kind() == kind)
                .map(o -> new Entry(o.date(), o.kind(), o.reason(), o.sourceNotice(), false)).toList();
    }
}
