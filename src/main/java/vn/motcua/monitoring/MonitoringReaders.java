package vn.motcua.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.CallerAgencies;
import vn.motcua.procedure.AgencyMemberships;

/**
 * Who may read monitoring data — the Cockpit plugin, the KPI reports, the dashboard, its lists and exports
 * ({@code /api/reports}) and the application metrics ({@code /actuator/metrics}) — and which agencies' data: the one
 * place that decides it, from the province file as applied ({@link AgencyMemberships}), not from a list of names.
 * <ul>
 * <li>a member of a group whose role is {@code manager} reads the reports of the agencies whose tenant that group is
 * a member of: a unit's manager group (a district's or commune's chairman's office, a department's director) its
 * agency's; a manager group of the whole province ({@code provinceGroups}) every agency's;</li>
 * <li>Camunda's administrators ({@value #ADMIN_GROUP}) read everything;</li>
 * <li>the metrics, which are not per agency, are for administrators and the province's managers only;</li>
 * <li>anyone else (desks, handlers, heads, signers, analysts) reads nothing (403).</li>
 * </ul>
 */
@Component
public class MonitoringReaders {

    /** Camunda's administrators' group. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private final AgencyMemberships memberships;
    private final CallerAgencies callers;

    public MonitoringReaders(AgencyMemberships memberships, CallerAgencies callers) {
        this.memberships = memberships;
        this.callers = callers;
    }

    /** Whether a user of these groups may read the reports (of some agencies at least). */
    public boolean mayRead(Collection<String> groups) {
        return groups.contains(ADMIN_GROUP) || !memberships.managersAmong(groups).isEmpty();
    }

    /** Whether a user of these groups may read the application's metrics, which are the whole province's. */
    public boolean mayReadMetrics(Collection<String> groups) {
        return groups.contains(ADMIN_GROUP)
                || memberships.managersAmong(groups).stream().anyMatch(AgencyMemberships.Row::provinceWide);
    }

    /**
     * The agencies whose data the calling user reads: every agency for an administrator or a manager of the whole
     * province; else the tenants of the caller's manager groups, within the caller's tenants as the engine knows them
     * for this request; none for anyone else.
     */
    public AgencyScope scope() {
        AgencyScope caller = callers.current();
        if (caller.all()) {
            return AgencyScope.ALL;
        }
        List<AgencyMemberships.Row> managed = memberships.managersAmong(callers.groups());
        if (managed.stream().anyMatch(AgencyMemberships.Row::provinceWide)) {
            return AgencyScope.ALL;
        }
        Set<String> agencies = managed.stream().map(AgencyMemberships.Row::tenantId).filter(caller.codes()::contains)
                .collect(Collectors.toSet());
        return AgencyScope.of(agencies);
    }

    /**
     * The agencies for which the calling user may import past dossiers (docs/legacy-import.md): every agency for
     * Camunda's administrators (the province's administrator); else the tenants of the caller's manager groups of
     * one agency (not the province-wide manager groups, which read but do not import), within the caller's tenants;
     * none for anyone else.
     */
    public AgencyScope importScope() {
        List<String> groups = callers.groups();
        if (groups.contains(ADMIN_GROUP)) {
            return AgencyScope.ALL;
        }
        AgencyScope caller = callers.current();
        Set<String> agencies = memberships.managersAmong(groups).stream().filter(r -> !r.provinceWide())
                .map(AgencyMemberships.Row::tenantId).filter(t -> caller.all() || caller.codes().contains(t))
                .collect(Collectors.toSet());
        return AgencyScope.of(agencies);
    }
}
