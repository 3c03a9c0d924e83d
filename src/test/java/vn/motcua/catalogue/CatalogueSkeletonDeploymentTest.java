package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.CockpitSession;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.system.AutomaticSteps;

/**
 * Issue 17's "done when", through HTTP on the demo province (H2): an administrator imports the sample catalogue,
 * downloads the generated skeleton of a procedure none of the hand-made models carries (1.001022 "Đăng ký nhận cha,
 * mẹ, con", commune level), the analyst adds its routing row for phường Tân Phú (the step the guide documents: new
 * procedures have no row in phan-cong-xu-ly) and deploys the zip's files as Camunda Modeler does; Tân Phú's desk
 * starts a dossier of it from Tasklist and the dossier is worked to the return of its result. Also: the download is
 * for administrators only, and codes or dates that are not plain values are problems, never a lookup of a file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-catalogue-wire;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents-wire",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueSkeletonDeploymentTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CODE = "1.001022";
    static final String KEY = "tthc-1-001022";
    static final String TAN_PHU = "000.20.31.H10";

    /**
     * The operator's step for a procedure without a result template (docs/signatures.md, "Result templates"): an
     * edited copy of the itemized results with an entry for 1.001022, named by {@code motcua.results.itemized-file}.
     */
    @DynamicPropertySource
    static void resultTemplates(DynamicPropertyRegistry registry) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode file = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                new ClassPathResource("results/itemized-results.json").getInputStream());
        com.fasterxml.jackson.databind.node.ObjectNode entry = ((com.fasterxml.jackson.databind.node.ArrayNode) file.get("templates")).addObject();
        entry.put("procedureCode", CODE).put("effectiveFrom", "2025-07-01").put("title", "Trích lục đăng ký nhận cha, mẹ, con")
                .put("fileStem", "trich-luc-nhan-cha-me-con").put("signerTitle", "CHỦ TỊCH UBND PHƯỜNG")
                .put("source", "Luật Hộ tịch 2014, Điều 25 (trích lục đăng ký nhận cha, mẹ, con); test wording, not checked against the form")
                .put("verified", false);
        entry.putArray("fields").addObject().put("name", "applicantName").put("label", "Người nhận");
        ((com.fasterxml.jackson.databind.node.ArrayNode) entry.get("fields")).addObject().put("name", "summary").put("label", "Nội dung");
        java.nio.file.Path copy = java.nio.file.Path.of("target", "wire-itemized-results.json").toAbsolutePath();
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.writeString(copy, JSON.writeValueAsString(file));
        registry.add("motcua.results.itemized-file", () -> "file:" + copy);
    }

    @LocalServerPort
    int port;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    AutomaticSteps automaticSteps;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void anAnalystDeploysTheDownloadedSkeletonAndAClerkWorksADossierOfItToTheEnd() throws Exception {
        HttpResponse<String> applied = send(request("admin", "admin", "/api/admin/catalogue/apply")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueReaderTest.sample())).build());
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);

        JsonNode listed = JSON.readTree(ok(send(request("admin", "admin", "/api/admin/catalogue/skeletons").GET().build())).body());
        JsonNode entry = null;
        for (JsonNode v : listed) {
            if (v.get("code").asText().equals(CODE)) {
                entry = v;
            }
        }
        assertThat(entry).as("1.001022 is listed with its step table").isNotNull();
        assertThat(entry.get("processKey").asText()).isEqualTo(KEY);
        assertThat(entry.get("effectiveFrom").asText()).isEqualTo("2025-07-01");

        HttpResponse<byte[]> download = http.send(request("admin", "admin", "/api/admin/catalogue/procedures/" + CODE + "/skeleton")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(KEY + "-2025-07-01.zip");
        Map<String, byte[]> files = unzip(download.body());
        assertThat(files).containsKeys("processes/generated/" + KEY + ".bpmn", "forms/generated/" + KEY + ".kiem-tra.form",
                "forms/generated/" + KEY + ".tham-dinh.form", "forms/generated/" + KEY + ".trinh-ky.form", "decisions/thoi-han-buoc.dmn");
        String bpmn = new String(files.get("processes/generated/" + KEY + ".bpmn"), StandardCharsets.UTF_8);
        assertThat(bpmn).contains("id=\"" + KEY + "\"", "Đăng ký nhận cha, mẹ, con");
        String deadlines = new String(files.get("decisions/thoi-han-buoc.dmn"), StandardCharsets.UTF_8);
        assertThat(deadlines).contains("Rule_Sinh_1_001022_Task_Appraise", "Rule_Sinh_1_001022_Task_Sign")
                .as("the rows of the hand-made procedures stay").contains("\"1.001612\"");

        // the analyst's step (docs/analyst-guide.md 0a): the new procedure's routing row for the agency that resolves it
        String routing = new String(new ClassPathResource("decisions/phan-cong-xu-ly.dmn").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String row = new String(new ClassPathResource("catalogue/phan-cong-xu-ly-1.001022-tan-phu.xml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        String withRow = routing.replace("    </decisionTable>", row + "    </decisionTable>");
        assertThat(withRow).isNotEqualTo(routing);
        Map<String, byte[]> deployment = new LinkedHashMap<>();
        files.forEach((path, bytes) -> deployment.put(path.substring(path.lastIndexOf('/') + 1), bytes));
        deployment.put("phan-cong-xu-ly.dmn", withRow.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = deploy("tiepnhan.tanphu", "demo", deployment);
        assertThat(refused.statusCode()).as("a clerk does not deploy").isEqualTo(403);
        HttpResponse<String> deployed = deploy("phantich", "demo", deployment);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        assertThat(deployed.body()).contains("\"key\":\"" + KEY + "\"");

        // the administrator's step (0a): phường Tân Phú resolves the procedure from now on — the province file says so,
        // the routing check reads the routing just deployed, and Tân Phú's desk may start the new process
        JsonNode province = JSON.readTree(ok(send(request("admin", "admin", "/api/admin/province").GET().build())).body());
        for (JsonNode agency : province.get("agencies")) {
            if (agency.get("code").asText().equals(TAN_PHU)) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) agency.get("resolves")).add(CODE);
            }
        }
        HttpResponse<String> resolved = send(request("admin", "admin", "/api/admin/province/apply").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(province))).build());
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.body()).contains("PROCESS_DEFINITION:" + KEY);

        // Tân Phú's desk starts the dossier from Tasklist with the generated start form
        Map<String, Object> start = new HashMap<>();
        Map.of("applicantName", "Lê Văn Nhận", "applicantIdNumber", "079190007777", "applicantAddress", "Phường Tân Phú",
                "summary", "Đăng ký nhận con", "channel", "COUNTER").forEach((k, v) -> start.put(k, Map.of("value", v)));
        JsonNode started = JSON.readTree(ok(send(request("tiepnhan.tanphu", "demo", "/engine-rest/process-definition/key/" + KEY + "/start")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", start)))).build())).body());
        String dossierCode = started.get("businessKey").asText();
        assertThat(dossierCode).startsWith(TAN_PHU + "-");

        submit("tiepnhan.tanphu", dossierCode, "Task_CheckDossier", Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
        assertThat(dossier(dossierCode).getStatus()).isEqualTo(DossierStatus.PROCESSING);
        submit("hotich.tanphu", dossierCode, "Task_Appraise", Map.of("appraisalDecision", "propose", "opinion", "Đủ điều kiện"));
        submit("lanhdao.tanphu", dossierCode, "Task_Review", Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        submit("lanhdao.tanphu", dossierCode, "Task_Sign", Map.of("signDecision", "approve", "opinion", "Ký"));
        automaticSteps.run(dossierCode);   // the signing job, after the signer's click
        assertThat(dossier(dossierCode).getStatus()).isEqualTo(DossierStatus.PROCESSED);
        submit("tiepnhan.tanphu", dossierCode, "Task_ReturnResult", Map.of("returnMethod", "COUNTER", "resultReceiver", "Lê Văn Nhận"));

        Dossier done = dossier(dossierCode);
        assertThat(done.getStatus()).isEqualTo(DossierStatus.RETURNED);
        JsonNode view = JSON.readTree(ok(send(request("tiepnhan.tanphu", "demo", "/api/dossiers/" + dossierCode).GET().build())).body());
        assertThat(view.toString()).as("the register names the imported procedure").contains(CODE);
        assertThat(view.at("/status/code").asInt()).isEqualTo(10);
        JsonNode left = JSON.readTree(ok(send(request("admin", "admin", "/engine-rest/process-instance/count?businessKey=" + dossierCode)
                .GET().build())).body());
        assertThat(left.get("count").asInt()).as("the dossier's process has ended").isZero();
    }

    @Test
    @Order(2)
    void onlyAdministratorsDownloadAndTheCockpitPageListsAndDownloads() throws Exception {
        for (String user : List.of("tiepnhan", "phantich", "quanly")) {
            assertThat(send(request(user, "demo", "/api/admin/catalogue/procedures/" + CODE + "/skeleton").GET().build()).statusCode())
                    .as(user).isEqualTo(403);
            assertThat(send(request(user, "demo", "/api/admin/catalogue/skeletons").GET().build()).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/catalogue/procedures/" + CODE + "/skeleton")).GET().build()).statusCode())
                .isEqualTo(401);

        String plugin = "/camunda/api/cockpit/plugin/danh-muc-thu-tuc/default/";
        CockpitSession manager = CockpitSession.login(http, uri(""), "quanly", "demo");
        HttpResponse<String> refused = manager.send(manager.request(plugin + "skeleton/" + CODE).GET().build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("camunda-admin");
        assertThat(manager.send(manager.request(plugin + "skeletons").GET().build()).statusCode()).isEqualTo(403);

        CockpitSession admin = CockpitSession.login(http, uri(""), "admin", "admin");
        HttpResponse<String> list = admin.send(admin.request(plugin + "skeletons").GET().build());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains(KEY);
        HttpResponse<byte[]> zip = http.send(admin.request(plugin + "skeleton/" + CODE + "?effectiveFrom=2025-07-01").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(unzip(zip.body())).containsKey("processes/generated/" + KEY + ".bpmn");
        HttpResponse<String> missing = admin.send(admin.request(plugin + "skeleton/" + CODE + "?effectiveFrom=2019-01-01").GET().build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    @Order(3)
    void unknownVersionsAndHostileCodesAreProblemsNeverAFileOrAnExpression() throws Exception {
        HttpResponse<String> noVersion = get("/api/admin/catalogue/procedures/" + CODE + "/skeleton?effectiveFrom=2019-01-01");
        assertThat(noVersion.statusCode()).isEqualTo(404);
        assertThat(noVersion.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(noVersion.body());
        assertThat(problem.get("code").asText()).isEqualTo(CODE);
        assertThat(problem.get("effectiveFrom").asText()).isEqualTo("2019-01-01");

        HttpResponse<String> noTable = get("/api/admin/catalogue/procedures/1.009999/skeleton");
        assertThat(noTable.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(noTable.body()).get("code").asText()).isEqualTo("1.009999");

        HttpResponse<String> badDate = get("/api/admin/catalogue/procedures/" + CODE + "/skeleton?effectiveFrom=" + enc("${1+1}"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).at("/errors/0/field").asText()).isEqualTo("effectiveFrom");

        // a stored step table the generator cannot turn into a model (a head before the handler): 422 naming the rows
        Catalogue sample = CatalogueReaderTest.read(CatalogueReaderTest.sample());
        Catalogue.Version model = CatalogueAdminHttpTest.version(sample, CODE);
        Catalogue.Version odd = new Catalogue.Version("1.009991", "Thủ tục thử bảng quy trình lệch", model.field(), model.level(), null, null,
                model.onlineServiceType(), model.effectiveFrom(), null, "Thử nghiệm", false, model.cases());
        java.math.BigDecimal third = new java.math.BigDecimal("0.6");
        List<vn.motcua.procedure.InternalProcessStep> steps = List.of(
                new vn.motcua.procedure.InternalProcessStep(1, "Tiếp nhận", vn.motcua.procedure.StepRole.INTAKE, null, third),
                new vn.motcua.procedure.InternalProcessStep(2, "Lãnh đạo phòng", vn.motcua.procedure.StepRole.HEAD, null, third),
                new vn.motcua.procedure.InternalProcessStep(3, "Thẩm định", vn.motcua.procedure.StepRole.HANDLER, null, third),
                new vn.motcua.procedure.InternalProcessStep(4, "Ký", vn.motcua.procedure.StepRole.SIGNER, null, third),
                new vn.motcua.procedure.InternalProcessStep(5, "Trả kết quả", vn.motcua.procedure.StepRole.RETURN, null, third));
        Catalogue oddCatalogue = new Catalogue(List.of(odd), List.of(new Catalogue.StepTable(new vn.motcua.procedure.InternalProcess(
                "1.009991", model.cases().get(0).code(), model.effectiveFrom(), "Thử nghiệm", steps), false)));
        HttpResponse<String> imported = send(request("admin", "admin", "/api/admin/catalogue/apply").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueWriter.json(oddCatalogue))).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        HttpResponse<String> unplannable = get("/api/admin/catalogue/procedures/1.009991/skeleton?effectiveFrom=" + model.effectiveFrom());
        assertThat(unplannable.statusCode()).as(unplannable.body()).isEqualTo(422);
        assertThat(unplannable.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(unplannable.body()).at("/errors/0/field").asText()).isEqualTo("steps!2 role");

        String hostname = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/etc/hostname"))).strip();
        for (String code : List.of("${7*7}", "#{7*7}", "..", "...", "..%2F..%2Fetc%2Fhostname", "%2Fetc%2Fhostname",
                "1.001022%00", "1.001022'--", "a".repeat(40))) {
            HttpResponse<String> response = get("/api/admin/catalogue/procedures/" + (code.contains("%") ? code : enc(code)) + "/skeleton");
            assertThat(response.statusCode()).as(code).isIn(400, 404);
            if (response.statusCode() == 404 && !code.contains("%")) {
                assertThat(JSON.readTree(response.body()).at("/errors/0/field").asText()).as(code).isEqualTo("code");
            }
            assertThat(response.body()).as(code).doesNotContain(hostname);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request("admin", "admin", path).GET().build());
    }

    private void submit(String user, String dossierCode, String step, Map<String, Object> variables) throws Exception {
        JsonNode tasks = JSON.readTree(ok(send(request(user, "demo", "/engine-rest/task?processInstanceBusinessKey=" + enc(dossierCode)
                + "&taskDefinitionKey=" + step).GET().build())).body());
        assertThat(tasks).as("%s sees %s of %s", user, step, dossierCode).hasSize(1);
        String id = tasks.get(0).get("id").asText();
        ok204(send(request(user, "demo", "/engine-rest/task/" + id + "/claim").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("userId", user)))).build()));
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        ok204(send(request(user, "demo", "/engine-rest/task/" + id + "/submit-form").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", typed)))).build()));
    }

    private Dossier dossier(String code) {
        return dossiers.findByCode(code).orElseThrow();
    }

    /** The Modeler's deploy request: one part per file, HTTP Basic. */
    private HttpResponse<String> deploy(String user, String password, Map<String, byte[]> files) throws Exception {
        String boundary = "----CamundaModeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("deployment-name", KEY, "deploy-changed-only", "true", "deployment-source", "Camunda Modeler");
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v
                + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, bytes) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(user, password, "/engine-rest/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private void ok204(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder request(String user, String password, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
