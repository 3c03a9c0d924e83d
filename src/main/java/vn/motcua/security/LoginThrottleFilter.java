package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@link LoginThrottle} in front of a login surface: a throttled client gets 429 with
 * {@code Retry-After} and its password is not checked; afterwards a 401 counts as a failure and any other
 * answer as a success. Two surfaces: HTTP Basic on {@code /api} and {@code /engine-rest}, and the webapps'
 * login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    /** Where the user name comes from. */
    enum Surface {
        HTTP_BASIC, WEBAPP_LOGIN
    }

    private static final RequestMatcher WEBAPP_LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*");

    private final LoginThrottle throttle;
    private final Surface surface;

    LoginThrottleFilter(LoginThrottle throttle, Surface surface) {
        this.throttle = throttle;
        this.surface = surface;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = surface == Surface.HTTP_BASIC ? basicUser(request)
                : WEBAPP_LOGIN.matches(request) ? request.getParameter("username") : null;
        if (user == null || user.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitTime(address, user);
        if (wait.isPresent()) {
            FilterProblems.tooManyRequests(request, response, wait.get(),
                    "Đăng nhập sai quá nhiều lần từ địa chỉ này; mật khẩu chưa được kiểm tra.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(address, user);
        } else {
            throttle.succeeded(address, user);
        }
    }

    /** The user name of an HTTP Basic header, or null when there is none or it cannot be read. */
    static String basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
