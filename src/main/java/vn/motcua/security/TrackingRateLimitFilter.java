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
 * Limits anonymous public tracking ({@code /api/public/**}) per client address: dossier codes are sequential
 * and ID numbers guessable, so nobody may try them in bulk. Past the limit: 429 problem+json with
 * {@code Retry-After}.
 */
final class TrackingRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    TrackingRateLimitFilter(HardeningProperties properties, Clock clock) {
        HardeningProperties.Tracking tracking = properties.tracking();
        this.limiter = new RateLimiter(tracking.requests(), tracking.per(), properties.maxClients(), clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limiter.tryConsume(request.getRemoteAddr());
        if (wait.isPresent()) {
            FilterProblems.tooManyRequests(request, response, wait.get(), "Tra cứu quá nhiều lần từ địa chỉ này.");
            return;
        }
        chain.doFilter(request, response);
    }
}
