package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkingTimeProperties {

    private static final LocalDateTime ORIGIN = LocalDateTime.of(2019, 1, 1, 0, 0);
    private final WorkingTimeArithmetic calendar = TestPlans.domain2019();

    @Property
    void addingThenMeasuringGivesTheMinutesBack(@ForAll @IntRange(max = 11 * 366 * 24 * 60) int offset,
                                               @ForAll @IntRange(max = 60 * 480) int minutes) {
        LocalDateTime start = ORIGIN.plusMinutes(offset);
        LocalDateTime end = calendar.addWorkingMinutes(start, minutes);
        assertThat(calendar.workingMinutesBetween(start, end)).isEqualTo(minutes);
    }

    @Property
    void resultsNeverLandOutsideWorkingTime(@ForAll @IntRange(max = 11 * 366 * 24 * 60) int offset,
                                           @ForAll @IntRange(max = 60 * 480) int minutes) {
        LocalDateTime end = calendar.addWorkingMinutes(ORIGIN.plusMinutes(offset), minutes);
        List<Session> sessions = calendar.isWorkingDay(end.toLocalDate())
                ? TestPlans.plan(TestPlans.DOMAIN_2019).sessionsOn(end.toLocalDate()) : List.of();
        // inside a session, or (work used up exactly there) at a session's end, never in a break or a day off
        assertThat(sessions).anySatisfy(s -> assertThat(minutes > 0
                ? end.toLocalTime().isAfter(s.start()) && !end.toLocalTime().isAfter(s.end())
                : !end.toLocalTime().isBefore(s.start()) && end.toLocalTime().isBefore(s.end())).isTrue());
    }

    @Property
    void normalizeIsIdempotentAndSkipsNoWorkingTime(@ForAll @IntRange(max = 11 * 366 * 24 * 60) int offset) {
        LocalDateTime t = ORIGIN.plusMinutes(offset);
        LocalDateTime n = calendar.normalize(t);
        assertThat(n).isAfterOrEqualTo(t);
        assertThat(calendar.normalize(n)).isEqualTo(n);
        assertThat(calendar.workingMinutesBetween(t, n)).isZero();
    }

    @Property
    void workingMinutesAreAdditive(@ForAll @IntRange(max = 11 * 366 * 24 * 60) int a,
                                   @ForAll @IntRange(max = 30 * 24 * 60) int b,
                                   @ForAll @IntRange(max = 30 * 24 * 60) int c) {
        LocalDateTime t1 = ORIGIN.plusMinutes(a);
        LocalDateTime t2 = t1.plusMinutes(b);
        LocalDateTime t3 = t2.plusMinutes(c);
        assertThat(calendar.workingMinutesBetween(t1, t3))
                .isEqualTo(calendar.workingMinutesBetween(t1, t2) + calendar.workingMinutesBetween(t2, t3));
    }

    @Property
    void subtractingIsTheInverseOfMeasuring(@ForAll @IntRange(max = 11 * 366 * 24 * 60) int offset,
                                           @ForAll @IntRange(min = 1, max = 20 * 480) int minutes) {
        LocalDateTime end = calendar.addWorkingMinutes(ORIGIN.plusMinutes(offset), 20 * 480);
        LocalDateTime start = calendar.subtractWorkingMinutes(end, minutes);
        assertThat(calendar.workingMinutesBetween(start, end)).isEqualTo(minutes);
        assertThat(calendar.addWorkingMinutes(start, minutes)).isEqualTo(end);
    }
}
