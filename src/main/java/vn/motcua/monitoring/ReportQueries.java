package vn.motcua.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.DossierStatus;

/**
 * The register's aggregates behind the KPI reports: plain SQL on the {@code dossier}, {@code dossier_history},
 * {@code agency} and {@code admin_procedure} tables (portable between H2 and PostgreSQL), never the engine's
 * history tables. Every query of dossier data takes the caller's agencies ({@link AgencyScope}, from
 * {@link MonitoringReaders#scope()}): there is no unscoped variant.
 */
@Repository
@Transactional(readOnly = true)
class ReportQueries {

    /** When a dossier left the desk's hands; the SQL twin of {@link DossierFacts#endedAt()}. */
    static final String ENDED = StatusSql.of("(case when d.status in ({PROCESSED}, {RETURNED}) then d.processing_ended_at"
            + " when d.status = {WITHDRAWN} then coalesce(d.withdrawn_at, d.closed_at) when d.status = {STOPPED} then d.closed_at end)");

    /** Ended inside the period; the SQL twin of the first branch of {@link PeriodClassifier}. */
    private static final String ENDED_IN = ENDED + " < :to";
    private static final String OPEN_WAITING = ENDED + StatusSql.of(" is null and d.status in ({SUPPLEMENT_REQUESTED}, {AWAITING_FINANCIAL_OBLIGATION})");
    private static final String OVERDUE_AT_CUTOFF = "((d.due_at is not null and d.due_at < :cutoff) or (" + ENDED + " is null and d.overdue = true))";

    private static final String PERIOD = StatusSql.of("""
            select a.code as agency_code, a.name as agency_name,
              sum(case when d.received_at < :from then 1 else 0 end) as carried_over,
              sum(case when d.received_at >= :from and d.channel = 'ONLINE' then 1 else 0 end) as received_online,
              sum(case when d.received_at >= :from and d.channel not in ('ONLINE', 'POST') then 1 else 0 end) as received_counter,
              sum(case when d.received_at >= :from and d.channel = 'POST' then 1 else 0 end) as received_post,
              sum(case when d.status in ({PROCESSED}, {RETURNED}) and ENDED_IN and d.outcome = 'EARLY' then 1 else 0 end) as resolved_early,
              sum(case when d.status in ({PROCESSED}, {RETURNED}) and ENDED_IN and d.outcome = 'ON_TIME' then 1 else 0 end) as resolved_on_time,
              sum(case when d.status in ({PROCESSED}, {RETURNED}) and ENDED_IN and (d.outcome is null or d.outcome not in ('EARLY', 'ON_TIME'))
                  then 1 else 0 end) as resolved_late,
              sum(case when d.status = {WITHDRAWN} and ENDED_IN then 1 else 0 end) as withdrawn,
              sum(case when (ENDED is null or ENDED >= :to) and not (OPEN_WAITING) and not OVERDUE_AT_CUTOFF
                  then 1 else 0 end) as in_progress_within_time,
              sum(case when (ENDED is null or ENDED >= :to) and not (OPEN_WAITING) and OVERDUE_AT_CUTOFF
                  then 1 else 0 end) as in_progress_overdue,
              sum(case when ENDED is null and d.status = {SUPPLEMENT_REQUESTED} then 1 else 0 end) as waiting_supplement,
              sum(case when ENDED is null and d.status = {AWAITING_FINANCIAL_OBLIGATION} then 1 else 0 end) as waiting_financial,
              sum(case when d.status = {STOPPED} and ENDED_IN then 1 else 0 end) as stopped
            from dossier d join agency a on a.id = d.agency_id
            where d.received_at < :to and (ENDED is null or ENDED >= :from) AGENCY
            group by a.code, a.name
            order by a.code
            """).replace("ENDED_IN", ENDED_IN).replace("OPEN_WAITING", OPEN_WAITING)
            .replace("OVERDUE_AT_CUTOFF", OVERDUE_AT_CUTOFF).replace("ENDED", ENDED);

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One report per agency of the scope that had anything to handle in [from, to). */
    List<PeriodReport> periodReports(Instant from, Instant to, Instant now, AgencyScope agencies) {
        return periodReports(from, to, now, agencies, AgencyDimension.RESOLVING);
    }

    /** The same, counted per resolving or per receiving agency ({@link AgencyDimension}). */
    List<PeriodReport> periodReports(Instant from, Instant to, Instant now, AgencyScope agencies, AgencyDimension by) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("from", utc(from)).addValue("to", utc(to)).addValue("cutoff", utc(now.isBefore(to) ? now : to));
        String sql = by.sql(PERIOD.replace("AGENCY", within(agencies, p)));
        return jdbc.query(sql, p, (rs, i) -> new PeriodReport(rs.getString("agency_code"), rs.getString("agency_name"),
                rs.getLong("carried_over"), rs.getLong("received_online"), rs.getLong("received_counter"),
                rs.getLong("received_post"), rs.getLong("resolved_early"), rs.getLong("resolved_on_time"),
                rs.getLong("resolved_late"), rs.getLong("withdrawn"), rs.getLong("in_progress_within_time"),
                rs.getLong("in_progress_overdue"), rs.getLong("waiting_supplement"), rs.getLong("waiting_financial"),
                rs.getLong("stopped")));
    }

    /** The raw facts of the dossiers of one agency (or all) in scope of [from, to): for tests and small checks. */
    List<DossierFacts> facts(Instant from, Instant to) {
        String sql = "select a.code as agency_code, d.channel, d.status, d.received_at, d.due_at, d.processing_ended_at,"
                + " d.withdrawn_at, d.closed_at, d.outcome, d.overdue from dossier d join agency a on a.id = d.agency_id"
                + " where d.received_at < :to and (" + ENDED + " is null or " + ENDED + " >= :from)";
        return jdbc.query(sql, new MapSqlParameterSource().addValue("from", utc(from)).addValue("to", utc(to)),
                (rs, i) -> new DossierFacts(rs.getString("agency_code"), rs.getString("channel"), DossierStatus.ofCode(rs.getInt("status")),
                        instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "processing_ended_at"),
                        instant(rs, "withdrawn_at"), instant(rs, "closed_at"), rs.getString("outcome"),
                        rs.getBoolean("overdue")));
    }

    Optional<String> agencyName(String code) {
        return jdbc.query("select name from agency where code = :code", new MapSqlParameterSource("code", code),
                (rs, i) -> rs.getString(1)).stream().findFirst();
    }

    /** Average processing time per procedure: from receipt to end of processing, of dossiers resolved in [from, to). */
    List<ProcessingTime> processingTimePerProcedure(Instant from, Instant to, AgencyScope agencies) {
        return processingTimePerProcedure(from, to, agencies, AgencyDimension.RESOLVING);
    }

    List<ProcessingTime> processingTimePerProcedure(Instant from, Instant to, AgencyScope agencies, AgencyDimension by) {
        MapSqlParameterSource p = params(from, to);
        String sql = StatusSql.of("""
                select p.code as code, p.name as name, count(*) as n,
                  avg(extract(epoch from d.processing_ended_at) - extract(epoch from d.received_at)) as seconds
                from dossier d join admin_procedure p on p.id = d.procedure_id join agency a on a.id = d.agency_id
                where d.status in ({PROCESSED}, {RETURNED}) and d.processing_ended_at >= :from and d.processing_ended_at < :to AGENCY
                group by p.code, p.name order by p.code
                """).replace("AGENCY", within(agencies, p));
        return jdbc.query(by.sql(sql), p, (rs, i) -> new ProcessingTime(rs.getString("code"),
                rs.getString("name"), rs.getLong("n"), hours(rs.getDouble("seconds"))));
    }

    /**
     * Average time spent in each step, for hand-overs in [from, to): the mean of the hand-overs' stored step
     * duration ({@code dossier_history.step_seconds}: wall-clock seconds from the previous hand-over of the same
     * dossier, or its receipt, else its submission, to the hand-over that leaves the step; written with the row, V156
     * for older rows). A plain aggregate over the period's hand-overs (issue 15: it paired each hand-over with the
     * previous one by a window over the year before, 3.3 s for 2,000,000 hand-overs).
     */
    List<ProcessingTime> processingTimePerStep(Instant from, Instant to, AgencyScope agencies) {
        return processingTimePerStep(from, to, agencies, AgencyDimension.RESOLVING);
    }

    List<ProcessingTime> processingTimePerStep(Instant from, Instant to, AgencyScope agencies, AgencyDimension by) {
        MapSqlParameterSource p = params(from, to);
        if (agencies.all() && by == AgencyDimension.RESOLVING) {
            // every hand-over's dossier has a resolving agency (foreign keys, not null): no join needed for all of them
            return jdbc.query(PER_STEP.replace("FROM", " from dossier_history h where" + IN_PERIOD), p, PROCESSING_TIME);
        }
        String sql = PER_STEP.replace("FROM", " from dossier_history h join dossier d on d.id = h.dossier_id"
                + " join agency a on a.id = d.agency_id where" + IN_PERIOD + within(agencies, p));
        return jdbc.query(by.sql(sql), p, PROCESSING_TIME);
    }

    private static final String IN_PERIOD = " h.handed_at >= :from and h.handed_at < :to";
    private static final String PER_STEP = "select h.from_step as code, max(h.from_step_name) as name, count(*) as n,"
            + " avg(h.step_seconds) as seconds FROM group by h.from_step order by h.from_step";
    private static final RowMapper<ProcessingTime> PROCESSING_TIME = (rs, i) ->
            new ProcessingTime(rs.getString("code"), rs.getString("name"), rs.getLong("n"), hours(rs.getDouble("seconds")));

    /** Procedures offered online (level 3 or 4) at some time in [fromDay, toDay]. */
    List<OnlineIndicators.Offer> onlineOffers(java.time.LocalDate fromDay, java.time.LocalDate toDay) {
        return jdbc.query("""
                select distinct p.code, p.online_service_type from admin_procedure p
                where p.online_service_type in ('PARTIAL', 'FULL') and p.effective_from <= :toDay
                  and (p.effective_to is null or p.effective_to >= :fromDay)
                """, new MapSqlParameterSource().addValue("fromDay", fromDay).addValue("toDay", toDay),
                (rs, i) -> new OnlineIndicators.Offer(rs.getString(1), rs.getString(2)));
    }

    /** Dossiers received in [from, to) per procedure and level at receipt: all and online. */
    List<OnlineIndicators.Received> receivedPerProcedure(Instant from, Instant to, AgencyScope agencies) {
        return receivedPerProcedure(from, to, agencies, AgencyDimension.RESOLVING);
    }

    List<OnlineIndicators.Received> receivedPerProcedure(Instant from, Instant to, AgencyScope agencies, AgencyDimension by) {
        MapSqlParameterSource p = params(from, to);
        String sql = """
                select p.code, d.online_service_type, count(*) as n,
                  sum(case when d.channel = 'ONLINE' then 1 else 0 end) as online
                from dossier d join admin_procedure p on p.id = d.procedure_id join agency a on a.id = d.agency_id
                where d.received_at >= :from and d.received_at < :to AGENCY
                group by p.code, d.online_service_type
                """.replace("AGENCY", within(agencies, p));
        return jdbc.query(by.sql(sql), p, (rs, i) -> new OnlineIndicators.Received(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Average time, in hours, of a procedure or a step over {@code count} dossiers or hand-overs. */
    record ProcessingTime(String code, String name, long count, double averageHours) {
    }

    private static MapSqlParameterSource params(Instant from, Instant to) {
        return new MapSqlParameterSource().addValue("from", utc(from)).addValue("to", utc(to));
    }

    /**
     * The condition on the agency ({@code a.code}) of a scope, its parameter added to {@code p}: nothing for every
     * agency, a condition no row meets for no agency.
     */
    static String within(AgencyScope agencies, MapSqlParameterSource p) {
        if (agencies.all()) {
            return "";
        }
        if (agencies.codes().isEmpty()) {
            return " and 1 = 0";
        }
        p.addValue("agencies", agencies.codes());
        return " and a.code in (:agencies)";
    }

    /**
     * The condition that the resolving agency ({@code a.code}, joined on {@code d.agency_id}) or the receiving agency
     * ({@code d.receiving_agency_code}) of a dossier is in the scope.
     */
    static String withinEither(AgencyScope agencies, MapSqlParameterSource p) {
        String resolving = within(agencies, p);
        if (resolving.isEmpty() || agencies.codes().isEmpty()) {
            return resolving;
        }
        return " and (a.code in (:agencies) or d.receiving_agency_code in (:agencies))";
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static double hours(double seconds) {
        return Math.round(seconds / 360.0) / 10.0;
    }
}
