package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTest {

    private static final WeeklySessions WEEK = WeeklySessions.defaults();

    /** Weekdays off by rule only (no notice overrides). */
    private static List<LocalDate> weekdaysOff(int year) {
        return new CalendarYear(year, WEEK, List.of()).nonWorkingWeekdays().stream()
                .map(CalendarYear.Entry::date).toList();
    }

    private static List<LocalDate> dates(String list) {
        return Stream.of(list.split(" ")).map(LocalDate::parse).toList();
    }

    /** The weekdays off of each year as the rules give them (Tết blocks as the 2020-2025 notices placed them). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2019, 2019-01-01 2019-02-04 2019-02-05 2019-02-06 2019-02-07 2019-02-08 2019-04-15 2019-04-30 2019-05-01 2019-09-02",
            "2020, 2020-01-01 2020-01-23 2020-01-24 2020-01-27 2020-01-28 2020-01-29 2020-04-02 2020-04-30 2020-05-01 2020-09-02",
            "2021, 2021-01-01 2021-02-10 2021-02-11 2021-02-12 2021-02-15 2021-02-16 2021-04-21 2021-04-30 2021-05-03 2021-09-02 2021-09-03",
            "2023, 2023-01-02 2023-01-20 2023-01-23 2023-01-24 2023-01-25 2023-01-26 2023-05-01 2023-05-02 2023-05-03 2023-09-01 2023-09-04",
            "2024, 2024-01-01 2024-02-08 2024-02-09 2024-02-12 2024-02-13 2024-02-14 2024-04-18 2024-04-30 2024-05-01 2024-09-02 2024-09-03",
            "2025, 2025-01-01 2025-01-27 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-04-07 2025-04-30 2025-05-01 2025-09-01 2025-09-02"})
    void weekdaysOffByRule(int year, String expected) {
        assertThat(weekdaysOff(year)).containsExactlyElementsOf(dates(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2021-09-02, 2021-09-03", "2022-09-02, 2022-09-01", "2023-09-02, 2023-09-01",
            "2024-09-02, 2024-09-03", "2025-09-02, 2025-09-01"})
    void adjacentNationalDayAsTheNoticesChoseIt(LocalDate nationalDay, LocalDate adjacent) {
        assertThat(HolidayRules.adjacentNationalDay(nationalDay)).isEqualTo(adjacent);
    }
}
