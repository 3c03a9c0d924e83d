package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TestCalendars;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.PausePolicy;

/** DOMAIN.md example C and the calendar-day case. */
class ResumedDueDateTest {

    final WorkingCalendar calendar = TestCalendars.domain2019();
    final LocalDateTime received = LocalDateTime.parse("2019-03-04T08:00");
    final LocalDateTime due = calendar.dueDate(received, 10, WorkingTimeUnit.WORKING_DAYS, false);
    final LocalDateTime paused = LocalDateTime.parse("2019-03-07T10:00");
    final LocalDateTime resumed = LocalDateTime.parse("2019-03-13T14:00");

    @Test
    void exampleC_resumeKeepsTheFiftyFourHoursThatWereLeft() {
        assertThat(due).isEqualTo("2019-03-18T08:00");
        assertThat(calendar.workingMinutesBetween(paused, due)).isEqualTo(54 * 60);
        assertThat(ResumedDueDate.of(calendar, PausePolicy.RESUME, paused, due, resumed, 10, WorkingTimeUnit.WORKING_DAYS))
                .isEqualTo("2019-03-22T10:30");
    }

    @Test
    void exampleC_restartCountsTheTenDaysAgainFromTheResubmission() {
        assertThat(ResumedDueDate.of(calendar, PausePolicy.RESTART, paused, due, resumed, 10, WorkingTimeUnit.WORKING_DAYS))
                .isEqualTo("2019-03-27T14:00");
    }

    @Test
    void calendarDaysKeepTheCalendarTimeLeftAndMoveOffADayOff() {
        LocalDateTime calendarDue = LocalDateTime.parse("2019-03-20T08:00");
        // paused Thu 07/03 10:00 with 12 d 22 h left; resumed Fri 15/03 09:00 → Thu 28/03 07:00 → first session 07:30
        assertThat(ResumedDueDate.of(calendar, PausePolicy.RESUME, paused, calendarDue, LocalDateTime.parse("2019-03-15T09:00"),
                15, WorkingTimeUnit.CALENDAR_DAYS)).isEqualTo("2019-03-28T07:30");
    }

    @Test
    void resumingRightAwayChangesNothing() {
        assertThat(ResumedDueDate.of(calendar, PausePolicy.RESUME, paused, due, paused, 10, WorkingTimeUnit.WORKING_DAYS))
                .isEqualTo(due);
    }
}
