package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.motcua.dossier.AgencyScope;

/**
 * Issue 15: the dashboard list read per branch in index order (V155) and the per-step report as an aggregate of the
 * stored step duration (V156) give exactly what the queries they replaced gave. The replaced queries are kept here, as
 * they were on {@code main} before the change ({@link ReplacedQueries}), and both run on the same seeded register: 400 dossiers of three
 * agencies (one received at a service centre) in every status, due dates from a handful of values so that many tie,
 * overdue flags on dossiers due later; 900 hand-overs with tied times, then filled by V156's own statement as the
 * migration fills existing rows. H2 here, PostgreSQL in {@link ListAndStepReportRewritePostgresTest}.
 */
@JdbcTest
@Import({DashboardQueries.class, ReportQueries.class})
class ListAndStepReportRewriteTest {

    static final Instant NOW = Instant.parse("2025-06-15T03:00:00Z");
    static final Instant SOON = Instant.parse("2025-06-16T03:00:00Z");
    static final List<String> AGENCIES = List.of("000.00.20.H10", "000.00.21.H10", "000.20.31.H10");
    static final List<String> STEPS = List.of("Task_Check", "Task_Appraise", "Task_Sign");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    DashboardQueries dashboard;
    @Autowired
    ReportQueries reports;

    @BeforeEach
    void seed() throws IOException {
        jdbc.update("insert into agency (code, name, level, intake_group) values (?, 'UBND thành phố Đồng Xoài', 'DISTRICT', 'motcua-dx'),"
                + " (?, 'UBND thị xã Bình Long', 'DISTRICT', 'motcua-bl'), (?, 'Trung tâm phục vụ hành chính công phường Tân Phú', 'COMMUNE', 'motcua-tp')",
                AGENCIES.toArray());
        jdbc.update("insert into admin_procedure (code, name, process_key, online_service_type, effective_from) values"
                + " ('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'dang-ky-ho-kinh-doanh', 'FULL', date '2021-01-01'),"
                + " ('1.009974', 'Cấp giấy phép xây dựng', 'cap-phep-xay-dung', 'PARTIAL', date '2021-01-01')");
        jdbc.update("insert into procedure_case (procedure_id, code, name, duration_amount, duration_unit, pause_policy)"
                + " select id, 'TH1', 'Trường hợp 1', 5, 'WORKING_DAYS', 'RESUME' from admin_procedure");
        List<Long> agencyIds = jdbc.queryForList("select id from agency order by code", Long.class);
        List<Long> procedureIds = jdbc.queryForList("select id from admin_procedure order by code", Long.class);
        int[] statuses = {1, 2, 4, 4, 4, 5, 10};
        Random random = new Random(15);
        for (int i = 0; i < 400; i++) {
            int status = statuses[random.nextInt(statuses.length)];
            long procedure = procedureIds.get(random.nextInt(2));
            // resolved by the first two agencies; a fifth received at the service centre
            long agency = agencyIds.get(random.nextInt(2));
            String centre = random.nextInt(5) == 0 ? AGENCIES.get(2) : null;
            // due dates from ten values around now (many ties), a few none
            Instant due = random.nextInt(25) == 0 ? null : NOW.plusSeconds((random.nextInt(10) - 5) * 43_200L);
            boolean overdue = random.nextInt(6) == 0;
            Instant submitted = NOW.minusSeconds(86_400L * (20 + random.nextInt(60)));
            Instant received = random.nextInt(10) == 0 ? null : submitted.plusSeconds(3_600L * random.nextInt(5));
            String step = STEPS.get(random.nextInt(STEPS.size()));
            jdbc.update("insert into dossier (code, agency_id, receiving_agency_code, procedure_id, procedure_case_id, channel,"
                            + " online_service_type, applicant_name, applicant_id_number, status, sub_status, sub_status_name, overdue,"
                            + " submitted_at, received_at, due_at, rule_set, process_instance_id)"
                            + " values (?, ?, ?, ?, (select id from procedure_case where procedure_id = ?), 'COUNTER', 'FULL', ?,"
                            + " '079203001234', ?, ?, ?, ?, ?, ?, ?, 'ND61', ?)",
                    "HS-" + i, agency, centre, procedure, procedure, "Người nộp " + i, status, step, "Bước " + step, overdue,
                    ts(submitted), ts(received), ts(due), "pi-" + i);
        }
        // hand-overs: 0 to 4 per dossier, two-hourly times from submission (ties within a dossier), written out of time order
        List<Long> ids = jdbc.queryForList("select id from dossier order by id", Long.class);
        for (Long id : ids) {
            Instant base = jdbc.queryForObject("select submitted_at from dossier where id = ?", OffsetDateTime.class, id).toInstant();
            int n = random.nextInt(5);
            for (int k = 0; k < n; k++) {
                String step = STEPS.get(random.nextInt(STEPS.size()));
                Instant at = base.plusSeconds(7_200L * random.nextInt(20));
                jdbc.update("insert into dossier_history (dossier_id, from_step, from_step_name, sender, handed_at)"
                        + " values (?, ?, ?, 'u', ?)", id, step, "Bước " + step, ts(at));
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from dossier_history", Long.class)).isGreaterThan(600);
        fillStepSecondsAsV156Does(jdbc);
    }

    /** The update of migration V156, run on rows written without the column, as the migration meets them. */
    static void fillStepSecondsAsV156Does(JdbcTemplate jdbc) throws IOException {
        String migration;
        try (InputStream in = ListAndStepReportRewriteTest.class.getResourceAsStream("/db/migration/V156__handover_step_seconds.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String update = migration.substring(migration.indexOf("update dossier_history"));
        jdbc.update(update.substring(0, update.lastIndexOf(';')));
        assertThat(jdbc.queryForObject("select count(*) from dossier_history where step_seconds is null", Long.class)).isZero();
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    @Test
    void shouldListEveryPageOfEveryKindAsTheJoinThenSortQueryDid() {
        List<DashboardQueries.Filter> filters = new ArrayList<>();
        for (AgencyDimension by : AgencyDimension.values()) {
            filters.add(new DashboardQueries.Filter(AgencyScope.ALL, null, null, by));
            filters.add(new DashboardQueries.Filter(AgencyScope.of(List.of(AGENCIES.get(0))), null, null, by));
            filters.add(new DashboardQueries.Filter(AgencyScope.of(List.of(AGENCIES.get(2))), null, null, by));
            filters.add(new DashboardQueries.Filter(AgencyScope.of(List.of(AGENCIES.get(1), AGENCIES.get(2))), "1.009974", null, by));
            filters.add(new DashboardQueries.Filter(AgencyScope.ALL, "1.001612", "Task_Appraise", by));
            filters.add(new DashboardQueries.Filter(AgencyScope.NONE, null, null, by));
        }
        int compared = 0;
        for (DashboardQueries.Kind kind : DashboardQueries.Kind.values()) {
            for (DashboardQueries.Filter filter : filters) {
                List<DashboardQueries.Row> all = ReplacedQueries.list(named, NOW, SOON, kind, filter, 0, 1000);
                for (int size : new int[] {1, 7, 50, 500}) {
                    for (int offset = 0; offset <= all.size() + size; offset += size) {
                        assertThat(dashboard.list(NOW, SOON, kind, filter, offset, size))
                                .as("%s %s offset %d size %d", kind, filter, offset, size)
                                .isEqualTo(ReplacedQueries.list(named, NOW, SOON, kind, filter, offset, size));
                        compared++;
                    }
                }
            }
        }
        assertThat(ReplacedQueries.list(named, NOW, SOON, DashboardQueries.Kind.OVERDUE, DashboardQueries.Filter.NONE, 0, 1000))
                .as("the data has ties and flags to get wrong").hasSizeGreaterThan(80)
                .anyMatch(r -> r.overdue() && r.dueAt() != null && r.dueAt().isAfter(NOW));
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void shouldReportTheTimePerStepAsTheWindowOverTheHandOversDid() {
        List<Instant[]> periods = List.of(
                new Instant[] {NOW.minusSeconds(365L * 86_400), NOW},
                new Instant[] {NOW.minusSeconds(40L * 86_400), NOW.minusSeconds(10L * 86_400)},
                new Instant[] {NOW.minusSeconds(5L * 86_400), NOW.plusSeconds(30L * 86_400)},
                new Instant[] {NOW.plusSeconds(400L * 86_400), NOW.plusSeconds(500L * 86_400)});
        List<AgencyScope> scopes = List.of(AgencyScope.ALL, AgencyScope.of(List.of(AGENCIES.get(0))),
                AgencyScope.of(List.of(AGENCIES.get(2))), AgencyScope.of(List.of(AGENCIES.get(1), AGENCIES.get(2))), AgencyScope.NONE);
        for (Instant[] period : periods) {
            for (AgencyScope scope : scopes) {
                for (AgencyDimension by : AgencyDimension.values()) {
                    List<ReportQueries.ProcessingTime> now = reports.processingTimePerStep(period[0], period[1], scope, by);
                    List<ReportQueries.ProcessingTime> before = ReplacedQueries.perStep(named, period[0], period[1], scope, by);
                    assertThat(now).as("%s–%s %s %s", period[0], period[1], scope, by).isEqualTo(before);
                }
            }
        }
        assertThat(ReplacedQueries.perStep(named, periods.get(0)[0], periods.get(0)[1], AgencyScope.ALL, AgencyDimension.RESOLVING)).hasSize(3)
                .allMatch(t -> t.count() > 100 && t.averageHours() > 0);
    }
}
