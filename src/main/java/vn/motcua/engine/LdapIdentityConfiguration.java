package vn.motcua.engine;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.procedure.AgencyMemberships;

/**
 * Users and groups from the province's directory instead of Camunda's own tables: the engine's LDAP identity
 * plugin, switched on by the profile {@code ldap} ({@code application-ldap.yaml}, which sets
 * {@code motcua.identity.ldap.enabled}). Every {@code motcua.identity.ldap.*} property is the plugin's
 * setting of the same name (server-url, manager-dn, base-dn, user-search-filter...). Identity is then read
 * only: users, passwords and memberships are managed in the directory; Camunda Admin manages authorizations and
 * filters for the directory's groups. The tenants and the groups' tenant memberships are the province file's, kept
 * in the register and answered by the engine's identity ({@link DirectoryIdentityPlugin}). The administrator authorization plugin gives the
 * directory's group {@code camunda-admin} (Camunda's administrators' group, which Motcua's {@code /api/admin}
 * and monitoring also recognise) every right at start, since no administrator can be created in a read-only
 * identity; {@code motcua.identity.ldap.administrator-user} may name one directory user as well.
 * Guide: docs/operations.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "motcua.identity.ldap.enabled", havingValue = "true")
class LdapIdentityConfiguration {

    /** Camunda's administrators' group, here a group of the directory. */
    static final String ADMIN_GROUP = "camunda-admin";

    @Bean
    @ConfigurationProperties("motcua.identity.ldap")
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin(ObjectProvider<AgencyMemberships> memberships) {
        return new DirectoryIdentityPlugin(memberships::getObject);
    }

    @Bean
    AdministratorAuthorizationPlugin administratorAuthorizationPlugin(
            @Value("${motcua.identity.ldap.administrator-user:}") String user) {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorGroupName(ADMIN_GROUP);
        if (!user.isBlank()) {
            plugin.setAdministratorUserName(user);
        }
        return plugin;
    }
}
