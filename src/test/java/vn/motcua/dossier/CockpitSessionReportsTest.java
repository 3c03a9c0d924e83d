package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Attacks on the Cockpit session's way into the monitoring API, on the running demo application. The
 * webapps find their engine by name in a registry of the whole JVM, so this class starts its own application
 * context: the engine named {@code default} is then this context's, whichever test contexts ran before.
 */
@ApiIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class CockpitSessionReportsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    /**
     * The Cockpit plugin reads the monitoring API with the Cockpit session: a manager logged into Cockpit
     * reads it; a session of a clerk, no session, a made-up session cookie, or a session used for anything
     * but the reports get nothing.
     */
    @Test
    void shouldLetTheCockpitSessionOfAManagerReadTheReportsAndNothingElse() throws Exception {
        String manager = webappSession("quanly", "cockpit");
        HttpResponse<String> dashboard = send(anonymous("/api/reports/dashboard").header("Cookie", manager).build());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(dashboard.body()).has("overdue")).isTrue();
        assertThat(dashboard.headers().allValues("Set-Cookie")).as("the webapps' session keeps its id").isEmpty();
        assertThat(send(anonymous("/api/reports/choices").header("Cookie", manager).build()).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = send(anonymous("/api/reports/dossiers/KHONG-CO").header("Cookie", manager).build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("\"code\"");
        HttpResponse<String> badKind = send(anonymous("/api/reports/dossiers?kind=ALL'--").header("Cookie", manager).build());
        assertThat(badKind.statusCode()).isEqualTo(422);
        assertThat(badKind.body()).contains("\"kind\"");
        // the session opens the reports only, not the rest of the API
        assertThat(send(anonymous("/api/dossiers").header("Cookie", manager).build()).statusCode()).isEqualTo(401);
        assertThat(send(anonymous("/engine-rest/task").header("Cookie", manager).build()).statusCode()).isEqualTo(401);

        assertThat(send(anonymous("/api/reports/dashboard").build()).statusCode()).isEqualTo(401);
        assertThat(send(anonymous("/api/reports/dashboard").header("Cookie", "JSESSIONID=0123456789ABCDEF").build())
                .statusCode()).isEqualTo(401);
        // a clerk logged into Tasklist: the session is no Cockpit login
        String clerk = webappSession("tiepnhan", "tasklist");
        assertThat(send(anonymous("/api/reports/dashboard").header("Cookie", clerk).build()).statusCode()).isEqualTo(401);
    }

    /** Logs into the webapp as the user (demo password), as a browser does; the session and CSRF cookies. */
    String webappSession(String user, String app) throws Exception {
        HttpResponse<String> page = send(anonymous("/camunda/app/" + app + "/default/").build());
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        page.headers().allValues("Set-Cookie").forEach(c -> cookies.put(c.split(";", 2)[0].split("=", 2)[0], c.split(";", 2)[0]));
        String jar = String.join("; ", cookies.values());
        String xsrf = cookies.getOrDefault("XSRF-TOKEN", "=").split("=", 2)[1];
        HttpResponse<String> login = send(anonymous("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Cookie", jar).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build());
        login.headers().allValues("Set-Cookie").forEach(c -> cookies.put(c.split(";", 2)[0].split("=", 2)[0], c.split(";", 2)[0]));
        assertThat(login.statusCode()).as("login of %s to %s", user, app).isEqualTo(200);
        assertThat(cookies).containsKey("JSESSIONID");
        return String.join("; ", cookies.values());
    }

    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
