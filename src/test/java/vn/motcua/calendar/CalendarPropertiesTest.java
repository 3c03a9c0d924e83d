package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

    private static CalendarProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("motcua.calendar", CalendarProperties.class);
    }

    @Test
    void defaultsAreMondayToFridayEightHoursAndCutOffAtThree() {
        CalendarProperties p = bind(Map.of());
        WeeklySessions week = p.weekly();
        assertThat(p.afterHoursCutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(week.minutesPerWorkingDay()).isEqualTo(480);
        assertThat(week.sessions(DayOfWeek.FRIDAY)).hasSize(2);
        assertThat(week.sessions(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(week.makeUpDay()).isEqualTo(week.sessions(DayOfWeek.MONDAY));
    }

    @Test
    void aProvinceCanSetItsOwnSessionsAndCutOff() {
        CalendarProperties p = bind(Map.of(
                "motcua.calendar.sessions.MONDAY", "07:00-11:00, 13:30-17:00",
                "motcua.calendar.sessions.SATURDAY", "07:30-11:30",
                "motcua.calendar.after-hours-cutoff", "16:00"));
        WeeklySessions week = p.weekly();
        assertThat(p.afterHoursCutoff()).isEqualTo(LocalTime.of(16, 0));
        assertThat(week.sessions(DayOfWeek.MONDAY)).containsExactly(
                new Session(LocalTime.of(7, 0), LocalTime.of(11, 0)), new Session(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        assertThat(week.sessions(DayOfWeek.SATURDAY)).hasSize(1);
        assertThat(week.sessions(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(week.minutesPerWorkingDay()).isEqualTo(450);
    }
}
