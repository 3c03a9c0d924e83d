package vn.motcua.monitoring;

import java.util.List;
import java.util.Locale;

import vn.motcua.dossier.FieldProblem;

/**
 * Which agency a monitoring figure is counted for (issue 13 point 3; docs/manager-guide.md): the agency that
 * resolves the dossier (its tenant, {@code dossier.agency_id}: the default, as before), or the agency whose desk or
 * service centre received it ({@code dossier.receiving_agency_code}; since 01/07/2025 a provincial or commune
 * service centre receives dossiers other agencies resolve). The choice changes the agency of grouping, of the
 * {@code agency} filter and of the caller's scope alike: a centre's manager reads its centre's intake.
 */
enum AgencyDimension {
    RESOLVING(" join agency a on a.id = d.agency_id"),
    /** Dossiers received before the column existed carry the resolving agency (V82); a missing one falls back to it. */
    RECEIVING(" join agency ra on ra.id = d.agency_id join agency a on a.code = coalesce(d.receiving_agency_code, ra.code)");

    /** The join every monitoring query of dossiers writes for the counted agency {@code a}. */
    static final String JOIN = " join agency a on a.id = d.agency_id";

    private final String join;

    AgencyDimension(String join) {
        this.join = join;
    }

    /** The query with its agency {@code a} joined on this dimension. */
    String sql(String query) {
        if (!query.contains(JOIN)) {
            throw new IllegalArgumentException("A monitoring query without the agency join: " + query);
        }
        return query.replace(JOIN, join);
    }

    /** The parameter {@code by}: blank or {@code resolving} (default), {@code receiving}; else 422 naming it. */
    static AgencyDimension of(String by) {
        if (by == null || by.isBlank()) {
            return RESOLVING;
        }
        try {
            return valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReportRequest(List.of(new FieldProblem("by", "Giá trị phải là resolving (cơ quan giải quyết)"
                    + " hoặc receiving (nơi tiếp nhận)")));
        }
    }
}
