package vn.motcua.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits anonymous public tracking per client address, the JSON endpoints ({@code /api/public/**}) and the
 * citizens' page ({@code /tra-cuu}) on one budget: dossier codes are sequential and ID numbers guessable, so
 * nobody may try them in bulk. Past the limit: 429 with {@code Retry-After}, problem+json for the API and a
 * short Vietnamese page for the tracking page.
 */
final class TrackingRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    TrackingRateLimitFilter(HardeningProperties properties, Clock clock) {
        HardeningProperties.Tracking tracking = properties.tracking();
        this.limiter = new RateLimiter(tracking.requests(), tracking.per(), properties.maxClients(), clock);
    }

    /** The citizens' tracking page, the address printed on every slip. */
    static final String PAGE = "/tra-cuu";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/public/") && !isPage(request);
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PAGE) || path.startsWith(PAGE + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limiter.tryConsume(request.getRemoteAddr());
        if (wait.isPresent() && isPage(request)) {
            long seconds = FilterProblems.retryAfter(response, wait.get());
            response.setStatus(429);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>Tra cứu quá nhiều lần</title></head><body "
                    + "style=\"font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b\">"
                    + "<h1>Tra cứu quá nhiều lần</h1><p>Địa chỉ mạng của bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau "
                    + seconds + " giây.</p><p><a href=\"" + request.getContextPath() + PAGE + "\">Quay lại trang tra cứu</a></p>"
                    + "</body></html>");
            return;
        }
        if (wait.isPresent()) {
            FilterProblems.tooManyRequests(request, response, wait.get(), "Tra cứu quá nhiều lần từ địa chỉ này.");
            return;
        }
        chain.doFilter(request, response);
    }
}
