package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The weekly pattern: sessions per weekday, and the sessions of a make-up working day. */
record WeeklySessions(Map<DayOfWeek, List<Session>> byDay, List<Session> makeUpDay) {

    WeeklySessions {
        Map<DayOfWeek, List<Session>> copy = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((d, s) -> copy.put(d, sorted(s)));
        byDay = Map.copyOf(copy);
        makeUpDay = sorted(makeUpDay);
        if (makeUpDay.isEmpty()) {
            throw new IllegalArgumentException("a make-up working day needs sessions");
        }
    }

    static WeeklySessions defaults() {
        return CalendarProperties.defaults().weekly();
    }

    List<Session> sessions(DayOfWeek day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** Whether the weekday has sessions (without holidays). */
    boolean isWorkingWeekday(LocalDate date) {
        return !sessions(date.getDayOfWeek()).isEmpty();
    }

    /** Minutes of a standard working day: the longest weekday (480 with the defaults). */
    long minutesPerWorkingDay() {
        return byDay.values().stream().mapToLong(l -> l.stream().mapToLong(Session::minutes).sum()).max()
                .orElseThrow(() -> new IllegalStateException("no weekday has working sessions"));
    }

    private static List<Session> sorted(List<Session> sessions) {
        List<Session> list = new ArrayList<>(sessions);
        list.sort(Comparator.comparing(Session::start));
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).start().isBefore(list.get(i - 1).end())) {
                throw new IllegalArgumentException("sessions overlap: " + list);
            }
        }
        return List.copyOf(list);
    }
}
