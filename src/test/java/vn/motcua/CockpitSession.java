package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Cockpit session for HTTP tests of the Cockpit pages: the CSRF cookie from a webapp page, the login form, then a
 * page again for the new session's CSRF token (a POST right after the login with the old token is refused, 403).
 */
public record CockpitSession(HttpClient http, URI base, Map<String, String> cookies) {

    public static CockpitSession login(HttpClient http, URI base, String user, String password) throws Exception {
        CockpitSession cockpit = new CockpitSession(http, base, new LinkedHashMap<>());
        assertThat(cockpit.send(cockpit.request("/camunda/app/cockpit/default/").build()).statusCode()).isEqualTo(200);
        HttpResponse<String> login = cockpit.send(cockpit.request("/camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cockpit.cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build());
        assertThat(login.statusCode()).as(user).isEqualTo(200);
        // the login starts a new session: a page of it carries that session's CSRF token
        assertThat(cockpit.send(cockpit.request("/camunda/app/cockpit/default/").build()).statusCode()).isEqualTo(200);
        return cockpit;
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return builder;
    }

    public HttpRequest post(String path, byte[] body) {
        return request(path).header("Content-Type", "application/octet-stream")
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return response;
    }
}
