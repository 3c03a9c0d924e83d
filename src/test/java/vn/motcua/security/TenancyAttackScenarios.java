package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.system.TestOneStopShop;

/**
 * Issue 10, points 3, 4 and 5, played by the clerk of Bình Long ({@code tiepnhan.binhlong}) against dossiers of
 * Đồng Xoài through the real HTTP surfaces of the running application: Motcua's {@code /api} (list, read, slips,
 * log book, result, supplement, withdrawal, stop, intake decisions, registration at Đồng Xoài), the engine REST API
 * (instances, tasks, variables, history, jobs, incidents, deletion, start with another dossier's
 * {@code dossierId} or a foreign {@code agencyCode}) and Tasklist's own API. Each is refused with the victim
 * unchanged; the legitimate paths still work. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenancyAttackScenarios {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DONG_XOAI = "000.00.20.H10";
    static final String BINH_LONG = "000.00.21.H10";
    static final String ATTACKER = "tiepnhan.binhlong";
    static final String PROCESS = "dang-ky-ho-kinh-doanh";

    @TempDir
    static Path files;

    ConfigurableApplicationContext app;
    final HttpClient http = HttpClient.newHttpClient();
    int port;

    /** Victim: an online dossier of Đồng Xoài waiting at intake, with its process. */
    String victim;
    Dossier victimRow;

    /** Arguments that point the application at its database (and profile). */
    abstract List<String> arguments();

    /** Whether the application loads the demo itself (embedded default) or the test seeds it. */
    abstract boolean loadsDemoItself();

    abstract String adminPassword();

    void createDatabase() throws Exception {
    }

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        createDatabase();
        List<String> args = new ArrayList<>(arguments());
        args.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--motcua.documents.dir=" + files.resolve("documents")));
        app = new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        if (!loadsDemoItself()) {
            TestOneStopShop.seed(app);
        }
        victim = submit("tiepnhan", DONG_XOAI, "079400000001");
        victimRow = dossier(victim);
        assertThat(victimRow.getProcessInstanceId()).isNotNull();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    @Test
    void shouldStampEachInstanceWithItsDossiersResolvingAgency() throws Exception {
        String id = victimRow.getProcessInstanceId();
        JsonNode instance = json(send(as("quanly", "/engine-rest/process-instance/" + id)));
        assertThat(instance.get("tenantId").asText()).isEqualTo(DONG_XOAI);
        JsonNode task = json(send(as("tiepnhan", "/engine-rest/task?processInstanceId=" + id))).get(0);
        assertThat(task.get("tenantId").asText()).isEqualTo(DONG_XOAI);
        assertThat(app.getBean(HistoryService.class).createHistoricVariableInstanceQuery().processInstanceId(id).list())
                .isNotEmpty().allSatisfy(v -> assertThat(v.getTenantId()).isEqualTo(DONG_XOAI));
        assertThat(app.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS).withoutTenantId().count()).as("definitions stay shared").isPositive();
    }

    // --- point 3: every agency's personal data through /api

    @Test
    void shouldListAndReadOnlyTheCallersAgencies() throws Exception {
        JsonNode page = json(send(as(ATTACKER, "/api/dossiers?size=100")));
        assertThat(page.findValuesAsText("code")).doesNotContain(victim)
                .allSatisfy(code -> assertThat(code).startsWith(BINH_LONG));
        assertThat(json(send(as(ATTACKER, "/api/dossiers?agency=" + DONG_XOAI))).findValuesAsText("code")).isEmpty();
        assertThat(json(send(as("tiepnhan", "/api/dossiers?size=100"))).findValuesAsText("code")).contains(victim);

        HttpResponse<String> foreign = send(as(ATTACKER, "/api/dossiers/" + victim));
        HttpResponse<String> unknown = send(as(ATTACKER, "/api/dossiers/" + DONG_XOAI + "-000000-9999"));
        assertNotFound(foreign);
        assertThat(foreign.body()).doesNotContain("079400000001", "Nguyễn Văn An");
        assertThat(json(foreign).get("detail")).as("the same answer as for a code that does not exist")
                .isEqualTo(json(unknown).get("detail"));
        assertThat(send(as("tiepnhan", "/api/dossiers/" + victim)).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeSlipsLogBookAndResultOnlyToTheCallersAgencies() throws Exception {
        for (String path : List.of("/slips/01", "/slips/02", "/slips/03", "/slips/05", "/result", "/result/draft")) {
            assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + path)));
        }
        assertThat(send(as("tiepnhan", "/api/dossiers/" + victim + "/slips/05")).statusCode()).isEqualTo(200);
        String days = "&from=2020-01-01&to=2020-12-31";
        assertNotFound(send(as(ATTACKER, "/api/slips/log-book?agency=" + DONG_XOAI + days)));
        assertThat(send(as(ATTACKER, "/api/slips/log-book?agency=" + BINH_LONG + days)).statusCode()).isEqualTo(200);
        assertThat(send(as("quanly", "/api/slips/log-book?agency=" + DONG_XOAI + days)).statusCode())
                .as("province-wide managers").isEqualTo(200);
    }

    // --- point 4: cross-agency changes through /api and the engine REST API

    @Test
    void shouldRefuseChangesToAnotherAgencysDossierThroughTheApi() throws Exception {
        assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + "/withdrawal").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Rút hộ\"}"))));
        assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + "/stop").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Dừng hộ\"}"))));
        assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + "/slips/stop")));
        assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + "/acceptance").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + "/refusal").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Từ chối hộ\"}"))));
        String boundary = "----motcua" + UUID.randomUUID();
        assertNotFound(send(as(ATTACKER, "/api/dossiers/" + victim + "/supplements")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
                        + "Bổ sung hộ\r\n--" + boundary + "--\r\n"))));
        Dossier after = dossier(victim);
        assertThat(after.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(after.getProcessInstanceId()).isEqualTo(victimRow.getProcessInstanceId());
        assertThat(runtime().createProcessInstanceQuery().processInstanceId(victimRow.getProcessInstanceId()).count()).isOne();
    }

    @Test
    void shouldRefuseToRegisterADossierAtAnotherAgency() throws Exception {
        long before = app.getBean(DossierRepository.class).count();
        HttpResponse<String> refused = send(submission(ATTACKER, DONG_XOAI, "079400000002"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertProblem(refused);
        assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly("agencyCode");
        assertThat(app.getBean(DossierRepository.class).count()).isEqualTo(before);
        // at its own agency it registers, and the process is Bình Long's
        String own = submit(ATTACKER, BINH_LONG, "079400000003");
        assertThat(runtime().createProcessInstanceQuery().processInstanceId(dossier(own).getProcessInstanceId())
                .singleResult().getTenantId()).isEqualTo(BINH_LONG);
    }

    @Test
    void shouldHideAnotherAgencysProcessInTheEngineRestApi() throws Exception {
        String id = victimRow.getProcessInstanceId();
        for (String path : List.of("/engine-rest/process-instance?businessKey=" + victim,
                "/engine-rest/process-instance?processInstanceIds=" + id, "/engine-rest/task?processInstanceId=" + id,
                "/engine-rest/task?processInstanceBusinessKey=" + victim,
                "/engine-rest/variable-instance?processInstanceIdIn=" + id,
                "/engine-rest/history/process-instance?processInstanceId=" + id,
                "/engine-rest/history/task?processInstanceId=" + id,
                "/engine-rest/history/variable-instance?processInstanceId=" + id,
                "/engine-rest/history/activity-instance?processInstanceId=" + id,
                "/engine-rest/job?processInstanceId=" + id, "/engine-rest/incident?processInstanceId=" + id,
                "/engine-rest/execution?processInstanceId=" + id)) {
            HttpResponse<String> answer = send(as(ATTACKER, path));
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(json(answer).size()).as(path).isZero();
        }
        for (String path : List.of("/engine-rest/process-instance?businessKey=" + victim, "/engine-rest/task?processInstanceId=" + id,
                "/engine-rest/history/process-instance?processInstanceId=" + id)) {
            assertThat(json(send(as("quanly", path))).size()).as("the province's manager: %s", path).isOne();
        }
        for (String path : List.of("/engine-rest/process-instance/" + id, "/engine-rest/process-instance/" + id + "/variables",
                "/engine-rest/process-instance/" + id + "/variables/applicantIdNumber")) {
            HttpResponse<String> answer = send(as(ATTACKER, path));
            // the engine's own "does not exist" (its JSON error format), or Motcua's 404 for a tenant check
            assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("079400000001");
        }
        assertThat(send(as(ATTACKER, "/engine-rest/process-instance/" + id + "/variables").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"modifications\":{\"applicantName\":{\"value\":\"X\"}}}")))
                .statusCode()).isIn(403, 404);
        assertThat(runtime().getVariable(id, "applicantName")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void shouldRefuseToDeleteAnotherAgencysInstanceById() throws Exception {
        String id = victimRow.getProcessInstanceId();
        HttpResponse<String> delete = send(as(ATTACKER, "/engine-rest/process-instance/" + id).DELETE());
        assertNotFound(delete);
        HttpResponse<String> batch = send(as(ATTACKER, "/engine-rest/process-instance/delete").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceIds\":[\"" + id + "\"],\"deleteReason\":\"x\"}")));
        assertThat(batch.statusCode()).as(batch.body()).isIn(400, 403, 404);
        // not even its own agency's desk deletes an instance behind the register's back: withdrawal goes through /api
        String own = submit("tiepnhan", DONG_XOAI, "079400000004");
        assertThat(send(as("tiepnhan", "/engine-rest/process-instance/" + dossier(own).getProcessInstanceId()).DELETE())
                .statusCode()).isEqualTo(403);
        assertThat(runtime().createProcessInstanceQuery().processInstanceIds(java.util.Set.of(id, dossier(own).getProcessInstanceId())).count())
                .isEqualTo(2);
        assertThat(dossier(victim).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void shouldHideAnotherAgencysTasksInTasklist() throws Exception {
        Webapp tasklist = Webapp.open(http, URI.create("http://localhost:" + port), "10.9.0.1");
        assertThat(tasklist.login(ATTACKER, TestOneStopShop.password()).statusCode()).isEqualTo(200);
        HttpResponse<String> tasks = tasklist.send(tasklist.request("/camunda/api/engine/engine/default/task?processInstanceId="
                + victimRow.getProcessInstanceId()).header("X-XSRF-TOKEN", tasklist.cookies.getOrDefault("XSRF-TOKEN", "")).build());
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(json(tasks).size()).isZero();
    }

    // --- point 5: dossierId hijack and a trusted agencyCode

    @Test
    void shouldRefuseAStartThatNamesAnotherDossier() throws Exception {
        long instances = runtime().createProcessInstanceQuery().count();
        String body = "{\"variables\":{\"dossierId\":{\"value\":" + victimRow.getId() + ",\"type\":\"Long\"}}}";
        for (String user : List.of(ATTACKER, "tiepnhan")) {
            for (String path : List.of("/start", "/submit-form")) {
                HttpResponse<String> start = send(as(user, "/engine-rest/process-definition/key/" + PROCESS + path)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
                assertThat(start.statusCode()).as("%s %s: %s", user, path, start.body()).isIn(400, 403);
                assertThat(start.body()).contains("dossierId").doesNotContain("079400000001", "Nguyễn Văn An");
            }
        }
        Dossier after = dossier(victim);
        assertThat(after.getProcessInstanceId()).isEqualTo(victimRow.getProcessInstanceId());
        assertThat(after.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(runtime().createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void shouldRefuseAStartForAForeignAgency() throws Exception {
        long dossiers = app.getBean(DossierRepository.class).count();
        String body = """
                {"variables":{"agencyCode":{"value":"%s"},"applicantName":{"value":"Trần Văn B"},
                 "applicantIdNumber":{"value":"079400000005"},"channel":{"value":"COUNTER"}}}""".formatted(DONG_XOAI);
        HttpResponse<String> start = send(as(ATTACKER, "/engine-rest/process-definition/key/" + PROCESS + "/start")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
        assertThat(start.body()).contains("agencyCode");
        assertThat(app.getBean(DossierRepository.class).count()).isEqualTo(dossiers);

        // at the counter of its own agency (no agencyCode: the desk's agency) the start registers a Bình Long dossier
        HttpResponse<String> own = send(as(ATTACKER, "/engine-rest/process-definition/key/" + PROCESS + "/start")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        body.replace("\"agencyCode\":{\"value\":\"" + DONG_XOAI + "\"},", ""))));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(json(own).get("tenantId").asText()).isEqualTo(BINH_LONG);
        assertThat(json(own).get("businessKey").asText()).startsWith(BINH_LONG);
    }

    @Test
    void shouldRefuseToPointItsOwnTaskAtAnotherAgencysDossier() throws Exception {
        String own = submit(ATTACKER, BINH_LONG, "079400000007");
        String task = json(send(as(ATTACKER, "/engine-rest/task?processInstanceId=" + dossier(own).getProcessInstanceId())))
                .get(0).get("id").asText();
        String body = "{\"variables\":{\"dossierId\":{\"value\":" + victimRow.getId() + ",\"type\":\"Long\"},"
                + "\"intakeDecision\":{\"value\":\"accept\"},\"competent\":{\"value\":true},\"complete\":{\"value\":true}}}";
        HttpResponse<String> complete = send(as(ATTACKER, "/engine-rest/task/" + task + "/complete")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(complete.statusCode()).as(complete.body()).isIn(403, 500);
        assertThat(complete.body()).contains("dossierId");
        assertThat(dossier(victim).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier(own).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(runtime().getVariable(dossier(own).getProcessInstanceId(), "dossierId")).isEqualTo(dossier(own).getId());
    }

    @Test
    void shouldRefuseToWithdrawADossierWhoseProcessHasEnded() throws Exception {
        String code = submit("tiepnhan", DONG_XOAI, "079400000006");
        String id = dossier(code).getProcessInstanceId();
        // the process ended behind the register's back (an administrator, a failed migration)
        HttpResponse<String> deleted = send(as("admin", adminPassword(), "/engine-rest/process-instance/" + id).DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        HttpResponse<String> withdraw = send(as("tiepnhan", "/api/dossiers/" + code + "/withdrawal")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Rút\"}")));
        assertThat(withdraw.statusCode()).as(withdraw.body()).isEqualTo(409);
        assertProblem(withdraw);
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(id)
                .singleResult().getTenantId()).isEqualTo(DONG_XOAI);
    }

    // --- helpers

    RuntimeService runtime() {
        return app.getBean(RuntimeService.class);
    }

    Dossier dossier(String code) {
        return app.getBean(DossierRepository.class).findByCode(code).orElseThrow();
    }

    String submit(String user, String agency, String idNumber) throws Exception {
        HttpResponse<String> submitted = send(submission(user, agency, idNumber));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return json(submitted).get("code").asText();
    }

    HttpRequest.Builder submission(String user, String agency, String idNumber) {
        String boundary = "----motcua" + UUID.randomUUID();
        String json = """
                {"agencyCode":"%s","procedureCode":"1.001612","channel":"ONLINE",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678",
                              "email":"an@example.vn","address":"Phường Tân Phú, Đồng Xoài"},
                 "summary":"Đăng ký hộ kinh doanh tạp hóa An",
                 "data":{"businessName":"Tạp hóa An","businessAddress":"12 Phú Riềng Đỏ","businessLine":"Bán lẻ","capital":1000}}"""
                .formatted(agency, idNumber);
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\nContent-Type: application/json\r\n\r\n"
                + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"GIAY_DE_NGHI\"; filename=\"giay.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"CCCD\"; filename=\"cccd.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as(user, "/api/dossiers").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    static void assertNotFound(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("%s: %s", answer.uri(), answer.body()).isEqualTo(404);
        assertProblem(answer);
    }

    static void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    HttpRequest.Builder as(String user, String path) {
        return as(user, TestOneStopShop.password(), path);
    }

    HttpRequest.Builder as(String user, String password, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }
}
