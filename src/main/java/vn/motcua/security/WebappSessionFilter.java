package vn.motcua.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.engine.WebappSessions;

/**
 * Lets the Cockpit plugin "Giám sát hồ sơ" read the one monitoring API ({@code /api/reports/**}) with the
 * manager's Cockpit login: a request there without an {@code Authorization} header whose HTTP session is
 * logged into Cockpit runs as that user, with the user's groups as they are now in the engine's identity
 * service (not as they were at login). The reports are GET endpoints; the one write under this path is the
 * past-dossier import ({@code /api/reports/legacy-imports}, page "Nhập hồ sơ cũ"), a POST that the CSRF check
 * ({@link CrossSiteRequestFilter}, which runs before) lets through from this application's own pages only. Every other {@code /api} path stays HTTP Basic only; who may
 * read the reports is still decided by the authorization rules ({@code MonitoringReaders}). The API chain never
 * changes the session's id for such a request (the webapps' session stays the browser's session).
 */
class WebappSessionFilter extends OncePerRequestFilter {

    static final String REPORTS = "/api/reports/";
    static final String ENGINE = "default";
    static final String COCKPIT = "cockpit";

    private final IdentityService identity;

    WebappSessionFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(REPORTS) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            WebappSessions.user(request, ENGINE, COCKPIT).ifPresent(user -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(identity, user));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
