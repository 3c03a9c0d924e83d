package vn.motcua.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CSRF defence for {@code /api} and {@code /engine-rest}, whose HTTP Basic credentials a browser keeps and
 * sends again by itself. A state-changing call (any method but GET, HEAD, OPTIONS, TRACE) is refused with
 * 403 when a browser says it comes from another site: an {@code Origin} header that is neither this
 * application's own origin nor a configured trusted origin, or, without {@code Origin}, a
 * {@code Sec-Fetch-Site} other than {@code same-origin} / {@code none}. Integrators' servers, scripts and
 * curl send neither header and are not affected. Documented in docs/api.md.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> trustedOrigins;

    CrossSiteRequestFilter(List<String> trustedOrigins) {
        this.trustedOrigins = trustedOrigins.stream().map(CrossSiteRequestFilter::normalize)
                .filter(o -> o != null).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        String refusal = null;
        if (origin != null) {
            String normalized = normalize(origin);
            if (normalized == null || !(normalized.equals(ownOrigin(request)) || trustedOrigins.contains(normalized))) {
                refusal = "Origin: " + origin;
            }
        } else if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            refusal = "Sec-Fetch-Site: " + site;
        }
        if (refusal != null) {
            FilterProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Yêu cầu từ trang web khác",
                    "Trình duyệt gửi yêu cầu thay đổi dữ liệu từ một trang web khác (" + refusal + "); yêu cầu bị từ chối"
                            + " để chống giả mạo yêu cầu (CSRF). Nguồn tin cậy được khai báo trong motcua.security.trusted-origins.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        return normalize(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host[:port] in lower case without the scheme's default port; null when not an origin. */
    static String normalize(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
