package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.AgencyScope;

/**
 * Reports, dashboard and drill-down per receiving centre (issue 13 point 3, {@link AgencyDimension}) on the Flyway
 * schema: H2 here, PostgreSQL in {@link ReceivingCentreReportPostgresTest}. A commune service centre receives two
 * dossiers that Đồng Xoài resolves; Đồng Xoài's own desk receives one.
 */
@JdbcTest
@Import({DashboardQueries.class, ReportQueries.class})
class ReceivingCentreReportTest {

    static final String DX = "000.00.20.H10";
    static final String CENTRE = "000.20.31.H10";
    static final Instant NOW = Instant.parse("2025-09-15T03:00:00Z");
    static final Instant SOON = Instant.parse("2025-09-16T03:00:00Z");
    static final Instant FROM = Instant.parse("2025-08-31T17:00:00Z");
    static final Instant TO = Instant.parse("2025-09-30T17:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportQueries reports;
    @Autowired
    DashboardQueries dashboard;

    @BeforeEach
    void seed() {
        jdbc.update("insert into agency (code, name, level, intake_group) values (?, 'UBND thành phố Đồng Xoài', 'DISTRICT', 'motcua-dongxoai'),"
                + " (?, 'Trung tâm phục vụ hành chính công phường Tân Phú', 'COMMUNE', 'motcua-tanphu')", DX, CENTRE);
        jdbc.update("insert into admin_procedure (code, name, process_key, online_service_type, effective_from) values"
                + " ('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'dang-ky-ho-kinh-doanh', 'FULL', date '2025-07-01')");
        jdbc.update("insert into procedure_case (procedure_id, code, name, duration_amount, duration_unit, pause_policy)"
                + " select id, 'TH1', 'Trường hợp 1', 3, 'WORKING_DAYS', 'RESUME' from admin_procedure");
        dossier("C-1", CENTRE, "ONLINE", 4, "2025-09-10T02:00:00Z", "2025-09-14T02:00:00Z", null, null);
        dossier("C-2", CENTRE, "COUNTER", 10, "2025-09-02T02:00:00Z", "2025-09-05T02:00:00Z", "2025-09-04T02:00:00Z", "EARLY");
        dossier("D-1", DX, "COUNTER", 4, "2025-09-12T02:00:00Z", "2025-09-15T09:00:00Z", null, null);
    }

    void dossier(String code, String receivedAt, String channel, int status, String received, String due, String ended,
                 String outcome) {
        jdbc.update("insert into dossier (code, agency_id, receiving_agency_code, procedure_id, procedure_case_id, channel,"
                        + " online_service_type, applicant_name, applicant_id_number, status, sub_status, sub_status_name, outcome,"
                        + " overdue, submitted_at, received_at, due_at, processing_ended_at, returned_at, closed_at, rule_set)"
                        + " values (?, (select id from agency where code = ?), ?, (select id from admin_procedure),"
                        + " (select id from procedure_case), ?, 'FULL', 'Người nộp', '079203001234', ?, ?, 'Thẩm định', ?, false,"
                        + " ?, ?, ?, ?, ?, ?, 'ND118-2025')",
                code, DX, receivedAt, channel, status, status == 4 ? "Task_Appraise" : null, outcome, ts(received), ts(received),
                ts(due), ts(ended), ts(ended), ts(ended));
    }

    static OffsetDateTime ts(String s) {
        return s == null ? null : Instant.parse(s).atOffset(ZoneOffset.UTC);
    }

    static AgencyScope only(String agency) {
        return AgencyScope.of(List.of(agency));
    }

    @Test
    void shouldCountThePeriodPerResolvingOrPerReceivingAgency() {
        assertThat(reports.periodReports(FROM, TO, NOW, AgencyScope.ALL)).singleElement().satisfies(r -> {
            assertThat(r.agencyCode()).isEqualTo(DX);
            assertThat(r.received()).isEqualTo(3);
        });
        List<PeriodReport> byCentre = reports.periodReports(FROM, TO, NOW, AgencyScope.ALL, AgencyDimension.RECEIVING);
        assertThat(byCentre).extracting(PeriodReport::agencyCode).containsExactly(DX, CENTRE);
        PeriodReport centre = byCentre.get(1);
        assertThat(centre.receivedOnline()).isEqualTo(1);
        assertThat(centre.receivedCounter()).isEqualTo(1);
        assertThat(centre.resolvedEarly()).isEqualTo(1);
        assertThat(centre.agencyName()).startsWith("Trung tâm");
        assertThat(byCentre.get(0).received()).isEqualTo(1);

        // the centre's manager reads its centre's intake, and not Đồng Xoài's resolving report
        assertThat(reports.periodReports(FROM, TO, NOW, only(CENTRE), AgencyDimension.RECEIVING)).containsExactly(centre);
        assertThat(reports.periodReports(FROM, TO, NOW, only(CENTRE))).isEmpty();
        assertThat(reports.periodReports(FROM, TO, NOW, only(DX), AgencyDimension.RECEIVING))
                .extracting(PeriodReport::received).containsExactly(1L);
        assertThat(reports.receivedPerProcedure(FROM, TO, only(CENTRE), AgencyDimension.RECEIVING))
                .containsExactly(new OnlineIndicators.Received("1.001612", "FULL", 2, 1));
        assertThat(reports.processingTimePerProcedure(FROM, TO, only(CENTRE), AgencyDimension.RECEIVING))
                .extracting(ReportQueries.ProcessingTime::count).containsExactly(1L);
        assertThat(reports.processingTimePerStep(FROM, TO, only(CENTRE), AgencyDimension.RECEIVING)).isEmpty();
    }

    @Test
    void shouldShowTheDashboardListAndDetailOfACentresIntake() {
        var centre = new DashboardQueries.Filter(only(CENTRE), null, null, AgencyDimension.RECEIVING);
        assertThat(dashboard.groups(NOW, SOON, centre)).singleElement().satisfies(g -> {
            assertThat(g.agencyCode()).isEqualTo(CENTRE);
            assertThat(g.overdue()).isEqualTo(1);
        });
        assertThat(dashboard.groups(NOW, SOON, new DashboardQueries.Filter(only(CENTRE), null, null))).isEmpty();
        assertThat(dashboard.groups(NOW, SOON, DashboardQueries.Filter.NONE)).extracting(DashboardQueries.Group::agencyCode)
                .containsOnly(DX);
        assertThat(dashboard.list(NOW, SOON, DashboardQueries.Kind.ALL, centre, 0, 10))
                .extracting(DashboardQueries.Row::code).containsExactly("C-1");
        assertThat(dashboard.list(NOW, SOON, DashboardQueries.Kind.ALL,
                new DashboardQueries.Filter(AgencyScope.ALL, null, null, AgencyDimension.RECEIVING), 0, 10))
                .extracting(DashboardQueries.Row::agencyCode).containsExactly(CENTRE, DX);
        // the drill-down: a dossier the centre received, not one Đồng Xoài's own desk received
        assertThat(dashboard.one(NOW, "C-1", only(CENTRE))).hasSize(1);
        assertThat(dashboard.one(NOW, "D-1", only(CENTRE))).isEmpty();
        assertThat(dashboard.one(NOW, "C-1", AgencyScope.NONE)).isEmpty();
        assertThat(dashboard.steps(only(CENTRE))).extracting(DashboardQueries.Choice::code).containsExactly("Task_Appraise");
    }

    @Test
    void shouldNameABadDimension() {
        assertThat(AgencyDimension.of(null)).isEqualTo(AgencyDimension.RESOLVING);
        assertThat(AgencyDimension.of(" Receiving ")).isEqualTo(AgencyDimension.RECEIVING);
        assertThatThrownBy(() -> AgencyDimension.of("receiving' or 1=1--")).isInstanceOf(InvalidReportRequest.class)
                .satisfies(e -> assertThat(((InvalidReportRequest) e).errors()).extracting(p -> p.field()).containsExactly("by"));
        assertThatThrownBy(() -> AgencyDimension.RECEIVING.sql("select 1 from dossier d")).isInstanceOf(IllegalArgumentException.class);
    }
}
