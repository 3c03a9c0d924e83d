package vn.motcua.engine;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: announces {@link IdentityChanged} each time a change of the engine's own users, groups, tenants
 * or memberships (Camunda Admin, the engine REST API, the province file's {@code security.AgencyTenants}, the demo)
 * has committed, so that what was read about users before — the API's cached logins
 * ({@code security.AuthenticationCache}) — is dropped on this node at once. It wraps Camunda's database identity
 * provider, through which every such change goes, and is left out when another identity provider (the directory,
 * {@link DirectoryIdentityPlugin}, read-only here) is configured. Other nodes and the directory's own changes are not
 * announced here: there the cache's lifetime bounds the delay (docs/security.md).
 */
@Component
class IdentityChangesPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;

    IdentityChangesPlugin(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() == null) {
            configuration.setIdentityProviderSessionFactory(new Factory(events));
        }
    }

    /** Opens the announcing provider; its type is Camunda's, so the engine also uses it as the writable provider. */
    record Factory(ApplicationEventPublisher events) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return DbIdentityServiceProvider.class;
        }

        @Override
        public Session openSession() {
            return new Announcing(events);
        }
    }

    /** Camunda's database identity provider; each write announces itself once its transaction has committed. */
    static final class Announcing extends DbIdentityServiceProvider {

        private final ApplicationEventPublisher events;

        Announcing(ApplicationEventPublisher events) {
            this.events = events;
        }

        private IdentityOperationResult announced(IdentityOperationResult result) {
            events.publishEvent(IdentityChanged.INSTANCE);
            Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> events.publishEvent(IdentityChanged.INSTANCE));
            return result;
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            return announced(super.saveUser(user));
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            return announced(super.deleteUser(userId));
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            return announced(super.unlockUser(userId));
        }

        @Override
        public IdentityOperationResult saveGroup(Group group) {
            return announced(super.saveGroup(group));
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            return announced(super.deleteGroup(groupId));
        }

        @Override
        public IdentityOperationResult saveTenant(Tenant tenant) {
            return announced(super.saveTenant(tenant));
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            return announced(super.deleteTenant(tenantId));
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            return announced(super.createMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            return announced(super.deleteMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            return announced(super.createTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            return announced(super.createTenantGroupMembership(tenantId, groupId));
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            return announced(super.deleteTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            return announced(super.deleteTenantGroupMembership(tenantId, groupId));
        }
    }
}
