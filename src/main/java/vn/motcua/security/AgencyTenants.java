package vn.motcua.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.procedure.AgencyLevel;

/**
 * The one place that turns agencies and their groups into the engine's tenants and tenant memberships
 * (docs/security.md, "Agency isolation"): one tenant per agency, id = the agency's identifier code; every
 * group that works on the agency's dossiers (its desk, handlers, heads, signers, return desk, partners that
 * cooperate on its procedures) is a member of its tenant; the province-wide groups (managers) are members of
 * every tenant; the desk of a province-level agency (the province's public administration service centre)
 * receives for the province's departments, so it is a member of their tenants too.
 * <p>
 * Pure: {@link #of} derives; the province loader ({@code province.ProvinceApplier}) writes them.
 */
public final class AgencyTenants {

    /**
     * An agency and the groups that work on its dossiers.
     *
     * @param parentCode null for the province itself
     * @param deskGroup  the agency's one-stop desk (bộ phận một cửa)
     * @param groups     the other groups working on its dossiers (handlers, heads, signers, return, partners)
     */
    public record AgencyGroups(String code, String name, AgencyLevel level, String parentCode, String deskGroup,
                               List<String> groups) {
    }

    public record TenantRow(String id, String name) {
    }

    public record Membership(String tenantId, String groupId) {
    }

    private final List<TenantRow> tenants;
    private final List<Membership> memberships;

    private AgencyTenants(List<TenantRow> tenants, List<Membership> memberships) {
        this.tenants = List.copyOf(tenants);
        this.memberships = List.copyOf(memberships);
    }

    /** Tenants and memberships of the agencies; {@code provinceWide} groups are members of every tenant. */
    public static AgencyTenants of(List<AgencyGroups> agencies, List<String> provinceWide) {
        List<TenantRow> tenants = new ArrayList<>();
        Set<Membership> memberships = new LinkedHashSet<>();
        for (AgencyGroups agency : agencies) {
            tenants.add(new TenantRow(agency.code(), agency.name()));
            memberships.add(new Membership(agency.code(), agency.deskGroup()));
            agency.groups().forEach(group -> memberships.add(new Membership(agency.code(), group)));
            provinceWide.forEach(group -> memberships.add(new Membership(agency.code(), group)));
            if (agency.level() == AgencyLevel.DEPARTMENT) {
                agencies.stream()
                        .filter(a -> a.level() == AgencyLevel.PROVINCE && a.code().equals(agency.parentCode()))
                        .forEach(province -> memberships.add(new Membership(agency.code(), province.deskGroup())));
            }
        }
        return new AgencyTenants(tenants, new ArrayList<>(memberships));
    }

    public List<TenantRow> tenants() {
        return tenants;
    }

    public List<Membership> memberships() {
        return memberships;
    }
}
