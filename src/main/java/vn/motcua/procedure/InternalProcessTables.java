package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the approved internal processes (quy trình nội bộ) stored with the procedure versions by the catalogue import
 * (tables {@code internal_process}, {@code internal_process_step}; docs/catalogue-import.md): for the BPMN skeleton
 * generator and the import's comparison.
 */
@Repository
public class InternalProcessTables {

    private final JdbcTemplate jdbc;

    InternalProcessTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored table: the version row it belongs to, its process and whether it was checked against its source. */
    public record Stored(long id, long procedureId, InternalProcess process, boolean verified) {
    }

    /** The step tables of one procedure version (code and effective date), one per case that has one. */
    public List<InternalProcess> of(String procedureCode, LocalDate effectiveFrom) {
        return load("where p.code = ? and p.effective_from = ?", procedureCode, effectiveFrom).stream()
                .map(Stored::process).toList();
    }

    /** Every stored table, in the order of procedure, case and step. */
    public List<Stored> all() {
        return load("");
    }

    private List<Stored> load(String where, Object... args) {
        Map<Long, Stored> tables = new LinkedHashMap<>();
        Map<Long, List<InternalProcessStep>> steps = new LinkedHashMap<>();
        jdbc.query("select ip.id, ip.procedure_id, p.code, p.effective_from, ip.case_code, ip.source, ip.verified, "
                + "s.step_order, s.name, s.role, s.unit_code, s.share from internal_process ip "
                + "join admin_procedure p on p.id = ip.procedure_id "
                + "join internal_process_step s on s.internal_process_id = ip.id " + where
                + " order by p.code, p.effective_from, ip.case_code, s.step_order", rs -> {
            long id = rs.getLong(1);
            tables.computeIfAbsent(id, k -> {
                try {
                    return new Stored(id, rs.getLong(2), new InternalProcess(rs.getString(3),
                            rs.getString(5), rs.getObject(4, LocalDate.class), rs.getString(6), List.of()), rs.getBoolean(7));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            BigDecimal share = rs.getBigDecimal(12).stripTrailingZeros();
            steps.computeIfAbsent(id, k -> new ArrayList<>()).add(new InternalProcessStep(rs.getInt(8), rs.getString(9),
                    StepRole.valueOf(rs.getString(10)), rs.getString(11), share));
        }, args);
        List<Stored> result = new ArrayList<>();
        tables.forEach((id, t) -> result.add(new Stored(id, t.procedureId(), new InternalProcess(
                t.process().procedureCode(), t.process().caseCode(), t.process().effectiveFrom(), t.process().source(),
                steps.get(id)), t.verified())));
        return result;
    }
}
