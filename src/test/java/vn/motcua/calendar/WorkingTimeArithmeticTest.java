package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingTimeArithmeticTest {

    private final WorkingTimeArithmetic calendar = TestPlans.domain2019();

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void exampleA_threeWorkingDaysAcrossTet2019() {
        assertThat(calendar.dueDate(at("2019-01-31T09:00"), 3, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(at("2019-02-12T09:00"));
    }

    @Test
    void exampleB_afterThreePmAndTheMakeUpSaturday() {
        assertThat(calendar.dueDate(at("2019-04-25T16:30"), 5, WorkingTimeUnit.WORKING_DAYS, true))
                .isEqualTo(at("2019-05-06T17:00"));
    }

    @Test
    void exampleB_withoutTheMakeUpSaturdayIsOneDayLater() {
        WorkingTimeArithmetic noMakeUp = TestPlans.arithmetic(List.of(TestPlans.DOMAIN_2019.get(0)));
        assertThat(noMakeUp.dueDate(at("2019-04-25T16:30"), 5, WorkingTimeUnit.WORKING_DAYS, true))
                .isEqualTo(at("2019-05-07T17:00"));
    }

    @Test
    void oneWorkingDayBeforeADueDateSkipsTetAndTheLunchBreak() {
        // example A's due date Tue 12/02/2019 09:00: one working day earlier is Mon 11/02, two are Fri 01/02
        assertThat(calendar.subtractWorkingMinutes(at("2019-02-12T09:00"), 480)).isEqualTo(at("2019-02-11T09:00"));
        assertThat(calendar.subtractWorkingMinutes(at("2019-02-12T09:00"), 960)).isEqualTo(at("2019-02-01T09:00"));
        // 4 h before 14:00 crosses the lunch break: 13:00-14:00 and 08:30-11:30
        assertThat(calendar.subtractWorkingMinutes(at("2019-03-05T14:00"), 240)).isEqualTo(at("2019-03-05T08:30"));
        // the make-up Saturday 04/05/2019 counts backwards too
        assertThat(calendar.subtractWorkingMinutes(at("2019-05-06T07:30"), 480)).isEqualTo(at("2019-05-04T07:30"));
    }

    @Test
    void exampleC_pauseAndResumeAndRestart() {
        LocalDateTime received = at("2019-03-04T08:00");
        long total = 10 * calendar.minutesPerWorkingDay();
        assertThat(calendar.dueDate(received, 10, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(at("2019-03-18T08:00"));

        LocalDateTime paused = at("2019-03-07T10:00");
        LocalDateTime resumed = at("2019-03-13T14:00");
        long used = calendar.workingMinutesBetween(received, paused);
        assertThat(used).isEqualTo(26 * 60);
        assertThat(calendar.addWorkingMinutes(resumed, total - used)).isEqualTo(at("2019-03-22T10:30"));

        // the same by the OpenCPS method: old due date plus the working time spent waiting
        long waiting = calendar.workingMinutesBetween(paused, resumed);
        assertThat(waiting).isEqualTo(34 * 60 + 30);
        assertThat(calendar.addWorkingMinutes(at("2019-03-18T08:00"), waiting)).isEqualTo(at("2019-03-22T10:30"));

        // restart policy: the full duration again from resubmission
        assertThat(calendar.addWorkingMinutes(resumed, total)).isEqualTo(at("2019-03-27T14:00"));
    }

    @Test
    void deadlineAcrossTheYearEnd() {
        // Mon 30/12 6.5 h, Tue 31/12 8 h, Wed 01/01/2020 holiday, Thu 02/01 8 h, Fri 03/01 1.5 h
        assertThat(calendar.dueDate(at("2019-12-30T09:00"), 3, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(at("2020-01-03T09:00"));
    }

    @Test
    void deadlineAcrossTet2020EndsAtASessionEndWhenExactlyUsedUp() {
        // Tết 2020 off Thu 23/01 - Wed 29/01: Wed 22/01 4 h, Thu 30/01 8 h, Fri 31/01 4 h -> 11:30, not 13:00
        assertThat(calendar.dueDate(at("2020-01-22T13:00"), 2, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(at("2020-01-31T11:30"));
    }

    @Test
    void makeUpSaturdayInTheMiddleOfADeadlineCountsItsSessions() {
        // Fri 03/05/2019 13:00 + 12 h: Fri 4 h, Sat 04/05 (make-up) 8 h -> Sat 17:00
        assertThat(calendar.addWorkingMinutes(at("2019-05-03T13:00"), 12 * 60)).isEqualTo(at("2019-05-04T17:00"));
        assertThat(calendar.workingMinutesBetween(at("2019-05-03T00:00"), at("2019-05-06T00:00"))).isEqualTo(16 * 60);
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2019, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2019, 4, 29))).isFalse();
    }

    @Test
    void normalizeMovesOutOfBreaksAndDaysOff() {
        assertThat(calendar.normalize(at("2019-03-04T06:00"))).isEqualTo(at("2019-03-04T07:30"));
        assertThat(calendar.normalize(at("2019-03-04T11:30"))).isEqualTo(at("2019-03-04T13:00"));
        assertThat(calendar.normalize(at("2019-03-04T12:15"))).isEqualTo(at("2019-03-04T13:00"));
        assertThat(calendar.normalize(at("2019-03-04T10:10"))).isEqualTo(at("2019-03-04T10:10"));
        assertThat(calendar.normalize(at("2019-03-08T17:00"))).isEqualTo(at("2019-03-11T07:30"));
        assertThat(calendar.normalize(at("2019-04-13T09:00"))).isEqualTo(at("2019-04-16T07:30")); // Hùng Kings → Mon 15/04 off
    }

    @Test
    void afterThreePmRuleOnlyWhenTheProcedureSaysSoAndOnlyAfterThree() {
        // Mon 15:30-17:00 1.5 h, Tue 07:30 + 2.5 h
        assertThat(calendar.dueDate(at("2019-03-04T15:30"), 4, WorkingTimeUnit.WORKING_HOURS, false))
                .isEqualTo(at("2019-03-05T10:00"));
        assertThat(calendar.dueDate(at("2019-03-04T15:30"), 4, WorkingTimeUnit.WORKING_HOURS, true))
                .isEqualTo(at("2019-03-05T11:30"));
        // at 15:00 sharp it is not yet "after 15:00": Mon 2 h, Tue 2 h
        assertThat(calendar.dueDate(at("2019-03-04T15:00"), 4, WorkingTimeUnit.WORKING_HOURS, true))
                .isEqualTo(at("2019-03-05T09:30"));
    }

    @Test
    void calendarDaysMoveOffANonWorkingLastDay() {
        // Mon 04/03/2019 09:00 + 10 days = Thu 14/03 09:00, a working day
        assertThat(calendar.dueDate(at("2019-03-04T09:00"), 10, WorkingTimeUnit.CALENDAR_DAYS, false))
                .isEqualTo(at("2019-03-14T09:00"));
        // Thu 25/04/2019 09:00 + 5 days = Tue 30/04 (holiday) -> end of Thu 02/05
        assertThat(calendar.dueDate(at("2019-04-25T09:00"), 5, WorkingTimeUnit.CALENDAR_DAYS, false))
                .isEqualTo(at("2019-05-02T17:00"));
    }

    @Test
    void rejectsNegativeDurations() {
        assertThatThrownBy(() -> calendar.addWorkingMinutes(at("2019-03-04T09:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
