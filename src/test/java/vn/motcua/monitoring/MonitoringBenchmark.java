package vn.motcua.monitoring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Not a test: a benchmark of the monitoring queries on PostgreSQL with 100,000 open and 1,000,000 resolved
 * dossiers (two hand-overs each), in a throwaway database that it creates and drops. Runs only with
 * {@code -Dmotcua.benchmark=true}; see docs/performance.md for the command and the numbers.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
class MonitoringBenchmark {

    static final String HOST = System.getProperty("motcua.benchmark.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("motcua.benchmark.user", "postgres");
    static final int RUNS = Integer.getInteger("motcua.benchmark.runs", 50);

    @Test
    void benchmark() throws Exception {
        String db = "motcua_bench_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(HOST + "postgres", USER, "")) {
            admin.createStatement().execute("create database " + db);
        }
        try {
            run(HOST + db);
        } finally {
            try (Connection admin = DriverManager.getConnection(HOST + "postgres", USER, "")) {
                admin.createStatement().execute("drop database if exists " + db + " with (force)");
            }
        }
    }

    private void run(String url) throws Exception {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, USER, "");
        // the schema before issue 15's V155/V156: the data is loaded as the register held it, then migrated (timed below)
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("150").load().migrate();
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into agency (code, name, level, intake_group) select '000.00.' || lpad(g::text, 2, '0') || '.H10',"
                    + " 'Cơ quan ' || g, 'DISTRICT', 'motcua-' || g from generate_series(1, 20) g");
            s.execute("insert into admin_procedure (code, name, process_key, online_service_type, effective_from)"
                    + " select '2.' || lpad(g::text, 6, '0'), 'Thủ tục ' || g, 'p' || g,"
                    + " case g % 3 when 0 then 'NONE' when 1 then 'PARTIAL' else 'FULL' end, date '2020-01-01' from generate_series(1, 50) g");
            s.execute("insert into procedure_case (procedure_id, code, name, duration_amount, duration_unit, pause_policy)"
                    + " select id, 'TH1', 'Trường hợp 1', 5, 'WORKING_DAYS', 'RESUME' from admin_procedure");
            // 1,000,000 resolved in the last 365 days, 100,000 open received in the last 30 days (some overdue)
            s.execute("""
                    insert into dossier (code, agency_id, procedure_id, procedure_case_id, channel, online_service_type,
                      applicant_name, applicant_id_number, status, sub_status, sub_status_name, outcome, overdue,
                      submitted_at, received_at, due_at, processing_ended_at, returned_at, closed_at, rule_set, process_instance_id)
                    select 'R-' || g, 1 + g % 20, 1 + g % 50, 1 + g % 50,
                      case g % 4 when 0 then 'ONLINE' when 1 then 'POST' else 'COUNTER' end,
                      case (1 + g % 50) % 3 when 0 then 'NONE' when 1 then 'PARTIAL' else 'FULL' end,
                      'Người nộp ' || g, '079203000000', 10, null, null,
                      case g % 10 when 0 then 'LATE' when 1 then 'ON_TIME' else 'EARLY' end, false,
                      now() - (g % 365) * interval '1 day' - interval '5 day', now() - (g % 365) * interval '1 day' - interval '5 day',
                      now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day' - interval '1 day',
                      now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day', 'ND61', 'pi-r-' || g
                    from generate_series(1, 1000000) g
                    """);
            s.execute("""
                    insert into dossier (code, agency_id, procedure_id, procedure_case_id, channel, online_service_type,
                      applicant_name, applicant_id_number, status, sub_status, sub_status_name, overdue,
                      submitted_at, received_at, due_at, rule_set, process_instance_id)
                    select 'O-' || g, 1 + g % 20, 1 + g % 50, 1 + g % 50,
                      case g % 4 when 0 then 'ONLINE' when 1 then 'POST' else 'COUNTER' end,
                      case (1 + g % 50) % 3 when 0 then 'NONE' when 1 then 'PARTIAL' else 'FULL' end,
                      'Người nộp ' || g, '079203000000', case g % 5 when 0 then 2 else 4 end,
                      'Task_Step' || (g % 6), 'Bước ' || (g % 6), g % 20 = 0,
                      now() - (g % 30) * interval '1 day', now() - (g % 30) * interval '1 day',
                      now() - (g % 30) * interval '1 day' + interval '20 day', 'ND61', 'pi-o-' || g
                    from generate_series(1, 100000) g
                    """);
            s.execute("""
                    insert into dossier_history (dossier_id, from_step, from_step_name, to_step, to_step_name, sender, handed_at)
                    select d.id, x.step, 'Bước ' || x.step, 'next', 'Bước sau', 'u', d.received_at + x.k * interval '1 day'
                    from dossier d cross join (values (1, 'Task_Check'), (3, 'Task_Appraise')) as x(k, step)
                    where d.status = 10
                    """);
            s.execute("analyze");
        }
        System.out.printf("Loaded 1,100,000 dossiers and 2,000,000 hand-overs in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(ds);
        DashboardQueries dashboard = new DashboardQueries(jdbc);
        ReportQueries reports = new ReportQueries(jdbc);
        Instant now = Instant.now();
        Instant soon = now.plusSeconds(86400);
        Instant yearAgo = now.minusSeconds(365L * 86400);

        if (!Boolean.getBoolean("motcua.benchmark.skipWithoutV40")) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (String index : List.of("ix_dossier_status_due", "ix_dossier_received", "ix_dossier_processing_ended", "ix_history_handed")) {
                    s.execute("drop index " + index);
                }
                s.execute("analyze");
            }
            measureAll("without the V40 indexes", dashboard, reports, now, soon, yearAgo);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("create index ix_dossier_status_due on dossier (status, due_at)");
                s.execute("create index ix_dossier_received on dossier (received_at)");
                s.execute("create index ix_dossier_processing_ended on dossier (processing_ended_at)");
                s.execute("create index ix_history_handed on dossier_history (handed_at)");
                s.execute("analyze");
            }
        }
        measureAll("with the V40 indexes", dashboard, reports, now, soon, yearAgo);

        // issue 15: the list and the per-step report as they were, then V155 (index) and V156 (add and fill
        // dossier_history.step_seconds for the 2,000,000 hand-overs) timed, then the rewritten queries on the same data
        NamedParameterJdbcTemplate named = jdbc;
        int yearRuns = Math.max(3, RUNS / 10);
        System.out.println("== issue 15, the replaced queries (V150 schema)");
        measure("overdue list, first page of 100 (replaced)", RUNS, () -> ReplacedQueries.list(named, now, soon,
                DashboardQueries.Kind.OVERDUE, DashboardQueries.Filter.NONE, 0, 100));
        measure("overdue list, first page of 100, one agency (replaced)", RUNS, () -> ReplacedQueries.list(named, now, soon,
                DashboardQueries.Kind.OVERDUE, ONE_AGENCY, 0, 100));
        measure("year processing time per step (replaced)", yearRuns, () -> ReplacedQueries.perStep(named, yearAgo, now,
                vn.motcua.dossier.AgencyScope.ALL, AgencyDimension.RESOLVING));
        measure("year processing time per step, one agency (replaced)", yearRuns, () -> ReplacedQueries.perStep(named, yearAgo, now,
                ONE_AGENCY.agencies(), AgencyDimension.RESOLVING));
        var before = ReplacedQueries.perStep(named, yearAgo, now, vn.motcua.dossier.AgencyScope.ALL, AgencyDimension.RESOLVING);
        var beforeList = ReplacedQueries.list(named, now, soon, DashboardQueries.Kind.OVERDUE, DashboardQueries.Filter.NONE, 0, 100);
        for (String version : List.of("155", "156")) {
            long m = System.nanoTime();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
            System.out.printf("| migration V%s | %.1f s |%n", version, (System.nanoTime() - m) / 1e9);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze dossier_history");
            s.execute("analyze dossier");
        }
        System.out.println("== issue 15, the rewritten queries (V155, V156)");
        measure("overdue list, first page of 100", RUNS, () -> dashboard.list(now, soon, DashboardQueries.Kind.OVERDUE,
                DashboardQueries.Filter.NONE, 0, 100));
        measure("overdue list, first page of 100, one agency", RUNS, () -> dashboard.list(now, soon, DashboardQueries.Kind.OVERDUE,
                ONE_AGENCY, 0, 100));
        measure("overdue list, page 50 of 100", Math.max(3, RUNS / 5), () -> dashboard.list(now, soon, DashboardQueries.Kind.OVERDUE,
                DashboardQueries.Filter.NONE, 4_900, 100));
        measure("year processing time per step", yearRuns, () -> reports.processingTimePerStep(yearAgo, now,
                vn.motcua.dossier.AgencyScope.ALL));
        measure("year processing time per step, one agency", yearRuns, () -> reports.processingTimePerStep(yearAgo, now,
                ONE_AGENCY.agencies()));
        System.out.println("same per-step report: " + before.equals(reports.processingTimePerStep(yearAgo, now,
                vn.motcua.dossier.AgencyScope.ALL)) + "; same first page: " + beforeList.equals(dashboard.list(now, soon,
                DashboardQueries.Kind.OVERDUE, DashboardQueries.Filter.NONE, 0, 100)));
    }

    static final DashboardQueries.Filter ONE_AGENCY = new DashboardQueries.Filter(
            vn.motcua.dossier.AgencyScope.of(List.of("000.00.07.H10")), null, null);

    private static void measureAll(String label, DashboardQueries dashboard, ReportQueries reports, Instant now, Instant soon,
                                   Instant yearAgo) {
        System.out.println("== " + label + " (" + RUNS + " runs each)");
        measure("dashboard counts (all agencies)", RUNS, () -> dashboard.groups(now, soon, DashboardQueries.Filter.NONE));
        measure("dashboard counts (one agency)", RUNS, () -> dashboard.groups(now, soon, new DashboardQueries.Filter(vn.motcua.dossier.AgencyScope.of(List.of("000.00.07.H10")), null, null)));
        measure("overdue list, first page of 100", RUNS, () -> dashboard.list(now, soon, DashboardQueries.Kind.OVERDUE, DashboardQueries.Filter.NONE, 0, 100));
        int yearRuns = Math.max(3, RUNS / 10);
        measure("year period report (all agencies)", yearRuns, () -> reports.periodReports(yearAgo, now, now, vn.motcua.dossier.AgencyScope.ALL));
        measure("year processing time per procedure", yearRuns, () -> reports.processingTimePerProcedure(yearAgo, now, vn.motcua.dossier.AgencyScope.ALL));
        // the per-step report reads V156's column: measured in run(), before and after V156
        measure("year online indicators (received per procedure)", yearRuns, () -> reports.receivedPerProcedure(yearAgo, now, vn.motcua.dossier.AgencyScope.ALL));
    }

    private static void measure(String name, int runs, Supplier<?> query) {
        query.get(); // warm up
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, runs, p(sorted, 50), p(sorted, 95), p(sorted, 99));
    }

    private static double p(double[] sorted, int percent) {
        int i = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }

}
