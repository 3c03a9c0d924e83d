package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.WorkingTimeUnit;

/** Durations per channel (1.013978 since 01/07/2025: 17 working days online, 20 by post, 27 at the desk). */
class ProcedureCaseDurationTest {

    @Test
    void theDurationDependsOnTheChannelWhenTheVersionSaysSo() {
        ProcedureCase land = new ProcedureCase("TH1", "Cấp lần đầu", 27, WorkingTimeUnit.WORKING_DAYS, 17, false, false,
                PausePolicy.RESUME, 0).withPostalDuration(20);
        assertThat(land.durationFor(true, false)).isEqualTo(17);
        assertThat(land.durationFor(false, true)).isEqualTo(20);
        assertThat(land.durationFor(false, false)).isEqualTo(27);
        assertThat(land.durationFor(true)).isEqualTo(17);

        ProcedureCase same = new ProcedureCase("TH1", "x", 3, WorkingTimeUnit.WORKING_DAYS, null, false, false,
                PausePolicy.RESUME, 0);
        assertThat(same.durationFor(true, false)).isEqualTo(3);
        assertThat(same.durationFor(false, true)).isEqualTo(3);
    }
}
