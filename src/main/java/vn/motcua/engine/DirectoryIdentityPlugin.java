package vn.motcua.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

import vn.motcua.procedure.AgencyMemberships;

/**
 * The engine's LDAP identity plugin, with the tenants of the province file: users, passwords and group memberships
 * come from the directory; the tenants (one per agency, id = its code) and which groups are members of which tenant
 * come from the register ({@link AgencyMemberships}, written by the province's applier from the same derivation,
 * {@code security.AgencyTenants}, that writes the engine's own tenant tables when Camunda manages the users). The
 * directory connection cannot hold tenants: Camunda's plugin answers every tenant query with nothing, so a directory
 * clerk would have no agency — Tasklist, Cockpit, the engine REST API and {@code /api} all read the user's tenants
 * from the identity service (the webapps' login does, and so does {@code security.CamundaIdentityAuthenticationProvider}),
 * and here they get the same answer as with Camunda's own identity.
 * <p>
 * A tenant query by user with {@code includingGroupsOfUser} takes the user's groups from the directory; by user alone
 * it finds nothing (the province file makes groups, never single users, members). An authenticated caller sees the
 * tenants it may read (a grant on {@code TENANT}) and those its groups are members of, as Camunda's own query does.
 */
public class DirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

    private final Supplier<AgencyMemberships> memberships;

    public DirectoryIdentityPlugin(Supplier<AgencyMemberships> memberships) {
        this.memberships = memberships;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        Factory factory = new Factory(memberships);
        factory.setLdapConfiguration(this);
        configuration.setIdentityProviderSessionFactory(factory);
    }

    static class Factory extends LdapIdentityProviderFactory {

        private final Supplier<AgencyMemberships> memberships;

        Factory(Supplier<AgencyMemberships> memberships) {
            this.memberships = memberships;
        }

        @Override
        public Session openSession() {
            return new DirectorySession(ldapConfiguration, memberships);
        }
    }

    /** The directory's session, answering tenant queries from the register. */
    static class DirectorySession extends LdapIdentityProviderSession {

        private final Supplier<AgencyMemberships> memberships;

        DirectorySession(LdapConfiguration configuration, Supplier<AgencyMemberships> memberships) {
            super(configuration);
            this.memberships = memberships;
        }

        @Override
        public TenantQuery createTenantQuery() {
            return new ProvinceTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), memberships);
        }

        @Override
        public TenantQuery createTenantQuery(CommandContext commandContext) {
            return new ProvinceTenantQuery(null, memberships);
        }

        @Override
        public Tenant findTenantById(String id) {
            return new ProvinceTenantQuery(null, memberships).tenantId(id).singleResult();
        }
    }

    /** A tenant query over the agencies and their member groups in the register. */
    static class ProvinceTenantQuery extends TenantQueryImpl {

        private static final long serialVersionUID = 1L;

        private final transient Supplier<AgencyMemberships> memberships;

        ProvinceTenantQuery(CommandExecutor executor, Supplier<AgencyMemberships> memberships) {
            super(executor);
            this.memberships = memberships;
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching(commandContext).size();
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            List<Tenant> all = matching(commandContext);
            if (page == null) {
                return all;
            }
            int from = Math.min(page.getFirstResult(), all.size());
            return all.subList(from, Math.min(all.size(), from + page.getMaxResults()));
        }

        private List<Tenant> matching(CommandContext commandContext) {
            AgencyMemberships register = memberships.get();
            Set<String> members = null;
            if (getUserId() != null) {
                members = isIncludingGroups() ? register.tenantsOf(groupsOf(commandContext, getUserId())) : Set.of();
            }
            if (getGroupId() != null) {
                Set<String> ofGroup = register.tenantsOf(List.of(getGroupId()));
                members = members == null ? ofGroup : members.stream().filter(ofGroup::contains).collect(java.util.stream.Collectors.toSet());
            }
            Set<String> memberOf = members;
            Authentication caller = commandContext.getAuthentication();
            Set<String> callersOwn = caller == null || caller.getGroupIds() == null ? Set.of()
                    : register.tenantsOf(caller.getGroupIds());
            Pattern like = getNameLike() == null ? null : likePattern(getNameLike());
            return register.tenants().stream()
                    .filter(t -> memberOf == null || memberOf.contains(t.id()))
                    .filter(t -> getId() == null || getId().equals(t.id()))
                    .filter(t -> getIds() == null || Arrays.asList(getIds()).contains(t.id()))
                    .filter(t -> getName() == null || getName().equals(t.name()))
                    .filter(t -> like == null || like.matcher(t.name()).matches())
                    .filter(t -> callersOwn.contains(t.id())
                            || commandContext.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.TENANT, t.id()))
                    .sorted(Comparator.comparing(AgencyMemberships.Tenant::id))
                    .map(ProvinceTenantQuery::entity)
                    .toList();
        }

        private static Collection<String> groupsOf(CommandContext commandContext, String userId) {
            return commandContext.getReadOnlyIdentityProvider().createGroupQuery(commandContext).groupMember(userId).list()
                    .stream().map(Group::getId).toList();
        }

        private static Tenant entity(AgencyMemberships.Tenant t) {
            TenantEntity tenant = new TenantEntity(t.id());
            tenant.setName(t.name());
            return tenant;
        }

        /** SQL LIKE ({@code %}, {@code _}) as a pattern, everything else literal. */
        static Pattern likePattern(String like) {
            StringBuilder regex = new StringBuilder();
            for (char c : like.toCharArray()) {
                regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }
}
