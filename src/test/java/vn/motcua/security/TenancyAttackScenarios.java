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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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

    // --- the API's login cache (security.AuthenticationCache) never outlives an identity change on this node

    @Test
    void shouldTakeAwayAnAgencyAPasswordAndALoginWithTheIdentityChangeDespiteTheLoginCache() throws Exception {
        IdentityService identity = app.getBean(IdentityService.class);
        String user = "thu.tam";
        User created = identity.newUser(user);
        created.setFirstName("Thử");
        created.setLastName("Tạm");
        created.setPassword("Mat-Khau-1");
        identity.saveUser(created);
        List<String> groups = identity.createGroupQuery().groupMember("tiepnhan").list().stream().map(Group::getId).toList();
        assertThat(groups).isNotEmpty();
        groups.forEach(group -> identity.createMembership(user, group));
        try {
            String path = "/api/dossiers/" + victim;
            assertThat(send(as(user, "Mat-Khau-1", path)).statusCode()).isEqualTo(200);
            assertThat(send(as(user, "Mat-Khau-1", path)).statusCode()).as("answered from the cache").isEqualTo(200);

            groups.forEach(group -> identity.deleteMembership(user, group));
            assertNotFound(send(as(user, "Mat-Khau-1", path)));
            groups.forEach(group -> identity.createMembership(user, group));
            assertThat(send(as(user, "Mat-Khau-1", path)).statusCode()).isEqualTo(200);

            User changed = identity.createUserQuery().userId(user).singleResult();
            changed.setPassword("Mat-Khau-2");
            identity.saveUser(changed);
            assertThat(send(as(user, "Mat-Khau-1", path)).statusCode()).as("the old password").isEqualTo(401);
            assertThat(send(as(user, "Mat-Khau-2", path)).statusCode()).isEqualTo(200);
        } finally {
            identity.deleteUser(user);
        }
        assertThat(send(as(user, "Mat-Khau-2", "/api/dossiers/" + victim)).statusCode()).as("a deleted user").isEqualTo(401);
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

    // --- issue 11: an agency's manager reads its agency's monitoring only

    static final String AGENCY_MANAGER = "quanly.dongxoai";
    /** Every monitoring endpoint that takes an agency, as a manager's client or the Cockpit plugin calls it. */
    static final List<String> AGENCY_ENDPOINTS = List.of("/api/reports/period?from=%1$s&to=%2$s&agency=%3$s",
            "/api/reports/period.csv?from=%1$s&to=%2$s&agency=%3$s", "/api/reports/period.xlsx?from=%1$s&to=%2$s&agency=%3$s",
            "/api/reports/online-indicators?year=%4$s&agency=%3$s", "/api/reports/dashboard?agency=%3$s",
            "/api/reports/dossiers?agency=%3$s", "/api/reports/dossiers.csv?agency=%3$s", "/api/reports/dossiers.xlsx?agency=%3$s");

    /** An overdue dossier of each agency in the register (Đồng Xoài's first), received two days ago. */
    private List<String> overdue;

    List<String> overdueDossiers() throws Exception {
        if (overdue == null) {
            List<String> codes = new ArrayList<>();
            codes.add(submit("tiepnhan", DONG_XOAI, "079400000101"));
            codes.add(submit(ATTACKER, BINH_LONG, "070400000102"));
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            for (String code : codes) {
                // the state a dossier reaches after intake whose deadline has passed: set in the register directly
                app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("update dossier set status = ?,"
                        + " received_at = ?, due_at = ? where code = ?", DossierStatus.PROCESSING.code(), now.minusDays(2),
                        now.minusHours(1), code);
            }
            overdue = codes;
        }
        return overdue;
    }

    String reportPath(String template, String agency) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return template.formatted(today.minusDays(30), today, agency, today.getYear());
    }

    @Test
    void shouldLimitAnAgencyManagersReportsDashboardAndExportsToItsAgency() throws Exception {
        String ours = overdueDossiers().get(0);
        String theirs = overdueDossiers().get(1);

        JsonNode dashboard = json(send(as(AGENCY_MANAGER, "/api/reports/dashboard")));
        assertThat(dashboard.get("byAgency").findValuesAsText("code")).containsExactly(DONG_XOAI);
        assertThat(dashboard.get("overdue").asLong()).isEqualTo(dashboard.get("byAgency").get(0).get("overdue").asLong());
        JsonNode list = json(send(as(AGENCY_MANAGER, "/api/reports/dossiers?kind=ALL&size=500")));
        assertThat(list.findValuesAsText("code")).contains(ours).doesNotContain(theirs);
        assertThat(list.findValuesAsText("agencyCode")).containsOnly(DONG_XOAI);
        HttpResponse<String> csv = send(as(AGENCY_MANAGER, "/api/reports/dossiers.csv?kind=ALL"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(ours).doesNotContain(theirs, "UBND thị xã Bình Long");
        HttpResponse<byte[]> xlsx = http.send(as(AGENCY_MANAGER, "/api/reports/dossiers.xlsx?kind=ALL").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(cells(xlsx.body())).contains(ours).doesNotContain(theirs);

        JsonNode period = json(send(as(AGENCY_MANAGER, reportPath("/api/reports/period?from=%1$s&to=%2$s", ""))));
        assertThat(period.get("agencies").findValuesAsText("agencyCode")).containsExactly(DONG_XOAI);
        assertThat(period.at("/total/report/agencyName").asText()).isNotEqualTo("Toàn tỉnh");
        HttpResponse<String> periodCsv = send(as(AGENCY_MANAGER, reportPath("/api/reports/period.csv?from=%1$s&to=%2$s", "")));
        assertThat(periodCsv.body()).contains(DONG_XOAI).doesNotContain(BINH_LONG);
        assertThat(json(send(as(AGENCY_MANAGER, "/api/reports/choices"))).get("agencies").findValuesAsText("code"))
                .containsExactly(DONG_XOAI);
        assertThat(json(send(as(AGENCY_MANAGER, reportPath("/api/reports/online-indicators?year=%4$s", "")))).has("indicators")).isTrue();

        // another agency's dossier is "not found", whatever its code; its agency asked by name is refused, naming the field
        assertThat(send(as(AGENCY_MANAGER, "/api/reports/dossiers/" + ours)).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = send(as(AGENCY_MANAGER, "/api/reports/dossiers/" + theirs));
        assertNotFound(foreign);
        assertThat(foreign.body()).doesNotContain("070400000102");
        for (String template : AGENCY_ENDPOINTS) {
            HttpResponse<String> refused = send(as(AGENCY_MANAGER, reportPath(template, BINH_LONG)));
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertProblem(refused);
            assertThat(json(refused).at("/errors/0/field").asText()).isEqualTo("agency");
            assertThat(send(as(AGENCY_MANAGER, reportPath(template, DONG_XOAI))).statusCode()).as(template).isEqualTo(200);
        }
        assertThat(send(as(AGENCY_MANAGER, "/actuator/metrics")).statusCode()).as("metrics are the province's").isEqualTo(403);
    }

    @Test
    void shouldLetTheProvinceManagerReadEveryAgencyAndRefuseClerks() throws Exception {
        String ours = overdueDossiers().get(0);
        String theirs = overdueDossiers().get(1);
        JsonNode dashboard = json(send(as("quanly", "/api/reports/dashboard")));
        assertThat(dashboard.get("byAgency").findValuesAsText("code")).contains(DONG_XOAI, BINH_LONG);
        assertThat(json(send(as("quanly", "/api/reports/dossiers?kind=ALL&size=500"))).findValuesAsText("code")).contains(ours, theirs);
        for (String template : AGENCY_ENDPOINTS) {
            assertThat(send(as("quanly", reportPath(template, BINH_LONG))).statusCode()).as(template).isEqualTo(200);
        }
        assertThat(send(as("quanly", "/api/reports/dossiers/" + theirs)).statusCode()).isEqualTo(200);
        assertThat(send(as("quanly", "/actuator/metrics")).statusCode()).isEqualTo(200);

        for (String clerk : List.of("tiepnhan", ATTACKER, "chuyenvien", "traketqua")) {
            for (String template : AGENCY_ENDPOINTS) {
                assertThat(send(as(clerk, reportPath(template, DONG_XOAI))).statusCode()).as(clerk + " " + template).isEqualTo(403);
            }
            assertThat(send(as(clerk, "/api/reports/dashboard")).statusCode()).isEqualTo(403);
            assertThat(send(as(clerk, "/api/reports/choices")).statusCode()).isEqualTo(403);
            assertThat(send(as(clerk, "/api/reports/dossiers/" + ours)).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void shouldLimitAnAgencyManagersCockpitToItsAgency() throws Exception {
        String ours = overdueDossiers().get(0);
        String theirs = overdueDossiers().get(1);
        Webapp cockpit = Webapp.open(http, URI.create("http://localhost:" + port), "10.9.0.2");
        assertThat(cockpit.login(AGENCY_MANAGER, TestOneStopShop.password(), "cockpit").statusCode()).isEqualTo(200);
        // the Cockpit plugin "Giám sát hồ sơ" reads the reports with the Cockpit session
        HttpResponse<String> list = cockpit.send(cockpit.request("/api/reports/dossiers?kind=ALL&size=500").build());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).findValuesAsText("code")).contains(ours).doesNotContain(theirs);
        assertThat(cockpit.send(cockpit.request(reportPath("/api/reports/dashboard?agency=%3$s", BINH_LONG)).build()).statusCode())
                .isEqualTo(403);
        // Cockpit's own views: the engine's tenant check
        HttpResponse<String> instances = cockpit.send(cockpit.request("/camunda/api/engine/engine/default/history/process-instance")
                .header("X-XSRF-TOKEN", cockpit.cookies.getOrDefault("XSRF-TOKEN", "")).build());
        assertThat(instances.statusCode()).isEqualTo(200);
        assertThat(json(instances).findValuesAsText("tenantId")).isNotEmpty().containsOnly(DONG_XOAI);
    }

    /** The text of every cell of an XLSX file. */
    static List<String> cells(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        return cells;
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
        return withDossier(as(user, "/api/dossiers"), agency, idNumber);
    }

    /** The request as a POST of an online dossier of procedure 1.001612 at the agency (multipart, two components). */
    static HttpRequest.Builder withDossier(HttpRequest.Builder request, String agency, String idNumber) {
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
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
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
