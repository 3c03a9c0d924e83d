package vn.motcua.engine;

import java.util.Optional;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who is logged into the Camunda webapps in a request's session: the webapps keep their login in the HTTP
 * session under their own (internal) types, read only here. Nothing is created: a request without a session
 * has no webapp user.
 */
public final class WebappSessions {

    private WebappSessions() {
    }

    /**
     * The user logged into the given webapp ({@code cockpit}, {@code tasklist}, {@code admin}) of the given
     * engine in the request's existing session; empty without a session, a login or the right to that webapp.
     */
    public static Optional<String> user(HttpServletRequest request, String engineName, String app) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
                .filter(login -> engineName.equals(login.getProcessEngineName()) && login.isAuthorizedForApp(app))
                .map(UserAuthentication::getIdentityId)
                .findFirst();
    }
}
