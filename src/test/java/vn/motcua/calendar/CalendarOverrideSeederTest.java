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
 * migration V20, so that this context's test does not depend on the other contexts' migrations.
 */
@DataJpaTest
class CalendarOverrideSeederTest {

    @DynamicPropertySource
    static void onlyTheCalendarMigration(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("calendar-migration");
        try (InputStream in = new ClassPathResource("db/migration/V20__calendar.sql").getInputStream()) {
            Files.copy(in, dir.resolve("V20__calendar.sql"));
        }
        registry.add("spring.flyway.locations", () -> "filesystem:" + dir);
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "none");
    }

    @Autowired
    CalendarDayOverrideRepository overrides;
    @Autowired
    CalendarAuditRepository audit;

    private VietnameseWorkingCalendar calendar;
    private CalendarOverrideSeeder seeder;
    private final ClassPathResource file = new ClassPathResource("calendar/vn-calendar-overrides.json");

    @BeforeEach
    void setUp() {
        calendar = new VietnameseWorkingCalendar(CalendarProperties.defaults(), overrides);
        seeder = new CalendarOverrideSeeder(overrides, audit, calendar, new ObjectMapper().findAndRegisterModules(),
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
}
