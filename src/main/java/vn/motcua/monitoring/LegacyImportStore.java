package vn.motcua.monitoring;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.procedure.RuleSets;

/**
 * The SQL of the past-dossier import: the catalogue snapshot its rules read ({@link LegacyRows.Catalogue}), and the
 * batch and its closed dossier rows, written with JDBC batches inside the caller's transaction.
 */
@Repository
class LegacyImportStore {

    static final int CHUNK = 1000;

    private static final String INSERT = """
            insert into dossier (code, agency_id, procedure_id, procedure_case_id, channel, online_service_type,
              applicant_name, applicant_id_number, summary, status, outcome, overdue, submitted_at, received_at, due_at,
              processing_ended_at, returned_at, closed_at, withdrawn_at, stopped_at, rule_set, receiving_agency_code,
              import_batch_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final RuleSets ruleSets;

    LegacyImportStore(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, RuleSets ruleSets) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.ruleSets = ruleSets;
    }

    /** A snapshot of agencies and procedure versions, read once per file. */
    LegacyRows.Catalogue catalogue() {
        Map<String, Long> agencies = new HashMap<>();
        jdbc.query("select id, code from agency", rs -> {
            agencies.put(rs.getString(2), rs.getLong(1));
        });
        Map<Long, List<LegacyRows.CaseOf>> cases = new HashMap<>();
        jdbc.query("select id, procedure_id, code, duration_amount, online_duration_amount, postal_duration_amount,"
                + " duration_unit, after_1500_next_day from procedure_case order by id", rs -> {
            cases.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new LegacyRows.CaseOf(rs.getLong(1),
                    rs.getString(3), rs.getInt(4), (Integer) rs.getObject(5, Integer.class),
                    (Integer) rs.getObject(6, Integer.class), rs.getString(7), rs.getBoolean(8)));
        });
        Map<String, List<LegacyRows.Version>> versions = new HashMap<>();
        jdbc.query("select id, code, effective_from, effective_to, online_service_type from admin_procedure"
                + " order by code, effective_from", rs -> {
            long id = rs.getLong(1);
            versions.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new LegacyRows.Version(id,
                    rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                    cases.getOrDefault(id, List.of())));
        });
        return new LegacyRows.Catalogue() {
            @Override
            public Long agencyId(String code) {
                return agencies.get(code);
            }

            @Override
            public List<LegacyRows.Version> versions(String procedureCode) {
                return versions.getOrDefault(procedureCode, List.of());
            }

            @Override
            public String ruleSet(LocalDate day) {
                return ruleSets.all().stream().filter(s -> s.isInForceOn(day)).map(s -> s.id()).findFirst().orElse(null);
            }

            @Override
            public Set<String> existingCodes(Set<String> codes) {
                return LegacyImportStore.this.existingCodes(codes);
            }

            @Override
            public LocalDateTime legalDue(LocalDateTime received, long amount, WorkingTimeUnit unit, boolean after1500) {
                return calendar.dueDate(received, amount, unit, after1500);
            }
        };
    }

    Set<String> existingCodes(Set<String> codes) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(jdbc.queryForList("select code from dossier where code in (:codes)",
                    new MapSqlParameterSource("codes", all.subList(i, Math.min(all.size(), i + CHUNK))), String.class));
        }
        return found;
    }

    /** The batch applied earlier from a file with these bytes, if any. */
    Optional<Batch> batchOfFile(String sha256) {
        return jdbc.query(BATCHES + " where b.file_sha256 = :sha group by " + GROUP, new MapSqlParameterSource("sha", sha256),
                LegacyImportStore::batch).stream().findFirst();
    }

    /** The batch and all its rows; the caller's transaction makes it all or nothing. */
    long write(String sha256, String fileName, String user, Instant at, List<LegacyRows.Row> rows) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into legacy_import_batch (file_sha256, file_name, imported_by, imported_at, row_count)"
                        + " values (:sha, :name, :user, :at, :n)",
                new MapSqlParameterSource().addValue("sha", sha256).addValue("name", fileName).addValue("user", user)
                        .addValue("at", ReportQueries.utc(at)).addValue("n", rows.size()), key, new String[] {"id"});
        long batch = key.getKey().longValue();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            List<LegacyRows.Row> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
            jdbc.getJdbcTemplate().batchUpdate(INSERT, chunk, chunk.size(), (ps, r) -> bind(ps, r, batch));
        }
        return batch;
    }

    private static void bind(PreparedStatement ps, LegacyRows.Row r, long batch) throws SQLException {
        DossierStatus s = r.status();
        boolean resolved = s == DossierStatus.PROCESSED || s == DossierStatus.RETURNED;
        ps.setString(1, r.code());
        ps.setLong(2, r.agencyId());
        ps.setLong(3, r.procedureId());
        ps.setLong(4, r.caseId());
        ps.setString(5, r.channel().name());
        ps.setString(6, r.onlineServiceType());
        ps.setString(7, r.applicantName());
        ps.setString(8, r.applicantId());
        ps.setString(9, r.summary());
        ps.setInt(10, s.code());
        ps.setString(11, r.outcome() == null ? null : r.outcome().name());
        ps.setBoolean(12, r.outcome() == vn.motcua.dossier.Outcome.LATE);
        time(ps, 13, r.receivedAt());
        time(ps, 14, r.receivedAt());
        time(ps, 15, r.dueAt());
        time(ps, 16, resolved ? r.finishedAt() : null);
        time(ps, 17, r.returnedAt());
        time(ps, 18, s == DossierStatus.PROCESSED ? null : s == DossierStatus.RETURNED ? r.returnedAt() : r.finishedAt());
        time(ps, 19, s == DossierStatus.WITHDRAWN ? r.finishedAt() : null);
        time(ps, 20, s == DossierStatus.STOPPED ? r.finishedAt() : null);
        ps.setString(21, r.ruleSet());
        ps.setString(22, r.receivingAgencyCode());
        ps.setLong(23, batch);
    }

    private static void time(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, ReportQueries.utc(t));
        }
    }

    /** An applied batch: who imported which file when, and how many of its rows are in the caller's agencies. */
    record Batch(long id, String fileName, String importedBy, Instant importedAt, int rowCount) {
    }

    private static final String BATCHES = """
            select b.id, b.file_name, b.imported_by, b.imported_at, b.row_count from legacy_import_batch b
            """;
    private static final String GROUP = "b.id, b.file_name, b.imported_by, b.imported_at, b.row_count";

    /** The batches with at least one row in the scope, newest first. */
    List<Batch> batches(AgencyScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = BATCHES + " where exists (select 1 from dossier d join agency a on a.id = d.agency_id"
                + " where d.import_batch_id = b.id" + ReportQueries.within(scope, p) + ") group by " + GROUP
                + " order by b.id desc";
        return jdbc.query(sql, p, LegacyImportStore::batch);
    }

    /** The rows of a batch in the scope, for its export. */
    List<List<Object>> rows(long batch, AgencyScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("batch", batch);
        String sql = "select d.code, a.code as agency, d.receiving_agency_code, p.code as procedure, p.effective_from,"
                + " d.channel, d.status, d.outcome, d.received_at, d.due_at, d.processing_ended_at, d.returned_at,"
                + " d.closed_at, d.applicant_name, d.summary from dossier d join agency a on a.id = d.agency_id"
                + " join admin_procedure p on p.id = d.procedure_id where d.import_batch_id = :batch"
                + ReportQueries.within(scope, p) + " order by d.id";
        return jdbc.query(sql, p, (rs, i) -> {
            List<Object> row = new ArrayList<>();
            row.add(rs.getString("code"));
            row.add(rs.getString("agency"));
            row.add(rs.getString("receiving_agency_code"));
            row.add(rs.getString("procedure"));
            row.add(rs.getObject("effective_from", LocalDate.class).toString());
            row.add(rs.getString("channel"));
            row.add(rs.getInt("status"));
            row.add(rs.getString("outcome"));
            for (String c : List.of("received_at", "due_at", "processing_ended_at", "returned_at", "closed_at")) {
                row.add(ReportQueries.instant(rs, c));
            }
            row.add(rs.getString("applicant_name"));
            row.add(rs.getString("summary"));
            return row;
        });
    }

    private static Batch batch(java.sql.ResultSet rs, int i) throws SQLException {
        return new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), ReportQueries.instant(rs, "imported_at"),
                rs.getInt(5));
    }
}
