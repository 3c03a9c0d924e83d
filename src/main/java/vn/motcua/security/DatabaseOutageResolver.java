package vn.motcua.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@link DatabaseOutageFilter}'s answer inside Spring MVC, ahead of Spring's own resolvers. Spring's
 * {@code DefaultHandlerExceptionResolver} takes any failure with a {@code java.io.EOFException} among its causes
 * for a client that went away and ends the request with nothing written: an empty {@code 200}. PostgreSQL's driver
 * raises exactly that when the connection breaks while it waits for the server's answer (a commit during a
 * restart or a network cut), so a refused submission looked like a success. This resolver answers such a failure,
 * like every database outage reaching a controller, with the filter's {@code 503} problem+json and
 * {@code Retry-After}; anything else goes on to the next resolver.
 */
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseOutageFilter.isOutage(failure) || response.isCommitted()) {
            return null;
        }
        try {
            DatabaseOutageFilter.answer(request, response, failure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** Right after Spring Boot's {@code DefaultErrorAttributes} (which only records the failure), before the rest. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
