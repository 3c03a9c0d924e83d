package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseLunarCalendarTest {

    /** DOMAIN.md, "Working time": Tết (1/1) and Hùng Kings' day (10/3) for 2019-2030. */
    @ParameterizedTest(name = "{0}: Tết {1}, Hùng Kings {2}")
    @CsvSource({
            "2019, 2019-02-05, 2019-04-14",
            "2020, 2020-01-25, 2020-04-02",
            "2021, 2021-02-12, 2021-04-21",
            "2022, 2022-02-01, 2022-04-10",
            "2023, 2023-01-22, 2023-04-29",
            "2024, 2024-02-10, 2024-04-18",
            "2025, 2025-01-29, 2025-04-07",
            "2026, 2026-02-17, 2026-04-26",
            "2027, 2027-02-06, 2027-04-16",
            "2028, 2028-01-26, 2028-04-04",
            "2029, 2029-02-13, 2029-04-23",
            "2030, 2030-02-02, 2030-04-12"})
    void tetAndHungKingsDayMatchTheDomainTable(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(tet);
        assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(hungKings);
    }

    /** 1985 and 2007: the Vietnamese calendar (UTC+7) differs from the Chinese one (UTC+8). */
    @Test
    void usesVietnameseTimeZoneNotChinese() {
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void leapMonthIsMarked() {
        // 2020 had a leap 4th month (from 23/05/2020), 2023 a leap 2nd month (from 22/03/2023)
        assertThat(VietnameseLunarCalendar.toSolar(2020, 4, 1, true)).isEqualTo(LocalDate.of(2020, 5, 23));
        assertThat(VietnameseLunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    }

    @Test
    void convertsSolarToLunarAndBack() {
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2019, 2, 4))).containsExactly(2018, 12, 30, 0);
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2024, 2, 10))).containsExactly(2024, 1, 1, 0);
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            int[] l = VietnameseLunarCalendar.toLunar(d);
            assertThat(VietnameseLunarCalendar.toSolar(l[0], l[1], l[2], l[3] == 1)).as(d.toString()).isEqualTo(d);
        }
    }
}
