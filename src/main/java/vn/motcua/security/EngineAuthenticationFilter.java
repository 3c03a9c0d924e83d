package vn.motcua.security;

import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs each authenticated API request as its user inside the engine, with the groups and tenants its authentication
 * carries ({@link CamundaIdentityAuthenticationProvider#authenticated}), so that engine authorizations and the tenant
 * check apply (Spring Security alone does not tell the engine who is calling).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    EngineAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(authentication.getName(),
                CamundaIdentityAuthenticationProvider.ids(authentication, CamundaIdentityAuthenticationProvider.GROUP_PREFIX),
                CamundaIdentityAuthenticationProvider.ids(authentication, CamundaIdentityAuthenticationProvider.TENANT_PREFIX));
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
