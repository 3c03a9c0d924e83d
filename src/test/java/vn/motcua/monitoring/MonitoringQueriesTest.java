package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.AgencyScope;

/** The dashboard and report SQL on H2 with the Flyway schema; the SQL period report equals the Java one. */
@JdbcTest
@Import({DashboardQueries.class, ReportQueries.class})
class MonitoringQueriesTest {

    static final Instant NOW = Instant.parse("2025-04-15T03:00:00Z");
    static final Instant SOON = Instant.parse("2025-04-16T03:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardQueries dashboard;
    @Autowired
    ReportQueries reports;

    long dongXoai;
    long binhLong;
    long hkd;
    long xd;
    long caseHkd;
    long caseXd;
    int seq;

    @BeforeEach
    void seed() {
        jdbc.update("insert into agency (code, name, level, intake_group) values ('000.00.20.H10', 'UBND thành phố Đồng Xoài', 'DISTRICT', 'motcua-dongxoai')");
        jdbc.update("insert into agency (code, name, level, intake_group) values ('000.00.21.H10', 'UBND thị xã Bình Long', 'DISTRICT', 'motcua-binhlong')");
        dongXoai = jdbc.queryForObject("select id from agency where code = '000.00.20.H10'", Long.class);
        binhLong = jdbc.queryForObject("select id from agency where code = '000.00.21.H10'", Long.class);
        jdbc.update("insert into admin_procedure (code, name, process_key, online_service_type, effective_from) values"
                + " ('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'dang-ky-ho-kinh-doanh', 'FULL', date '2021-01-01'),"
                + " ('1.009974', 'Cấp giấy phép xây dựng', 'cap-phep-xay-dung', 'PARTIAL', date '2021-01-01')");
        hkd = jdbc.queryForObject("select id from admin_procedure where code = '1.001612'", Long.class);
        xd = jdbc.queryForObject("select id from admin_procedure where code = '1.009974'", Long.class);
        jdbc.update("insert into procedure_case (procedure_id, code, name, duration_amount, duration_unit, pause_policy) values"
                + " (?, 'TH1', 'Trường hợp 1', 3, 'WORKING_DAYS', 'RESUME'), (?, 'TH1', 'Trường hợp 1', 15, 'WORKING_DAYS', 'RESUME')", hkd, xd);
        caseHkd = jdbc.queryForObject("select id from procedure_case where procedure_id = ?", Long.class, hkd);
        caseXd = jdbc.queryForObject("select id from procedure_case where procedure_id = ?", Long.class, xd);

        // open: overdue by date, overdue by flag, due soon, due later, paused (not on the dashboard)
        dossier(dongXoai, hkd, "COUNTER", 4, "2025-04-01T02:00:00Z", "2025-04-10T02:00:00Z", null, null, null, false, "Task_Appraise");
        dossier(dongXoai, hkd, "ONLINE", 4, "2025-04-01T02:00:00Z", "2025-04-20T02:00:00Z", null, null, null, true, "Task_Appraise");
        dossier(dongXoai, xd, "COUNTER", 2, "2025-04-10T02:00:00Z", "2025-04-15T09:00:00Z", null, null, null, false, "Task_Sign");
        dossier(binhLong, hkd, "POST", 4, "2025-04-12T02:00:00Z", "2025-04-30T02:00:00Z", null, null, null, false, "Task_Appraise");
        dossier(binhLong, hkd, "COUNTER", 5, "2025-04-02T02:00:00Z", "2025-04-08T02:00:00Z", null, null, null, false, "Task_Supplement");
        // ended: resolved early / late, withdrawn, stopped, and one resolved before the period
        dossier(dongXoai, hkd, "ONLINE", 10, "2025-03-28T02:00:00Z", "2025-04-03T02:00:00Z", "2025-04-02T02:00:00Z", "EARLY", null, false, null);
        dossier(dongXoai, xd, "COUNTER", 9, "2025-04-01T02:00:00Z", "2025-04-05T02:00:00Z", "2025-04-09T02:00:00Z", "LATE", null, true, "Task_Return");
        dossier(binhLong, xd, "COUNTER", 7, "2025-04-03T02:00:00Z", "2025-04-20T02:00:00Z", null, null, "2025-04-04T02:00:00Z", false, null);
        dossier(binhLong, hkd, "COUNTER", 8, "2025-03-20T02:00:00Z", "2025-04-20T02:00:00Z", null, null, "2025-04-06T02:00:00Z", false, null);
        dossier(dongXoai, hkd, "COUNTER", 10, "2025-02-01T02:00:00Z", "2025-02-05T02:00:00Z", "2025-02-04T02:00:00Z", "EARLY", null, false, null);
        // not received
        dossier(dongXoai, hkd, "ONLINE", 1, null, null, null, null, null, false, "Task_Accept");
    }

    void dossier(long agency, long procedure, String channel, int status, String received, String due, String ended,
                 String outcome, String closed, boolean overdue, String step) {
        seq++;
        long caseId = procedure == hkd ? caseHkd : caseXd;
        Instant submitted = received == null ? NOW.minusSeconds(3600) : Instant.parse(received);
        jdbc.update("insert into dossier (code, agency_id, procedure_id, procedure_case_id, channel, online_service_type,"
                        + " applicant_name, applicant_id_number, status, sub_status, sub_status_name, outcome, overdue, submitted_at,"
                        + " received_at, due_at, processing_ended_at, withdrawn_at, closed_at, rule_set, process_instance_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, '079203001234', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ND61', ?)",
                "HS-" + seq, agency, procedure, caseId, channel, procedure == hkd ? "FULL" : "PARTIAL", "Người nộp " + seq,
                status, step, step == null ? null : "Bước " + step, outcome, overdue, ts(submitted.toString()), ts(received),
                ts(due), ts(ended), status == 7 ? ts(closed) : null, closed != null ? ts(closed) : ended != null && status == 10 ? ts(ended) : null,
                "pi-" + seq);
    }

    static java.time.OffsetDateTime ts(String s) {
        return s == null ? null : Instant.parse(s).atOffset(java.time.ZoneOffset.UTC);
    }

    @Test
    void shouldCountOverdueAndDueSoonOpenDossiersByAgencyProcedureAndStep() {
        List<DashboardQueries.Group> groups = dashboard.groups(NOW, SOON, DashboardQueries.Filter.NONE);
        assertThat(groups.stream().mapToLong(DashboardQueries.Group::overdue).sum()).isEqualTo(2);
        assertThat(groups.stream().mapToLong(DashboardQueries.Group::dueSoon).sum()).isEqualTo(1);
        assertThat(groups).extracting(DashboardQueries.Group::agencyCode).containsOnly("000.00.20.H10");

        // another agency's manager, and a reader of no agency, count none of them
        assertThat(dashboard.groups(NOW, SOON, new DashboardQueries.Filter(only("000.00.21.H10"), null, null))).isEmpty();
        assertThat(dashboard.groups(NOW, SOON, new DashboardQueries.Filter(AgencyScope.NONE, null, null))).isEmpty();

        var filtered = dashboard.groups(NOW, SOON, new DashboardQueries.Filter(only("000.00.20.H10"), "1.009974", "Task_Sign"));
        assertThat(filtered).singleElement().satisfies(g -> {
            assertThat(g.dueSoon()).isEqualTo(1);
            assertThat(g.stepName()).isEqualTo("Bước Task_Sign");
        });
    }

    @Test
    void shouldListTheMostUrgentFirstAndShowOneDossierWithItsHistory() {
        var overdue = dashboard.list(NOW, SOON, DashboardQueries.Kind.OVERDUE, DashboardQueries.Filter.NONE, 0, 10);
        assertThat(overdue).extracting(DashboardQueries.Row::code).containsExactly("HS-1", "HS-2");
        assertThat(overdue).allMatch(DashboardQueries.Row::overdue);
        var soon = dashboard.list(NOW, SOON, DashboardQueries.Kind.DUE_SOON, DashboardQueries.Filter.NONE, 0, 10);
        assertThat(soon).extracting(DashboardQueries.Row::code).containsExactly("HS-3");
        assertThat(dashboard.list(NOW, SOON, DashboardQueries.Kind.ALL, DashboardQueries.Filter.NONE, 1, 1))
                .extracting(DashboardQueries.Row::code).containsExactly("HS-3");

        long id = jdbc.queryForObject("select id from dossier where code = 'HS-1'", Long.class);
        jdbc.update("insert into dossier_history (dossier_id, from_step, from_step_name, to_step, to_step_name, sender, handed_at)"
                + " values (?, 'Task_Check', 'Kiểm tra hồ sơ', 'Task_Appraise', 'Thẩm định', 'tiepnhan', ?)", id, ts("2025-04-01T03:00:00Z"));
        assertThat(dashboard.one(NOW, "HS-1", AgencyScope.ALL)).singleElement().satisfies(r -> {
            assertThat(r.overdue()).isTrue();
            assertThat(r.processInstanceId()).isEqualTo("pi-1");
            assertThat(r.applicantName()).isEqualTo("Người nộp 1");
        });
        assertThat(dashboard.history("HS-1")).extracting(DashboardQueries.Handover::toStepName).containsExactly("Thẩm định");
        assertThat(dashboard.one(NOW, "HS-404", AgencyScope.ALL)).isEmpty();
        assertThat(dashboard.one(NOW, "HS-1", only("000.00.21.H10"))).as("another agency's dossier").isEmpty();
        assertThat(dashboard.list(NOW, SOON, DashboardQueries.Kind.ALL, new DashboardQueries.Filter(only("000.00.21.H10"), null, null), 0, 10))
                .isEmpty();
        assertThat(dashboard.steps(only("000.00.21.H10"))).extracting(DashboardQueries.Choice::code).doesNotContain("Task_Sign");
        assertThat(dashboard.steps(AgencyScope.NONE)).isEmpty();
        assertThat(dashboard.agencies(only("000.00.21.H10"))).extracting(DashboardQueries.Choice::code).containsExactly("000.00.21.H10");
        assertThat(dashboard.steps(AgencyScope.ALL)).extracting(DashboardQueries.Choice::code).contains("Task_Appraise", "Task_Sign");
    }

    @Test
    void shouldComputeThePeriodReportInSqlAsTheJavaClassifierDoes() {
        Instant from = Instant.parse("2025-03-31T17:00:00Z");
        Instant to = Instant.parse("2025-04-30T17:00:00Z");
        List<PeriodReport> sql = reports.periodReports(from, to, NOW, vn.motcua.dossier.AgencyScope.ALL);

        Map<String, PeriodReport.Tally> tallies = new java.util.TreeMap<>();
        reports.facts(from, to).stream().forEach(f -> {
            var p = PeriodClassifier.place(f, from, to, NOW);
            if (p != null) {
                tallies.computeIfAbsent(f.agencyCode(), k -> new PeriodReport.Tally()).add(p);
            }
        });
        Map<String, String> names = sql.stream().collect(Collectors.toMap(PeriodReport::agencyCode, PeriodReport::agencyName));
        List<PeriodReport> java = tallies.entrySet().stream().map(e -> e.getValue().build(e.getKey(), names.get(e.getKey()))).toList();
        assertThat(sql).isEqualTo(java);

        PeriodReport dx = sql.get(0);
        assertThat(dx.agencyCode()).isEqualTo("000.00.20.H10");
        assertThat(dx.carriedOver()).isEqualTo(1);
        assertThat(dx.received()).isEqualTo(4);
        assertThat(dx.resolvedEarly()).isEqualTo(1);
        assertThat(dx.resolvedLate()).isEqualTo(1);
        assertThat(dx.inProgressOverdue()).isEqualTo(2);
        assertThat(dx.inProgressWithinTime()).isEqualTo(1);
        PeriodReport bl = sql.get(1);
        assertThat(bl.carriedOver()).isEqualTo(1);
        assertThat(bl.withdrawn()).isEqualTo(1);
        assertThat(bl.stopped()).isEqualTo(1);
        assertThat(bl.waitingSupplement()).isEqualTo(1);
        assertThat(reports.periodReports(from, to, NOW, only("000.00.21.H10"))).containsExactly(bl);
        assertThat(reports.periodReports(from, to, NOW, only("000.00.20.H10"))).containsExactly(dx);
        assertThat(reports.periodReports(from, to, NOW, AgencyScope.NONE)).isEmpty();
    }

    @Test
    void shouldComputeProcessingTimesAndOnlineCountsOnTheSchema() throws java.io.IOException {
        Instant from = Instant.parse("2025-03-31T17:00:00Z");
        Instant to = Instant.parse("2025-04-30T17:00:00Z");
        var perProcedure = reports.processingTimePerProcedure(from, to, vn.motcua.dossier.AgencyScope.ALL);
        assertThat(perProcedure).extracting(ReportQueries.ProcessingTime::code).containsExactly("1.001612", "1.009974");
        assertThat(perProcedure.stream().filter(p -> p.code().equals("1.009974")).findFirst().orElseThrow().averageHours())
                .isEqualTo(192.0);

        long id = jdbc.queryForObject("select id from dossier where code = 'HS-7'", Long.class);
        jdbc.update("insert into dossier_history (dossier_id, from_step, from_step_name, handed_at) values"
                + " (?, 'Task_Check', 'Kiểm tra', ?), (?, 'Task_Appraise', 'Thẩm định', ?)",
                id, ts("2025-04-01T04:00:00Z"), id, ts("2025-04-03T04:00:00Z"));
        ListAndStepReportRewriteTest.fillStepSecondsAsV156Does(jdbc); // rows written as before V156; the register writes it now
        assertThat(reports.processingTimePerProcedure(from, to, only("000.00.21.H10"))).isEmpty();
        assertThat(reports.receivedPerProcedure(from, to, AgencyScope.NONE)).isEmpty();
        var perStep = reports.processingTimePerStep(from, to, only("000.00.20.H10"));
        assertThat(perStep).extracting(ReportQueries.ProcessingTime::averageHours).containsExactly(48.0, 2.0);

        var received = reports.receivedPerProcedure(from, to, vn.motcua.dossier.AgencyScope.ALL);
        assertThat(received.stream().filter(r -> r.procedureCode().equals("1.001612")).mapToLong(OnlineIndicators.Received::online).sum())
                .isEqualTo(1);
        assertThat(reports.onlineOffers(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31))).hasSize(2);
        assertThat(reports.agencyName("000.00.20.H10")).contains("UBND thành phố Đồng Xoài");
        assertThat(reports.agencyName("nope")).isEmpty();
        assertThat(Objects.requireNonNull(perStep.get(0).name())).isEqualTo("Thẩm định");
    }

    static AgencyScope only(String agency) {
        return AgencyScope.of(List.of(agency));
    }
}
