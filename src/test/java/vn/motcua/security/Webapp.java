package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser session on the Camunda webapps as a client behind the TLS proxy ({@code X-Forwarded-For},
 * {@code X-Forwarded-Proto: https}): it loads Tasklist to get its CSRF cookie, then posts the login form.
 * Cookies are kept by hand: the JDK's cookie store would not send Secure cookies over the test's plain HTTP
 * hop between proxy and application.
 */
public final class Webapp {

    private final HttpClient http;
    private final URI base;
    private final String client;
    final List<String> setCookies = new ArrayList<>();
    public final Map<String, String> cookies = new LinkedHashMap<>();

    private Webapp(HttpClient http, URI base, String client) {
        this.http = http;
        this.base = base;
        this.client = client;
    }

    public static Webapp open(HttpClient http, URI base, String client) throws Exception {
        Webapp webapp = new Webapp(http, base, client);
        HttpResponse<String> page = webapp.send(webapp.request("/camunda/app/tasklist/default/").build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(webapp.cookies).containsKey("XSRF-TOKEN");
        return webapp;
    }

    public HttpRequest.Builder request(String path) {
        return request(base, path);
    }

    /** A GET with this browser's cookies and CSRF header to another node behind the same load balancer. */
    public HttpResponse<String> getOn(URI node, String path) throws Exception {
        return send(request(node, path).header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")).GET().build());
    }

    private HttpRequest.Builder request(URI node, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(node.resolve(path)).header("X-Forwarded-For", client)
                .header("X-Forwarded-Proto", "https");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    /** Posts the login form of Tasklist: 200 logged in, 401 wrong password, 403 no access, 429 throttled. */
    public HttpResponse<String> login(String user, String password) throws Exception {
        return login(user, password, "tasklist");
    }

    /** Posts the login form of a webapp ({@code tasklist}, {@code cockpit}, {@code admin}). */
    HttpResponse<String> login(String user, String password, String app) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookies.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return response;
    }
}
