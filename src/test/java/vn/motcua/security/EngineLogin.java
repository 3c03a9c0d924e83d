package vn.motcua.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/** Logs a user into the engine as the security filter and the webapps do: with its groups and its tenants (agencies). */
public final class EngineLogin {

    private EngineLogin() {
    }

    public static void as(IdentityService identity, String user) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
    }
}
