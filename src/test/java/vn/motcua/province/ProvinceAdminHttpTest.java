package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.motcua.CockpitSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The province admin API through real HTTP: administrators only (clerk, analyst and manager 403, anonymous
 * 401), a malformed or invalid file set is a 400 problem naming every bad field, a huge one 413, and a
 * rename applied through the API is audited under the administrator's name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-province-api;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false"})
@DirtiesContext
class ProvinceAdminHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyAdministratorsReachTheProvince() throws Exception {
        byte[] demo = ProvinceFiles.write(ProvinceValidatorTest.demo());
        for (String user : List.of("tiepnhan", "phantich", "quanly")) {
            assertThat(send(as(user, "demo", "/api/admin/province").build()).statusCode()).as(user).isEqualTo(403);
            assertThat(send(post(user, "demo", "/api/admin/province/diff", demo)).statusCode()).as(user).isEqualTo(403);
            assertThat(send(post(user, "demo", "/api/admin/province/apply", demo)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/province")).build()).statusCode()).isEqualTo(401);
    }

    @Test
    void theAdministratorSeesTheProvinceAndAnUnchangedFileIsNoChange() throws Exception {
        HttpResponse<String> current = send(as("admin", "admin", "/api/admin/province").build());
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(current.body()).get("agencies")).hasSize(5);

        HttpResponse<String> diff = send(post("admin", "admin", "/api/admin/province/diff", current.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        assertThat(JSON.readTree(diff.body()).get("changes")).isEmpty();

        HttpResponse<String> zipped = send(post("admin", "admin", "/api/admin/province/diff", zip(current.body())));
        assertThat(zipped.statusCode()).as(zipped.body()).isEqualTo(200);
        assertThat(JSON.readTree(zipped.body()).get("changes")).isEmpty();
    }

    @Test
    void anInvalidFileIsA400NamingEveryBadField() throws Exception {
        Province demo = ProvinceValidatorTest.demo();
        List<Province.AgencyEntry> agencies = new ArrayList<>(demo.agencies());
        Province.AgencyEntry a = agencies.get(2);
        agencies.set(2, new Province.AgencyEntry("000.00.20.H10", a.name(), a.level(), "999.99.99.H10", a.effectiveFrom(),
                a.effectiveTo(), a.desk(), a.units(), List.of("nhom-khong-co"), a.resolves()));
        byte[] bad = ProvinceFiles.write(new Province(demo.id(), demo.name(), demo.version(), agencies,
                demo.serviceCentres(), demo.provinceGroups()));
        for (String path : List.of("/api/admin/province/diff", "/api/admin/province/apply")) {
            HttpResponse<String> answer = send(post("admin", "admin", path, bad));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(fields(answer)).contains("agencies[2].code", "agencies[2].parent", "agencies[2].partners[0]");
        }
        HttpResponse<String> misspelt = send(post("admin", "admin", "/api/admin/province/diff",
                "{\"id\":\"x\",\"verison\":\"1\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(fields(misspelt)).containsExactly("verison");
        HttpResponse<String> notJson = send(post("admin", "admin", "/api/admin/province/diff", "<xml/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(fields(notJson)).containsExactly("province.json");
        HttpResponse<String> empty = send(post("admin", "admin", "/api/admin/province/apply", new byte[0]));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("body");
        assertThat(send(as("admin", "admin", "/api/admin/province").build()).body()).contains("000.00.21.H10");
    }

    @Test
    void aFileThatBreaksRoutingIsRefusedNamingProcedureAgencyAndGroup() throws Exception {
        // Bình Long would resolve 1.004227 (no routing rule) and lose the unit whose group its rule names
        Province broken = ProvinceValidatorTest.withAgency(2, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(),
                a.parent(), a.effectiveFrom(), a.effectiveTo(), a.desk(), List.of(), a.partners(),
                List.of("1.001612", "1.004227")));
        String before = send(as("admin", "admin", "/api/admin/province").build()).body();
        for (String path : List.of("/api/admin/province/diff", "/api/admin/province/apply")) {
            HttpResponse<String> answer = send(post("admin", "admin", path, ProvinceFiles.write(broken)));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(fields(answer)).containsOnly("routing");
            List<String> messages = JSON.readTree(answer.body()).get("errors").findValuesAsText("message");
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("thủ tục 1.004227", "cơ quan 000.00.21.H10",
                    "không có quy tắc phân công"));
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("thủ tục", "000.00.21.H10",
                    "nhóm 'chuyenvien-tckh-binhlong'"));
        }
        assertThat(send(as("admin", "admin", "/api/admin/province").build()).body()).isEqualTo(before);
    }

    @Test
    void aHugeUploadIs413() throws Exception {
        byte[] huge = new byte[ProvinceFiles.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> answer = send(post("admin", "admin", "/api/admin/province/diff", huge));
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void aRenameAppliedThroughTheApiIsAuditedUnderTheAdministrator() throws Exception {
        Province demo = ProvinceValidatorTest.demo();
        Province renamed = ProvinceValidatorTest.withAgency(demo, 3, a -> new Province.AgencyEntry(a.code(),
                "UBND phường Tân Phú (mới)", a.level(), a.parent(), a.effectiveFrom(), a.effectiveTo(), a.desk(), a.units(),
                a.partners(), a.resolves()));
        HttpResponse<String> applied = send(post("admin", "admin", "/api/admin/province/apply", ProvinceFiles.write(renamed)));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        JsonNode changes = JSON.readTree(applied.body()).get("changes");
        assertThat(changes).extracting(c -> c.get("subject").asText() + " " + c.get("subjectId").asText())
                .containsExactlyInAnyOrder("AGENCY 000.20.31.H10", "TENANT 000.20.31.H10");
        assertThat(changes).allSatisfy(c -> assertThat(c.get("actor").asText()).isEqualTo("admin"));
        assertThat(send(post("admin", "admin", "/api/admin/province/apply", ProvinceFiles.write(demo))).statusCode()).isEqualTo(200);
    }

    @Test
    void theCockpitPageAnswersAdministratorsOnly() throws Exception {
        String plugin = "/camunda/api/cockpit/plugin/quan-ly-tinh/default/";
        CockpitSession manager = CockpitSession.login(http, uri(""), "quanly", "demo");
        assertThat(manager.send(manager.request(plugin + "province").build()).statusCode()).isEqualTo(403);
        assertThat(manager.send(manager.post(plugin + "diff", ProvinceFiles.write(ProvinceValidatorTest.demo()))).statusCode())
                .isEqualTo(403);

        CockpitSession admin = CockpitSession.login(http, uri(""), "admin", "admin");
        HttpResponse<String> current = admin.send(admin.request(plugin + "province").build());
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(JSON.readTree(current.body()).get("serviceCentres")).hasSize(5);
        HttpResponse<String> diff = admin.send(admin.post(plugin + "diff", current.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        assertThat(JSON.readTree(diff.body()).get("changes")).isEmpty();
        HttpResponse<String> invalid = admin.send(admin.post(plugin + "apply", "{\"id\":\"\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(fields(invalid)).contains("id", "name", "version", "agencies");
        byte[] huge = new byte[ProvinceFiles.MAX_BYTES + 10];
        assertThat(admin.send(admin.post(plugin + "diff", huge)).statusCode()).isEqualTo(413);
    }


    private static List<String> fields(HttpResponse<String> answer) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static byte[] zip(String province) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("binh-phuoc/province.json"));
            zip.write(province.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder as(String user, String password, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest post(String user, String password, String path, byte[] body) {
        return as(user, password, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
