package vn.motcua.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which groups work for which agency, with their role, as the province file last applied says (table
 * {@code province_membership}, docs/province.md "What is derived"): one row per agency (its code is its tenant id)
 * and member group. Written only by the province's applier, in the same transaction as the rest of a change, from the
 * same derivation that writes the engine's tenant memberships; read for who may read which agencies' reports
 * ({@code monitoring.MonitoringReaders}) and, with a directory identity (LDAP), as the engine's tenant memberships.
 * Shared by every node through the database, so an apply on one node is seen by all.
 */
@Repository
@Transactional(readOnly = true)
public class AgencyMemberships {

    /** The role of a manager group (docs/province.md): reads the reports of the agencies whose tenant it is in. */
    public static final String MANAGER = "manager";

    /**
     * A group working for an agency.
     *
     * @param provinceWide a group of the whole province ({@code provinceGroups} of the file)
     */
    public record Row(String tenantId, String groupId, String role, boolean provinceWide) {
    }

    /** An agency as a tenant: its code and name. */
    public record Tenant(String id, String name) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AgencyMemberships(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, by tenant then group. */
    public List<Row> all() {
        return jdbc.query("select tenant_id, group_id, role, province_wide from province_membership order by tenant_id, group_id",
                new MapSqlParameterSource(), (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)));
    }

    /** Replaces every row (the applier, inside its transaction). */
    @Transactional
    public void replace(Collection<Row> rows) {
        jdbc.update("delete from province_membership", new MapSqlParameterSource());
        jdbc.batchUpdate("insert into province_membership (tenant_id, group_id, role, province_wide)"
                + " values (:tenantId, :groupId, :role, :provinceWide)", rows.stream().map(r -> (SqlParameterSource)
                new MapSqlParameterSource().addValue("tenantId", r.tenantId()).addValue("groupId", r.groupId())
                        .addValue("role", r.role()).addValue("provinceWide", r.provinceWide()))
                .toArray(SqlParameterSource[]::new));
    }

    /** The tenants (agency codes) any of the groups is a member of. */
    public Set<String> tenantsOf(Collection<String> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.queryForList("select distinct tenant_id from province_membership where group_id in (:groups)",
                new MapSqlParameterSource("groups", groups), String.class));
    }

    /** The rows of those of the groups whose role is {@link #MANAGER}. */
    public List<Row> managersAmong(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select tenant_id, group_id, role, province_wide from province_membership"
                + " where group_id in (:groups) and role = :role order by tenant_id, group_id",
                new MapSqlParameterSource("groups", groups).addValue("role", MANAGER),
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    /** Every agency of the register as a tenant (open or closed: a closed agency keeps its tenant), by code. */
    public List<Tenant> tenants() {
        return jdbc.query("select code, name from agency order by code", new MapSqlParameterSource(),
                (rs, i) -> new Tenant(rs.getString(1), rs.getString(2)));
    }
}
