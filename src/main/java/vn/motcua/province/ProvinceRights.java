package vn.motcua.province;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import vn.motcua.procedure.AgencyLevel;
import vn.motcua.security.AgencyTenants;

/**
 * The one place that decides, from a province description, who may do what (docs/province.md, "What is
 * derived"): tenants and memberships through {@link AgencyTenants}, and the group grants. Pure: no engine call.
 * <ul>
 * <li>every group: Tasklist access;</li>
 * <li>each service centre receiving for an agency that resolves a procedure: read and start that procedure's
 * process (plus creating process instances);</li>
 * <li>managers (province groups and agency units with role {@code manager}): Cockpit, read definitions,
 * instances, history, tasks, decisions and deployments — within their tenants; and the monitoring reports of
 * their tenants' agencies ({@code monitoring.MonitoringReaders}, from the memberships the applier writes to the
 * register with each group's role);</li>
 * <li>analysts: Cockpit, deploy and read models.</li>
 * </ul>
 */
public final class ProvinceRights {

    /** A grant to a group on one resource. */
    public record Grant(String groupId, Resources resource, String resourceId, Set<String> permissions) {
        public String key() {
            return groupId + " " + resource.name() + ":" + resourceId;
        }
    }

    /** The resources whose group grants the province file decides; other grants are left alone. */
    static final Set<Resources> MANAGED = Set.of(Resources.APPLICATION, Resources.PROCESS_DEFINITION,
            Resources.PROCESS_INSTANCE, Resources.TASK, Resources.DECISION_DEFINITION, Resources.DEPLOYMENT);

    private final List<AgencyTenants.TenantRow> tenants;
    private final List<AgencyTenants.Membership> memberships;
    private final Map<String, Grant> grants;

    private ProvinceRights(List<AgencyTenants.TenantRow> tenants, List<AgencyTenants.Membership> memberships,
                           Map<String, Grant> grants) {
        this.tenants = List.copyOf(tenants);
        this.memberships = memberships;
        this.grants = grants;
    }

    /**
     * @param province  a valid description
     * @param processes process key of each catalogue code
     * @param closed    codes of agencies no longer in the file: their tenants keep only the province managers
     */
    public static ProvinceRights of(Province province, Map<String, String> processes, List<ClosedAgency> closed) {
        List<String> managers = province.provinceGroups().stream().filter(g -> "manager".equals(g.role()))
                .map(Province.GroupEntry::id).toList();
        Map<String, Province.AgencyEntry> byCode = new LinkedHashMap<>();
        province.agencies().forEach(a -> byCode.put(a.code(), a));
        List<AgencyTenants.AgencyGroups> agencies = new ArrayList<>();
        for (Province.AgencyEntry a : province.agencies()) {
            Set<String> groups = new LinkedHashSet<>(ownGroups(province, a));
            // merged (sáp nhập): the successors' people see its running dossiers in its tenant, which they keep
            Set<String> seen = new LinkedHashSet<>(Set.of(a.code()));
            for (Province.AgencyEntry s = byCode.get(a.successor()); s != null && seen.add(s.code()); s = byCode.get(s.successor())) {
                groups.add(s.desk());
                groups.addAll(ownGroups(province, s));
            }
            groups.remove(a.desk());
            agencies.add(new AgencyTenants.AgencyGroups(a.code(), a.name(), AgencyLevel.valueOf(a.level()), a.parent(),
                    a.desk(), List.copyOf(groups)));
        }
        AgencyTenants open = AgencyTenants.of(agencies, managers);
        List<AgencyTenants.TenantRow> tenantRows = new ArrayList<>(open.tenants());
        Set<AgencyTenants.Membership> memberships = new LinkedHashSet<>(open.memberships());
        for (ClosedAgency c : closed) {
            // the tenant stays for the agency's running and ended dossiers; the province managers still see them
            tenantRows.add(new AgencyTenants.TenantRow(c.code(), c.name()));
            managers.forEach(m -> memberships.add(new AgencyTenants.Membership(c.code(), m)));
        }

        Map<String, Grant> grants = new LinkedHashMap<>();
        province.allGroups().forEach(g -> grant(grants, g.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS));
        for (Province.AgencyEntry a : province.agencies()) {
            for (String code : a.resolves()) {
                String process = processes.get(code);
                if (process == null) {
                    continue;
                }
                province.serviceCentres().stream().filter(c -> c.receivesFor().contains(a.code())).forEach(desk -> {
                    // a desk registers at the counter (Tasklist's start form) and through /api; the instance gets the
                    // tenant of the dossier's agency. No DELETE_INSTANCE: a withdrawal goes through /api.
                    grant(grants, desk.id(), Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
                    grant(grants, desk.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
                });
            }
        }
        List<String> allManagers = new ArrayList<>(managers);
        province.agencies().forEach(a -> a.groups().filter(g -> "manager".equals(g.role())).forEach(g -> allManagers.add(g.id())));
        for (String manager : allManagers) {
            grant(grants, manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(grants, manager, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY, Permissions.READ_TASK);
            grant(grants, manager, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            grant(grants, manager, Resources.TASK, "*", Permissions.READ);
            grant(grants, manager, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            grant(grants, manager, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        // analysts deploy from Camunda Modeler (docs/analyst-guide.md) without being administrators
        province.provinceGroups().stream().filter(g -> "analyst".equals(g.role())).forEach(g -> {
            grant(grants, g.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(grants, g.id(), Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
            grant(grants, g.id(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(grants, g.id(), Resources.DECISION_DEFINITION, "*", Permissions.READ);
        });
        return new ProvinceRights(tenantRows, List.copyOf(memberships), grants);
    }

    /** The groups working on an agency's dossiers besides its desk: its units' groups, partners, other desks. */
    private static List<String> ownGroups(Province province, Province.AgencyEntry a) {
        List<String> groups = new ArrayList<>(a.groups().map(Province.GroupEntry::id).toList());
        groups.addAll(a.partners());
        province.serviceCentres().stream().filter(c -> c.receivesFor().contains(a.code()) && !c.id().equals(a.desk()))
                .forEach(c -> groups.add(c.id()));
        return groups;
    }

    /** An agency in the register that the file no longer has. */
    public record ClosedAgency(String code, String name, AgencyLevel level) {
    }

    public List<AgencyTenants.TenantRow> tenants() {
        return tenants;
    }

    public List<AgencyTenants.Membership> memberships() {
        return memberships;
    }

    public Map<String, Grant> grants() {
        return grants;
    }

    private static void grant(Map<String, Grant> grants, String group, Resources resource, String resourceId,
                              Permission... permissions) {
        Grant grant = grants.computeIfAbsent(group + " " + resource.name() + ":" + resourceId,
                k -> new Grant(group, resource, resourceId, new TreeSet<>()));
        for (Permission p : permissions) {
            grant.permissions().add(p.getName());
        }
    }

    /** The permission of a name. */
    static Permission permission(String name) {
        for (Permissions p : Permissions.values()) {
            if (p.getName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
