package vn.motcua.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.AgencyScope;

/**
 * The register's overdue and due-soon dossiers for the Cockpit dashboard. Open = received or processing
 * (received or processing: the clock runs; statuses by name, {@link StatusSql}). Overdue = flagged by the legal-deadline timer or past the due date;
 * due soon = not overdue and due within the warning window ({@code motcua.sla.due-soon-working-minutes}),
 * whose end the caller computes in working time. Indexed columns only: {@code status}, {@code due_at}. Every
 * query of dossiers takes the caller's agencies ({@link AgencyScope}, in the filter or as a parameter).
 */
@Repository
@Transactional(readOnly = true)
class DashboardQueries {

    /** Which dossiers a list shows. */
    enum Kind { OVERDUE, DUE_SOON, ALL }

    /**
     * Filters: the agencies (the caller's scope, or one agency of it), the procedure and the step; a null procedure
     * or step means any. {@code step} is the BPMN activity id (sub-status).
     */
    record Filter(AgencyScope agencies, String procedure, String step, AgencyDimension by) {
        static final Filter NONE = new Filter(AgencyScope.ALL, null, null);

        Filter {
            java.util.Objects.requireNonNull(agencies, "agencies");
            java.util.Objects.requireNonNull(by, "by");
        }

        /** Counted per resolving agency. */
        Filter(AgencyScope agencies, String procedure, String step) {
            this(agencies, procedure, step, AgencyDimension.RESOLVING);
        }
    }

    /** Counts of one agency × procedure × step. */
    record Group(String agencyCode, String agencyName, String procedureCode, String procedureName, String step,
                 String stepName, long overdue, long dueSoon) {
    }

    /** One dossier of a list. */
    record Row(String code, String agencyCode, String agencyName, String procedureCode, String procedureName,
               String applicantName, int status, String step, String stepName, String channel, Instant receivedAt,
               Instant dueAt, boolean overdue, String processInstanceId) {
    }

    /** Open: received or processing (the clock runs); the status codes put in once. */
    private static final String OPEN = StatusSql.of("status in ({RECEIVED}, {PROCESSING})");
    private static final String OVERDUE = "(d.overdue = true or d.due_at < :now)";
    private static final String DUE_SOON = "(d.overdue = false and d.due_at >= :now and d.due_at <= :soon)";
    /**
     * Open dossiers that are overdue or due soon, read by two index range scans on (status, due_at) instead
     * of an OR that makes the database read every dossier: due by the end of the window, or flagged overdue
     * with a later due date (a clock resumed after the flag).
     */
    private static final String URGENT_OPEN = "(select id, agency_id, receiving_agency_code, procedure_id, sub_status, sub_status_name, overdue, due_at"
            + " from dossier where " + OPEN + " and due_at <= :soon"
            + " union all select id, agency_id, receiving_agency_code, procedure_id, sub_status, sub_status_name, overdue, due_at"
            + " from dossier where " + OPEN + " and overdue = true and due_at > :soon)";

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getString("code"), rs.getString("agency_code"),
            rs.getString("agency_name"), rs.getString("procedure_code"), rs.getString("procedure_name"),
            rs.getString("applicant_name"), rs.getInt("status"), rs.getString("sub_status"),
            rs.getString("sub_status_name"), rs.getString("channel"), ReportQueries.instant(rs, "received_at"),
            ReportQueries.instant(rs, "due_at"), rs.getInt("is_overdue") == 1, rs.getString("process_instance_id"));

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> groups(Instant now, Instant soon, Filter filter) {
        MapSqlParameterSource p = params(now, soon, filter);
        String sql = "select a.code as agency_code, a.name as agency_name, p.code as procedure_code, p.name as procedure_name,"
                + " d.sub_status, max(d.sub_status_name) as sub_status_name,"
                + " sum(case when " + OVERDUE + " then 1 else 0 end) as overdue,"
                + " sum(case when " + DUE_SOON + " then 1 else 0 end) as due_soon"
                + " from " + URGENT_OPEN + " d join agency a on a.id = d.agency_id join admin_procedure p on p.id = d.procedure_id"
                + " where 1 = 1" + where(filter, p)
                + " group by a.code, a.name, p.code, p.name, d.sub_status"
                + " order by a.code, p.code, d.sub_status";
        return jdbc.query(filter.by().sql(sql), p, (rs, i) -> new Group(rs.getString("agency_code"), rs.getString("agency_name"),
                rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("sub_status"),
                rs.getString("sub_status_name"), rs.getLong("overdue"), rs.getLong("due_soon")));
    }

    /** The open statuses, each read by its own ordered index range scan in {@link #list}. */
    private static final List<String> OPEN_STATUSES = List.of(StatusSql.of("{RECEIVED}"), StatusSql.of("{PROCESSING}"));

    /**
     * A page of dossiers, most urgent (earliest due, then id) first. The dossiers of a kind are split into disjoint
     * branches, one per open status and value of the overdue flag, each an ordered range scan of
     * {@code ix_dossier_status_overdue_due} (V155: status, overdue, due_at, id) that stops after {@code offset +
     * limit} rows matching the filters; only these few rows are joined for display and merged. Before (issue 15), all
     * ~35,000 overdue ids of 100,000 open dossiers were joined and sorted for the first page.
     */
    List<Row> list(Instant now, Instant soon, Kind kind, Filter filter, int offset, int limit) {
        MapSqlParameterSource p = params(now, soon, filter).addValue("offset", offset).addValue("limit", limit)
                .addValue("firstRows", (long) offset + limit);
        // not flagged: a range of due dates; flagged overdue: every due date (or none, for due soon)
        String notFlagged = switch (kind) {
            case OVERDUE -> "d.due_at < :now";
            case DUE_SOON -> "d.due_at >= :now and d.due_at <= :soon";
            case ALL -> "d.due_at <= :soon";
        };
        String flagged = kind == Kind.DUE_SOON ? null : "d.due_at is not null";
        String filters = where(filter, p);
        List<String> branches = new ArrayList<>();
        for (String status : OPEN_STATUSES) {
            branches.add(branch(status, false, notFlagged, filters));
            if (flagged != null) {
                branches.add(branch(status, true, flagged, filters));
            }
        }
        String sql = "select d.code, a.code as agency_code, a.name as agency_name, p.code as procedure_code,"
                + " p.name as procedure_name, d.applicant_name, d.status, d.sub_status, d.sub_status_name, d.channel,"
                + " d.received_at, d.due_at, " + "case when " + OVERDUE + " then 1 else 0 end as is_overdue,"
                + " d.process_instance_id"
                + " from (" + String.join(" union all ", branches) + ") u join dossier d on d.id = u.id"
                + " join agency a on a.id = d.agency_id join admin_procedure p on p.id = d.procedure_id"
                + " order by d.due_at, d.id offset :offset rows fetch next :limit rows only";
        return jdbc.query(filter.by().sql(sql), p, ROW);
    }

    /** The first {@code offset + limit} ids of one status and overdue flag, in (due_at, id) order, filters applied. */
    private static String branch(String status, boolean overdue, String due, String filters) {
        // a derived table of its own: H2 does not keep a parenthesized branch's order and limit inside a union
        return "select b.id from (select d.id from dossier d join agency a on a.id = d.agency_id"
                + " join admin_procedure p on p.id = d.procedure_id"
                + " where d.status = " + status + " and d.overdue = " + overdue + " and " + due + filters
                + " order by d.due_at, d.id fetch first :firstRows rows only) b";
    }

    /**
     * The dossier, for the drill-down; empty when unknown or outside the scope: neither its resolving agency nor the
     * agency that received it (a service centre's manager reads the dossiers his centre received) is in it.
     */
    List<Row> one(Instant now, String code, AgencyScope agencies) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("now", ReportQueries.utc(now)).addValue("code", code);
        String sql = "select d.code, a.code as agency_code, a.name as agency_name, p.code as procedure_code,"
                + " p.name as procedure_name, d.applicant_name, d.status, d.sub_status, d.sub_status_name, d.channel,"
                + " d.received_at, d.due_at, case when d." + OPEN + " and " + OVERDUE + " then 1 else 0 end as is_overdue,"
                + " d.process_instance_id"
                + " from dossier d join agency a on a.id = d.agency_id join admin_procedure p on p.id = d.procedure_id"
                + " where d.code = :code" + ReportQueries.withinEither(agencies, p);
        return jdbc.query(sql, p, ROW);
    }

    /** One hand-over of the control slip. */
    record Handover(String fromStepName, String toStepName, String sender, String receiver, Instant handedAt,
                    Instant stepDeadline, String outcome, String note) {
    }

    List<Handover> history(String code) {
        return jdbc.query("select h.from_step_name, h.to_step_name, h.sender, h.receiver, h.handed_at, h.step_deadline,"
                + " h.outcome, h.note from dossier_history h join dossier d on d.id = h.dossier_id where d.code = :code"
                + " order by h.id", new MapSqlParameterSource("code", code),
                (rs, i) -> new Handover(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ReportQueries.instant(rs, "handed_at"), ReportQueries.instant(rs, "step_deadline"),
                        rs.getString(7), rs.getString(8)));
    }

    /** The choices of the filters: agencies, procedures and steps that have open dossiers. */
    record Choice(String code, String name) {
    }

    List<Choice> agencies(AgencyScope agencies) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return jdbc.query("select a.code, a.name from agency a where 1 = 1" + ReportQueries.within(agencies, p)
                + " order by a.code", p, (rs, i) -> new Choice(rs.getString(1), rs.getString(2)));
    }

    List<Choice> procedures() {
        return jdbc.query("select code, max(name) from admin_procedure group by code order by code", new MapSqlParameterSource(),
                (rs, i) -> new Choice(rs.getString(1), rs.getString(2)));
    }

    List<Choice> steps(AgencyScope agencies) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return jdbc.query("select d.sub_status, max(d.sub_status_name) from dossier d join agency a on a.id = d.agency_id"
                + " where d." + OPEN + " and d.sub_status is not null" + ReportQueries.withinEither(agencies, p)
                + " group by d.sub_status order by d.sub_status", p, (rs, i) -> new Choice(rs.getString(1), rs.getString(2)));
    }

    private static MapSqlParameterSource params(Instant now, Instant soon, Filter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("now", ReportQueries.utc(now))
                .addValue("soon", ReportQueries.utc(soon));
        if (filter.procedure() != null) {
            p.addValue("procedure", filter.procedure());
        }
        if (filter.step() != null) {
            p.addValue("step", filter.step());
        }
        return p;
    }

    private static String where(Filter filter, MapSqlParameterSource p) {
        List<String> and = new ArrayList<>();
        and.add(ReportQueries.within(filter.agencies(), p));
        if (filter.procedure() != null) {
            and.add(" and p.code = :procedure");
        }
        if (filter.step() != null) {
            and.add(" and d.sub_status = :step");
        }
        return String.join("", and);
    }
}
