package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's working week ({@code motcua.calendar.*}).
 *
 * @param sessions       sessions per weekday, each {@code HH:mm-HH:mm}; a weekday not listed has no sessions.
 *                       Default: Monday-Friday 07:30-11:30 and 13:00-17:00
 * @param makeUpSessions the sessions of a make-up working day (a Saturday or Sunday worked by notice);
 *                       default: Monday's sessions
 * @param afterHoursCutoff receipts at or after this time count from the next working day, for procedures
 *                       that say so (default 15:00)
 */
@ConfigurationProperties("motcua.calendar")
record CalendarProperties(Map<DayOfWeek, List<String>> sessions, List<String> makeUpSessions,
                          @DefaultValue("15:00") LocalTime afterHoursCutoff) {

    static final List<String> DEFAULT_DAY = List.of("07:30-11:30", "13:00-17:00");

    CalendarProperties {
        if (sessions == null || sessions.isEmpty()) {
            sessions = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                sessions.put(d, DEFAULT_DAY);
            }
        }
        if (makeUpSessions == null || makeUpSessions.isEmpty()) {
            makeUpSessions = sessions.getOrDefault(DayOfWeek.MONDAY, DEFAULT_DAY);
        }
        if (afterHoursCutoff == null) {
            afterHoursCutoff = LocalTime.of(15, 0);
        }
    }

    /** The defaults: Monday-Friday 07:30-11:30 and 13:00-17:00, cut-off 15:00. */
    static CalendarProperties defaults() {
        return new CalendarProperties(null, null, null);
    }

    /** The parsed weekly pattern. */
    WeeklySessions weekly() {
        Map<DayOfWeek, List<Session>> parsed = new EnumMap<>(DayOfWeek.class);
        sessions.forEach((day, list) -> parsed.put(day, list.stream().map(Session::parse).toList()));
        return new WeeklySessions(parsed, makeUpSessions.stream().map(Session::parse).toList());
    }
}
