package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Attacks on the HTTP surfaces of the running demo application, with a plain HTTP client as an attacker
 * would send them: the API description and metrics without the right user, cross-site state changes from a
 * browser holding Basic credentials, hostile upload file names, the engine's password oracle, and the
 * webapps' end-of-life banner.
 */
@ApiIntegrationTest
class HttpSurfaceAttackTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVIL = "https://evil.example";

    @LocalServerPort
    int port;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    DossierAttachmentRepository attachments;
    @Autowired
    RuntimeService runtime;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldDescribeTheApiOnlyToUsers() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs.json", "/v3/api-docs/swagger-config",
                "/swagger-ui.html", "/swagger-ui/index.html")) {
            assertThat(send(anonymous(path).build()).statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> yaml = send(as("tiepnhan", "/v3/api-docs.yaml").build());
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi:", "/api/dossiers");
    }

    @Test
    void shouldShowMetricsAndReportsOnlyToManagersAndAdministrators() throws Exception {
        assertThat(send(anonymous("/actuator/health").build()).statusCode()).isEqualTo(200);
        assertThat(send(anonymous("/actuator/metrics").build()).statusCode()).isEqualTo(401);
        for (String path : List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info",
                "/api/reports/period", "/api/reports/period.csv", "/api/reports/online-indicators?year=2026",
                "/api/reports/dashboard", "/api/reports/choices", "/api/reports/dossiers", "/api/reports/dossiers.csv",
                "/api/reports/dossiers/000.00.20.H10-260101-0001")) {
            HttpResponse<String> clerk = send(as("tiepnhan", path).build());
            assertThat(clerk.statusCode()).as("clerk: %s", path).isEqualTo(403);
        }
        assertThat(send(as("quanly", "/actuator/metrics").build()).statusCode()).isEqualTo(200);
        String period = "?from=2026-01-01&to=2026-03-31";
        assertThat(send(as("quanly", "/api/reports/period" + period).build()).statusCode()).isEqualTo(200);
        assertThat(send(as("admin", "admin", "/api/reports/period.csv" + period).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseStateChangesThatABrowserSendsFromAnotherSite() throws Exception {
        String code = submit("079300000001");
        HttpRequest.Builder withdraw = as("tiepnhan", "/api/dossiers/" + code + "/withdrawal")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Giả mạo\"}"));

        HttpResponse<String> forged = send(withdraw.copy().header("Origin", EVIL).build());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(forged.body()).get("detail").asText()).contains("Origin: " + EVIL, "CSRF");
        assertThat(send(withdraw.copy().header("Sec-Fetch-Site", "cross-site").build()).statusCode()).isEqualTo(403);
        assertThat(send(withdraw.copy().header("Origin", "null").build()).statusCode())
                .as("a sandboxed frame's opaque origin").isEqualTo(403);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.SUBMITTED);

        long instances = runtime.createProcessInstanceQuery().count();
        HttpResponse<String> start = send(as("tiepnhan", "/engine-rest/process-definition/key/dang-ky-ho-kinh-doanh/start")
                .header("Content-Type", "application/json").header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(start.statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);

        // reading is not a state change; the page itself (same origin) and integrators' servers (no browser
        // headers) go through
        assertThat(send(as("tiepnhan", "/api/dossiers/" + code).header("Origin", EVIL).build()).statusCode()).isEqualTo(200);
        HttpResponse<String> sameOrigin = send(withdraw.copy().header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin").build());
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(200);
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void shouldStoreHostileUploadFileNamesSafely() throws Exception {
        String boundary = "----motcua" + UUID.randomUUID();
        String nfd = Normalizer.normalize("C:\\hồ sơ\\Giấy đề nghị\u0007.pdf", Normalizer.Form.NFD);
        byte[] body = multipart(boundary,
                part("dossier", null, "application/json",
                        TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079300000002").getBytes(StandardCharsets.UTF_8)),
                part("GIAY_DE_NGHI", nfd, "application/pdf", TestFiles.PDF),
                part("CCCD", "../../../../etc/cron.d/\u202Egnp.exe", "image/png", TestFiles.PNG));
        HttpResponse<String> submitted = send(as("tiepnhan", "/api/dossiers")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode files = JSON.readTree(submitted.body()).get("attachments");
        assertThat(files.findValuesAsText("fileName")).containsExactlyInAnyOrder("Giấy đề nghị.pdf", "gnp.exe");
        String code = JSON.readTree(submitted.body()).get("code").asText();
        assertThat(attachments.findByDossierIdOrderByIdAsc(dossiers.findByCode(code).orElseThrow().getId()))
                .extracting(DossierAttachment::getFileName)
                .allSatisfy(name -> assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue())
                .containsExactlyInAnyOrder("Giấy đề nghị.pdf", "gnp.exe");
    }

    @Test
    void shouldCloseTheEnginesPasswordOracle() throws Exception {
        String guess = "{\"username\":\"quanly\",\"password\":\"demo\"}";
        for (String path : List.of("/engine-rest/identity/verify", "/engine-rest/engine/default/identity/verify")) {
            assertThat(send(as("tiepnhan", path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(guess)).build()).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(send(anonymous("/camunda/api/engine/engine/default/identity/verify").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(guess)).build()).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldHideTheEndOfLifeBannerInTasklistAndCockpit() throws Exception {
        for (String app : List.of("tasklist", "cockpit", "welcome")) {
            HttpResponse<String> page = send(anonymous("/camunda/app/" + app + "/default/").build());
            assertThat(page.body()).as("%s loads the user styles", app).contains("styles/user-styles.css");
            HttpResponse<String> styles = send(anonymous("/camunda/app/" + app + "/styles/user-styles.css").build());
            assertThat(styles.statusCode()).isEqualTo(200);
            assertThat(styles.body().replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none; }");
        }
        assertThat(send(anonymous("/camunda/app/admin/styles/user-styles.css").build()).body())
                .as("administrators still see it").doesNotContain("ce-eol-banner");
    }

    // --- helpers

    private String submit(String idNumber) throws Exception {
        String boundary = "----motcua" + UUID.randomUUID();
        byte[] body = multipart(boundary,
                part("dossier", null, "application/json",
                        TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber).getBytes(StandardCharsets.UTF_8)),
                part("GIAY_DE_NGHI", "giay.pdf", "application/pdf", TestFiles.PDF),
                part("CCCD", "cccd.png", "image/png", TestFiles.PNG));
        HttpResponse<String> submitted = send(as("tiepnhan", "/api/dossiers")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return JSON.readTree(submitted.body()).get("code").asText();
    }

    record Part(String name, String fileName, String contentType, byte[] content) {
    }

    static Part part(String name, String fileName, String contentType, byte[] content) {
        return new Part(name, fileName, contentType, content);
    }

    /** A multipart body as a browser writes it: file names as raw UTF-8. */
    static byte[] multipart(String boundary, Part... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName().replace("\"", "%22") + "\"")
                    + "\r\nContent-Type: " + p.contentType() + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpRequest.Builder as(String user, String path) {
        return as(user, "demo", path);
    }

    HttpRequest.Builder as(String user, String password, String path) {
        return anonymous(path).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
