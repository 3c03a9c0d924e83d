package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** RFC 9457 problem+json answers written by the security filters, which run before Spring MVC. */
final class FilterProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterProblems() {
    }

    /** 429 with {@code Retry-After} in whole seconds (at least 1). */
    static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Duration wait, String detail)
            throws IOException {
        long seconds = retryAfter(response, wait);
        write(request, response, 429, "Quá nhiều yêu cầu", detail + " Hãy thử lại sau " + seconds + " giây.");
    }

    /** Sets {@code Retry-After} in whole seconds (at least 1) and returns them. */
    static long retryAfter(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return seconds;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        write(request, response, status, title, detail, Map.of());
    }

    /** With extra members, such as the {@code field} that was refused. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
                      Map<String, ?> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extra);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
