package vn.motcua.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's identity service: the users and groups managed in Camunda Admin (or the directory,
 * profile {@code ldap}) are the users of the REST APIs. The one place that builds the API's authentications
 * ({@link #authenticated}, also for the Cockpit session's way into the reports, {@link WebappSessionFilter}): each
 * group becomes an authority {@code GROUP_<id>}, each tenant (agency) {@code TENANT_<id>}, read from the identity
 * service exactly as the webapps' login reads them — the engine's tenant memberships that the province file derives
 * ({@link AgencyTenants}), which with a directory the engine's identity answers from the register
 * ({@code engine.DirectoryIdentityPlugin}) — so {@code /api}, {@code /engine-rest}, Tasklist and Cockpit give a user
 * the same agencies.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = "GROUP_";
    static final String TENANT_PREFIX = "TENANT_";

    private final IdentityService identity;
    private final AuthenticationCache cache;

    CamundaIdentityAuthenticationProvider(IdentityService identity, AuthenticationCache cache) {
        this.identity = identity;
        this.cache = cache;
    }

    /** A login that passed within the cache's lifetime is answered from it ({@link AuthenticationCache}). */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || credentials == null) {
            throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
        }
        String password = credentials.toString();
        Optional<UsernamePasswordAuthenticationToken> known = cache.get(user, password);
        if (known.isPresent()) {
            return known.get();
        }
        long stamp = cache.stamp();
        Instant readAt = cache.now();
        if (!identity.checkPassword(user, password)) {
            throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
        }
        UsernamePasswordAuthenticationToken authenticated = authenticated(identity, user);
        cache.put(user, password, authenticated, stamp, readAt);
        return authenticated;
    }

    /**
     * The user, authenticated, with its groups ({@code GROUP_<id>}) and tenants ({@code TENANT_<id>}: those of the
     * user and of its groups) as they are now in the identity service.
     */
    static UsernamePasswordAuthenticationToken authenticated(IdentityService identity, String user) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .forEach(id -> authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + id)));
        identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId)
                .forEach(id -> authorities.add(new SimpleGrantedAuthority(TENANT_PREFIX + id)));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** The ids of the authorities with the prefix ({@link #GROUP_PREFIX}, {@link #TENANT_PREFIX}). */
    static List<String> ids(org.springframework.security.core.Authentication authentication, String prefix) {
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
