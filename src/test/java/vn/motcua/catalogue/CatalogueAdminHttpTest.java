package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.CockpitSession;
import vn.motcua.procedure.InternalProcessTables;
import vn.motcua.procedure.StepRole;

/**
 * The catalogue admin API through real HTTP on the demo province: administrators only; dry run writes nothing; apply
 * stores versions and step tables; the same file again — in any encoding — changes nothing; a changed procedure is a
 * new version; a changed version already in force is refused naming it; bad files are 400 problems naming every row
 * and field, a huge one 413, and XLSX entities or bombs are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-catalogue-api;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false"})
@DirtiesContext
class CatalogueAdminHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InternalProcessTables stepTables;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyAdministratorsImport() throws Exception {
        byte[] sample = CatalogueReaderTest.sample();
        for (String user : List.of("tiepnhan", "phantich", "quanly")) {
            assertThat(send(post(user, "demo", "/api/admin/catalogue/diff", sample)).statusCode()).as(user).isEqualTo(403);
            assertThat(send(post(user, "demo", "/api/admin/catalogue/apply", sample)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/catalogue/diff"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build()).statusCode()).isEqualTo(401);
    }

    @Test
    void dryRunApplyReimportAndANewVersion() throws Exception {
        byte[] sample = CatalogueReaderTest.sample();
        int before = count();

        JsonNode diff = ok(send(post("admin", "admin", "/api/admin/catalogue/diff", sample)));
        assertThat(diff.get("applied").asBoolean()).isFalse();
        assertThat(diff.at("/counts/NEW_PROCEDURE").asInt()).isGreaterThanOrEqualTo(48);
        assertThat(diff.at("/counts/NEW_STEP_TABLE").asInt()).isEqualTo(60);
        assertThat(diff.at("/counts/DESCRIPTION").asInt()).isEqualTo(10);   // the modelled versions: verified false
        assertThat(count()).as("a dry run writes nothing").isEqualTo(before);

        JsonNode applied = ok(send(post("admin", "admin", "/api/admin/catalogue/apply", sample)));
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(count()).isEqualTo(before + diff.at("/counts/NEW_PROCEDURE").asInt());
        var birth = stepTables.of("1.001193", LocalDate.of(2019, 1, 1));
        assertThat(birth).hasSize(1);
        assertThat(birth.get(0).steps()).extracting(s -> s.role()).containsExactly(StepRole.INTAKE, StepRole.HANDLER,
                StepRole.SIGNER, StepRole.RETURN);
        assertThat(birth.get(0).totalShare()).isEqualByComparingTo("8");

        Catalogue catalogue = CatalogueReaderTest.read(sample);
        for (byte[] again : List.of(sample, CatalogueWriter.xlsx(catalogue), CatalogueWriter.csvZip(catalogue))) {
            JsonNode same = ok(send(post("admin", "admin", "/api/admin/catalogue/apply", again)));
            assertThat(same.get("changes")).as("the same catalogue again changes nothing").isEmpty();
            assertThat(same.at("/counts/UNCHANGED").asInt()).isEqualTo(catalogue.procedures().size());
            assertThat(same.at("/counts/UNCHANGED_STEP_TABLE").asInt()).isEqualTo(60);
        }
        int stored = count();

        // the marriage registration changes from 2027: a new version, the one in force stays as it was
        Catalogue.Version marriage = version(catalogue, "1.000894");
        Catalogue.Case c = marriage.cases().get(0);
        Catalogue.Case longer = new Catalogue.Case(c.code(), c.name(), 16, c.unit(), null, null, false, true,
                c.pausePolicy(), c.feeVnd(), c.components());
        Catalogue.Version v2027 = new Catalogue.Version(marriage.code(), marriage.name(), marriage.field(), marriage.level(),
                null, null, marriage.onlineServiceType(), LocalDate.of(2027, 1, 1), null, "QĐ thử nghiệm", true, List.of(longer));
        JsonNode next = ok(send(post("admin", "admin", "/api/admin/catalogue/apply",
                CatalogueWriter.json(new Catalogue(List.of(v2027), List.of())))));
        assertThat(next.at("/counts/NEW_VERSION").asInt()).isEqualTo(1);
        assertThat(count()).isEqualTo(stored + 1);
        assertThat(jdbc.queryForObject("select duration_amount from procedure_case c join admin_procedure p on p.id = c.procedure_id "
                + "where p.code = '1.000894' and p.effective_from = date '2025-07-01'", Integer.class)).isEqualTo(8);

        // the version in force with another duration is refused, naming it; nothing is stored
        Catalogue.Version edited = new Catalogue.Version(marriage.code(), marriage.name(), marriage.field(), marriage.level(),
                null, null, marriage.onlineServiceType(), marriage.effectiveFrom(), null, marriage.source(), false, List.of(longer));
        HttpResponse<String> refused = send(post("admin", "admin", "/api/admin/catalogue/apply",
                CatalogueWriter.json(new Catalogue(List.of(edited), List.of()))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode error = JSON.readTree(refused.body()).at("/errors/0");
        assertThat(error.get("field").asText()).isEqualTo("procedures!1 effectiveFrom");
        assertThat(error.get("message").asText()).contains("1.000894", "trường hợp TH1");
        assertThat(count()).isEqualTo(stored + 1);
    }

    @Test
    void aBadFileIsA400NamingEveryRowAndNothingIsStored() throws Exception {
        int before = count();
        String csv = CatalogueReaderTest.CSV_HEADER
                + "1.009999;Thủ tục thử;;Cấp xã;;Toàn trình;2025-07-01;QĐ 9;TH1;Thử;3;ngày làm việc;;;G | Giấy\r\n"
                + "1.009998;Thủ tục hỏng;;Cấp trời;;Toàn trình;2025-13-01;QĐ 9;TH1;Thử;-3;ngày làm việc;;;\r\n";
        HttpResponse<String> response = send(post("admin", "admin", "/api/admin/catalogue/apply", zip(csv)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("thu-tuc.csv!3 Cấp thực hiện", "thu-tuc.csv!3 Ngày hiệu lực",
                "thu-tuc.csv!3 Thời hạn giải quyết", "thu-tuc.csv!3 Thành phần hồ sơ");
        assertThat(count()).as("the good row is not stored either").isEqualTo(before);
    }

    @Test
    void theCockpitPageAnswersAdministratorsOnly() throws Exception {
        String plugin = "/camunda/api/cockpit/plugin/danh-muc-thu-tuc/default/";
        byte[] sample = CatalogueReaderTest.sample();
        CockpitSession manager = CockpitSession.login(http, uri(""), "quanly", "demo");
        HttpResponse<String> refused = manager.send(manager.post(plugin + "diff", sample));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("camunda-admin");   // the page's own refusal, not the CSRF filter's
        HttpResponse<String> refusedApply = manager.send(manager.post(plugin + "apply", sample));
        assertThat(refusedApply.statusCode()).as(refusedApply.body()).isEqualTo(403);
        assertThat(refusedApply.body()).contains("camunda-admin");

        CockpitSession admin = CockpitSession.login(http, uri(""), "admin", "admin");
        HttpResponse<String> diff = admin.send(admin.post(plugin + "diff", CatalogueWriter.xlsx(CatalogueReaderTest.read(sample))));
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        assertThat(JSON.readTree(diff.body()).get("applied").asBoolean()).isFalse();
        HttpResponse<String> invalid = admin.send(admin.post(plugin + "apply", "{\"procedures\": []}".getBytes(StandardCharsets.UTF_8)));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(invalid.body()).at("/errors/0/sheet").asText()).isEqualTo("Thủ tục");
        byte[] huge = new byte[CatalogueFormats.MAX_BYTES + 10];
        assertThat(admin.send(admin.post(plugin + "diff", huge)).statusCode()).isEqualTo(413);
    }

    @Test
    void aHugeUploadIs413() throws Exception {
        byte[] huge = new byte[CatalogueFormats.MAX_BYTES + 10];
        huge[0] = '{';
        assertThat(send(post("admin", "admin", "/api/admin/catalogue/diff", huge)).statusCode()).isEqualTo(413);
    }

    @Test
    void anXlsxWithAnExternalEntityIsRefusedAndNothingLeaks() throws Exception {
        byte[] xlsx = CatalogueWriter.xlsx(CatalogueReaderTest.read(CatalogueReaderTest.sample()));
        byte[] evil = rewrite(xlsx, "xl/sharedStrings.xml", xml -> xml
                .replaceFirst("<sst ", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><sst ")
                .replaceFirst("<t>Mã thủ tục</t>", "<t>&xxe;</t>"));
        HttpResponse<String> response = send(post("admin", "admin", "/api/admin/catalogue/diff", evil));
        assertThat(response.statusCode()).isEqualTo(400);
        String hostname = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/etc/hostname"))).strip();
        assertThat(response.body()).doesNotContain(hostname);
    }

    @Test
    void anXlsxBombIsRefused() throws Exception {
        byte[] xlsx = CatalogueWriter.xlsx(CatalogueReaderTest.read(CatalogueReaderTest.sample()));
        String padding = " ".repeat(30 * 1024 * 1024);
        byte[] bomb = rewrite(xlsx, "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst ", padding + "<sst "));
        assertThat(bomb.length).isLessThan(CatalogueFormats.MAX_BYTES);
        HttpResponse<String> response = send(post("admin", "admin", "/api/admin/catalogue/diff", bomb));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("XLSX");
    }

    static Catalogue.Version version(Catalogue catalogue, String code) {
        return catalogue.procedures().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    static byte[] zip(String proceduresCsv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(Sheets.PROCEDURES_CSV));
            zip.write(proceduresCsv.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] rewrite(byte[] zipBytes, String entryName, java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from admin_procedure", Integer.class);
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest post(String user, String password, String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
