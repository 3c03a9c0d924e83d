package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seeding the notices' overrides from the data file into the Flyway schema (H2). Runs only the calendar's
 * migrations V20 and V80, so that this context's test does not depend on the other contexts' migrations.
 */
@DataJpaTest
class CalendarOverrideSeederTest {

    @DynamicPropertySource
    static void onlyTheCalendarMigration(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("calendar-migration");
        for (String name : List.of("V20__calendar.sql", "V80__calendar_notice.sql")) {
            try (InputStream in = new ClassPathResource("db/migration/" + name).getInputStream()) {
                Files.copy(in, dir.resolve(name));
            }
        }
        registry.add("spring.flyway.locations", () -> "filesystem:" + dir);
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "none");
    }

    @Autowired
    CalendarDayOverrideRepository overrides;
    @Autowired
    CalendarAuditRepository audit;
    @Autowired
    CalendarNoticeRepository notices;

    private VietnameseWorkingCalendar calendar;
    private CalendarOverrideSeeder seeder;
    private final ClassPathResource file = new ClassPathResource("calendar/vn-calendar-overrides.json");

    @BeforeEach
    void setUp() {
        calendar = new VietnameseWorkingCalendar(CalendarProperties.defaults(), overrides);
        seeder = new CalendarOverrideSeeder(overrides, audit, notices, calendar, new ObjectMapper().findAndRegisterModules(),
                Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), file);
    }

    private int seed() throws IOException {
        try (InputStream in = file.getInputStream()) {
            return seeder.seed(in);
        }
    }

    @Test
    void seedsEveryYearOnceAndTheDomain2019FactsHold() throws IOException {
        assertThat(seed()).isEqualTo(10); // 2018-2027
        long rows = overrides.count();
        assertThat(rows).isPositive();
        assertThat(overrides.findByDate(LocalDate.of(2019, 5, 4))).get()
                .extracting(CalendarDayOverride::getKind).isEqualTo(OverrideKind.MAKE_UP_WORKING_DAY);
        assertThat(audit.existsByYearAndAction(2027, CalendarAudit.Action.SEED)).isTrue();

        // worked examples A and B through the database-backed service
        assertThat(calendar.dueDate(LocalDateTime.parse("2019-01-31T09:00"), 3, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(LocalDateTime.parse("2019-02-12T09:00"));
        assertThat(calendar.dueDate(LocalDateTime.parse("2019-04-25T16:30"), 5, WorkingTimeUnit.WORKING_DAYS, true))
                .isEqualTo(LocalDateTime.parse("2019-05-06T17:00"));

        // a restart seeds nothing more
        assertThat(seed()).isZero();
        assertThat(overrides.count()).isEqualTo(rows);
    }

    @Test
    void aYearEmptiedByTheAdministratorsIsNotSeededAgain() throws IOException {
        seed();
        overrides.findByYearOrderByDate(2024).forEach(overrides::delete);
        assertThat(seed()).isZero();
        assertThat(overrides.findByYearOrderByDate(2024)).isEmpty();
    }

    @Test
    void aYearAlreadyEnteredByHandIsLeftAlone() throws IOException {
        overrides.save(new CalendarDayOverride(new DayOverride(LocalDate.of(2025, 12, 27),
                OverrideKind.MAKE_UP_WORKING_DAY, "test", "TB test"), true, null,
                java.time.OffsetDateTime.now(), "admin"));
        seed();
        assertThat(overrides.findByYearOrderByDate(2025)).extracting(CalendarDayOverride::getDate)
                .containsExactly(LocalDate.of(2025, 12, 27));
    }

    @Test
    void the2026SwapsMoveDeadlinesSpanning0201And3108OneWorkingDayLater() throws IOException {
        seed();
        // 2 working days from Wed 31/12/2025 09:00: Thu 01/01 holiday, Fri 02/01 swapped off, so Tue 06/01
        // (without the swap: Mon 05/01)
        assertThat(calendar.dueDate(LocalDateTime.parse("2025-12-31T09:00"), 2, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(LocalDateTime.parse("2026-01-06T09:00"));
        // 3 working days from Thu 27/08/2026 09:00: Fri 28, then Mon 31/08 swapped off, 01-02/09 holidays,
        // so Fri 04/09 (without the swap: Thu 03/09)
        assertThat(calendar.dueDate(LocalDateTime.parse("2026-08-27T09:00"), 3, WorkingTimeUnit.WORKING_DAYS, false))
                .isEqualTo(LocalDateTime.parse("2026-09-04T09:00"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(notices.findById(2026)).get().satisfies(n -> {
            assertThat(n.isVerified()).isTrue();
            assertThat(n.getNotice()).contains("12729/VPCP-KGVX");
        });
        assertThat(notices.findById(2021)).get().extracting(CalendarNotice::isVerified).isEqualTo(false);
        assertThat(notices.findById(2027)).get().extracting(CalendarNotice::isVerified).isEqualTo(false);
    }

    @Test
    void aDatabaseSeededFromTheOldFileGetsTheNewDatesButKeepsTheDeletedOnes() throws IOException {
        // as an installation seeded before revision 2: every year seeded, 2026 without its swaps, no notice rows
        seed();
        overrides.findByYearOrderByDate(2026).forEach(overrides::delete);
        notices.deleteAll();
        // the administrator had deleted 2024-05-04 through the API
        CalendarDayOverride deleted = overrides.findByDate(LocalDate.of(2024, 5, 4)).orElseThrow();
        overrides.delete(deleted);
        audit.save(new CalendarAudit(java.time.OffsetDateTime.now(), "admin", CalendarAudit.Action.DELETE, 2024,
                LocalDate.of(2024, 5, 4), OverrideKind.MAKE_UP_WORKING_DAY, "test"));

        assertThat(seed()).isEqualTo(9); // 2018-2026 have revision 2; 2027 is still revision 1
        assertThat(overrides.findByYearOrderByDate(2026)).extracting(CalendarDayOverride::getDate).containsExactly(
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 31));
        assertThat(overrides.findByDate(LocalDate.of(2024, 5, 4))).isEmpty();
        assertThat(seed()).isZero();
    }
}
