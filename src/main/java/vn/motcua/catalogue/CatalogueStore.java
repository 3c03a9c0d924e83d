package vn.motcua.catalogue;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;

/**
 * The catalogue tables as the import reads and writes them: every stored version as a {@link Catalogue.Version} in
 * four queries, and new versions, cases, papers and step tables written in JDBC batches (a 2,000-procedure
 * catalogue is a few dozen statements, docs/performance.md). Runs inside the import's transaction.
 */
@Repository
class CatalogueStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    CatalogueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A stored version: its row id and its content. */
    record StoredVersion(long id, Catalogue.Version version) {
    }

    /** Every stored version by {@code code@effectiveFrom}. */
    Map<String, StoredVersion> versions() {
        Map<Long, List<Catalogue.Component>> components = new HashMap<>();
        jdbc.query("select case_id, code, name, mandatory, copies from procedure_component order by case_id, sort_order, id",
                rs -> {
                    components.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Catalogue.Component(
                            rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
                });
        Map<Long, List<Catalogue.Case>> cases = new HashMap<>();
        jdbc.query("select id, procedure_id, code, name, duration_amount, duration_unit, online_duration_amount, "
                + "postal_duration_amount, no_appointment, after_1500_next_day, pause_policy, fee_vnd "
                + "from procedure_case order by procedure_id, id", rs -> {
            cases.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Catalogue.Case(rs.getString(3),
                    rs.getString(4), rs.getInt(5), WorkingTimeUnit.valueOf(rs.getString(6)),
                    (Integer) rs.getObject(7, Integer.class), (Integer) rs.getObject(8, Integer.class), rs.getBoolean(9),
                    rs.getBoolean(10), PausePolicy.valueOf(rs.getString(11)), rs.getLong(12),
                    components.getOrDefault(rs.getLong(1), List.of())));
        });
        Map<String, StoredVersion> versions = new LinkedHashMap<>();
        jdbc.query("select id, code, name, field, resolving_level, agency_code, process_key, online_service_type, "
                + "effective_from, effective_to, legal_source, verified from admin_procedure order by code, effective_from",
                rs -> {
                    long id = rs.getLong(1);
                    String level = rs.getString(5);
                    var v = new Catalogue.Version(rs.getString(2), rs.getString(3), rs.getString(4),
                            level == null ? null : AgencyLevel.valueOf(level), rs.getString(6), rs.getString(7),
                            OnlineServiceType.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class),
                            rs.getObject(10, LocalDate.class), rs.getString(11), rs.getBoolean(12),
                            cases.getOrDefault(id, List.of()));
                    versions.put(v.key(), new StoredVersion(id, v));
                });
        return versions;
    }

    /** Inserts new versions with their cases and papers; their row ids by {@code code@effectiveFrom}. */
    Map<String, Long> insert(List<Catalogue.Version> versions, Map<String, String> processKeys) {
        if (versions.isEmpty()) {
            return Map.of();
        }
        SqlParameterSource[] rows = versions.stream().map(v -> new MapSqlParameterSource()
                .addValue("code", v.code()).addValue("name", v.name()).addValue("field", v.field())
                .addValue("processKey", processKeys.get(v.key()))
                .addValue("online", v.onlineServiceType().name())
                .addValue("from", Date.valueOf(v.effectiveFrom()), Types.DATE)
                .addValue("to", v.effectiveTo() == null ? null : Date.valueOf(v.effectiveTo()), Types.DATE)
                .addValue("level", v.level().name()).addValue("source", v.source()).addValue("agency", v.agency())
                .addValue("verified", v.verified())).toArray(SqlParameterSource[]::new);
        List<Long> ids = insertReturningIds("insert into admin_procedure (code, name, field, process_key, "
                + "online_service_type, effective_from, effective_to, resolving_level, legal_source, agency_code, verified) "
                + "values (:code, :name, :field, :processKey, :online, :from, :to, :level, :source, :agency, :verified)", rows);
        Map<String, Long> idOf = new HashMap<>();
        List<SqlParameterSource> caseRows = new ArrayList<>();
        List<Catalogue.Case> caseOrder = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            idOf.put(versions.get(i).key(), ids.get(i));
            for (Catalogue.Case c : versions.get(i).cases()) {
                caseOrder.add(c);
                caseRows.add(new MapSqlParameterSource().addValue("procedureId", ids.get(i)).addValue("code", c.code())
                        .addValue("name", c.name()).addValue("duration", c.duration()).addValue("unit", c.unit().name())
                        .addValue("online", c.onlineDuration(), Types.INTEGER)
                        .addValue("postal", c.postalDuration(), Types.INTEGER)
                        .addValue("noAppointment", c.noAppointment()).addValue("after1500", c.after1500NextDay())
                        .addValue("pause", c.pausePolicy().name()).addValue("fee", c.feeVnd()));
            }
        }
        List<Long> caseIds = insertReturningIds("insert into procedure_case (procedure_id, code, name, duration_amount, "
                + "duration_unit, online_duration_amount, postal_duration_amount, no_appointment, after_1500_next_day, "
                + "pause_policy, fee_vnd) values (:procedureId, :code, :name, :duration, :unit, :online, :postal, "
                + ":noAppointment, :after1500, :pause, :fee)", caseRows.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> componentRows = new ArrayList<>();
        for (int i = 0; i < caseOrder.size(); i++) {
            int order = 0;
            for (Catalogue.Component p : caseOrder.get(i).components()) {
                componentRows.add(new MapSqlParameterSource().addValue("caseId", caseIds.get(i)).addValue("code", p.code())
                        .addValue("name", p.name()).addValue("mandatory", p.mandatory()).addValue("copies", p.copies())
                        .addValue("order", ++order));
            }
        }
        named.batchUpdate("insert into procedure_component (case_id, code, name, mandatory, copies, sort_order) "
                + "values (:caseId, :code, :name, :mandatory, :copies, :order)", componentRows.toArray(SqlParameterSource[]::new));
        return idOf;
    }

    /** Inserts step tables of the version rows given by id. */
    void insertStepTables(List<Catalogue.StepTable> tables, Map<String, Long> versionIds) {
        if (tables.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = tables.stream().map(t -> new MapSqlParameterSource()
                .addValue("procedureId", versionIds.get(t.process().procedureCode() + "@" + t.process().effectiveFrom()))
                .addValue("caseCode", t.process().caseCode()).addValue("source", t.process().source())
                .addValue("verified", t.verified())).toArray(SqlParameterSource[]::new);
        List<Long> ids = insertReturningIds("insert into internal_process (procedure_id, case_code, source, verified) "
                + "values (:procedureId, :caseCode, :source, :verified)", rows);
        List<SqlParameterSource> steps = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            for (InternalProcessStep s : tables.get(i).process().steps()) {
                steps.add(new MapSqlParameterSource().addValue("tableId", ids.get(i)).addValue("order", s.order())
                        .addValue("name", s.name()).addValue("role", s.role().name()).addValue("unit", s.unitCode())
                        .addValue("share", s.share()));
            }
        }
        named.batchUpdate("insert into internal_process_step (internal_process_id, step_order, name, role, unit_code, share) "
                + "values (:tableId, :order, :name, :role, :unit, :share)", steps.toArray(SqlParameterSource[]::new));
    }

    /** The description of a stored version: source, verified, agency, last day. */
    void describe(long id, Catalogue.Version v) {
        jdbc.update("update admin_procedure set legal_source = ?, verified = ?, agency_code = ?, effective_to = ? where id = ?",
                v.source(), v.verified(), v.agency(), v.effectiveTo() == null ? null : Date.valueOf(v.effectiveTo()), id);
    }

    /** The description of a stored step table: source, verified. */
    void describeStepTable(long id, Catalogue.StepTable t) {
        jdbc.update("update internal_process set source = ?, verified = ? where id = ?", t.process().source(), t.verified(), id);
    }

    private List<Long> insertReturningIds(String sql, SqlParameterSource[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        KeyHolder keys = new GeneratedKeyHolder();
        named.batchUpdate(sql, rows, keys, new String[] {"id"});
        List<Long> ids = new ArrayList<>(rows.length);
        for (Map<String, Object> key : keys.getKeyList()) {
            Object id = key.size() == 1 ? key.values().iterator().next() : key.getOrDefault("id", key.get("ID"));
            ids.add(((Number) id).longValue());
        }
        if (ids.size() != rows.length) {
            throw new IllegalStateException("Expected " + rows.length + " generated ids, got " + ids.size());
        }
        return ids;
    }
}
