package vn.motcua.monitoring;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.motcua.dossier.AgencyScope;

/**
 * The dashboard list and the per-step report as they were before issue 15's rewrite (V155, V156), word for word: the
 * reference that {@link ListAndStepReportRewriteTest} compares the new queries with and that {@link MonitoringBenchmark}
 * times against them on the same data.
 */
final class ReplacedQueries {

    private ReplacedQueries() {
    }

    static List<DashboardQueries.Row> list(NamedParameterJdbcTemplate named, Instant now, Instant soon, DashboardQueries.Kind kind, DashboardQueries.Filter filter, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("now", ReportQueries.utc(now))
                .addValue("soon", ReportQueries.utc(soon)).addValue("offset", offset).addValue("limit", limit);
        String open = StatusSql.of("status in ({RECEIVED}, {PROCESSING})");
        String ids = switch (kind) {
            case OVERDUE -> "select id from dossier where " + open + " and due_at < :now"
                    + " union all select id from dossier where " + open + " and overdue = true and due_at >= :now";
            case DUE_SOON -> "select id from dossier where " + open + " and overdue = false and due_at >= :now"
                    + " and due_at <= :soon";
            case ALL -> "select id from dossier where " + open + " and due_at <= :soon"
                    + " union all select id from dossier where " + open + " and overdue = true and due_at > :soon";
        };
        String where = ReportQueries.within(filter.agencies(), p);
        if (filter.procedure() != null) {
            p.addValue("procedure", filter.procedure());
            where += " and p.code = :procedure";
        }
        if (filter.step() != null) {
            p.addValue("step", filter.step());
            where += " and d.sub_status = :step";
        }
        String sql = "select d.code, a.code as agency_code, a.name as agency_name, p.code as procedure_code,"
                + " p.name as procedure_name, d.applicant_name, d.status, d.sub_status, d.sub_status_name, d.channel,"
                + " d.received_at, d.due_at, case when (d.overdue = true or d.due_at < :now) then 1 else 0 end as is_overdue,"
                + " d.process_instance_id"
                + " from (" + ids + ") u join dossier d on d.id = u.id"
                + " join agency a on a.id = d.agency_id join admin_procedure p on p.id = d.procedure_id"
                + " where 1 = 1" + where
                + " order by d.due_at, d.id offset :offset rows fetch next :limit rows only";
        return named.query(filter.by().sql(sql), p, (rs, i) -> new DashboardQueries.Row(rs.getString("code"),
                rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("applicant_name"), rs.getInt("status"), rs.getString("sub_status"),
                rs.getString("sub_status_name"), rs.getString("channel"), ReportQueries.instant(rs, "received_at"),
                ReportQueries.instant(rs, "due_at"), rs.getInt("is_overdue") == 1, rs.getString("process_instance_id")));
    }

    static List<ReportQueries.ProcessingTime> perStep(NamedParameterJdbcTemplate named, Instant from, Instant to, AgencyScope agencies, AgencyDimension by) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", ReportQueries.utc(from))
                .addValue("to", ReportQueries.utc(to)).addValue("lookback", ReportQueries.utc(from.minusSeconds(366L * 86400)));
        String sql = """
                select x.from_step as code, max(x.from_step_name) as name, count(*) as n, avg(x.seconds) as seconds from (
                  select h.from_step, h.from_step_name, h.handed_at,
                    extract(epoch from h.handed_at) - extract(epoch from coalesce(
                      lag(h.handed_at) over (partition by h.dossier_id order by h.handed_at, h.id),
                      d.received_at, d.submitted_at)) as seconds
                  from dossier_history h join dossier d on d.id = h.dossier_id join agency a on a.id = d.agency_id
                  where h.handed_at >= :lookback and h.handed_at < :to AGENCY
                ) x
                where x.handed_at >= :from
                group by x.from_step order by x.from_step
                """.replace("AGENCY", ReportQueries.within(agencies, p));
        return named.query(by.sql(sql), p, (rs, i) -> new ReportQueries.ProcessingTime(rs.getString("code"), rs.getString("name"),
                rs.getLong("n"), ReportQueries.hours(rs.getDouble("seconds"))));
    }
}
