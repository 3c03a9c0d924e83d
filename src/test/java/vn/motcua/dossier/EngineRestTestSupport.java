package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For an {@link ApiIntegrationTest} that calls the engine REST API as a demo user (password {@code demo}).
 * The engine REST API serves the engine registered JVM-wide as "default"; other cached test contexts register
 * theirs under the same name, so this context's engine is registered again before each test.
 */
abstract class EngineRestTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serveThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request to {@code path} on this server with the demo user's HTTP Basic login. */
    HttpRequest.Builder as(String user, String path) {
        return as(user, "demo", path);
    }

    HttpRequest.Builder as(String user, String password, String path) {
        return HttpRequest.newBuilder(url(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
