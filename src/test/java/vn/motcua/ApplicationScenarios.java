package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.process.HouseholdBusinessRegistration.Element.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierHistory;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Outcome;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.process.Apology;
import vn.motcua.process.HouseholdBusinessRegistration;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.SupplementRequest;
import vn.motcua.system.TestOneStopShop;

/**
 * The application as it runs, on an empty database: a dossier through the Java API and through the
 * engine REST API as demo users, security, and a restart that deploys nothing new. Subclasses choose the
 * database (embedded H2 with the demo, or PostgreSQL with the production profile).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ApplicationScenarios {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = TestOneStopShop.password();

    ConfigurableApplicationContext app;
    HttpClient http = HttpClient.newHttpClient();

    /** Command-line style arguments that point the application at its database. */
    abstract List<String> arguments();

    /** The administrator's password the application is started with. */
    String adminPassword() {
        return "admin";
    }

    /** Whether the application loads the demo itself (embedded default) or the test seeds it (production profile). */
    abstract boolean loadsDemoItself();

    /** Creates the empty database, where the subclass needs to. */
    void createDatabase() throws Exception {
    }

    /** Removes the database, where the subclass created one. */
    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        createDatabase();
        app = startApplication();
        if (!loadsDemoItself()) {
            assertThat(app.getBean(AgencyRepository.class).count()).as("no demo data under the production profile").isZero();
            assertThat(bean(IdentityService.class).createUserQuery().userId("tiepnhan").count()).isZero();
            TestOneStopShop.seed(app);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    ConfigurableApplicationContext startApplication() {
        List<String> args = new java.util.ArrayList<>(arguments());
        args.add("--server.port=0");
        args.add("--camunda.bpm.job-execution.enabled=false");
        return new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    @Test
    @Order(1)
    void shouldCarryADossierFromIntakeToReturnThroughTheJavaApi() {
        // the starter's per-execution, per-task and per-history-event Spring events are off (docs/performance.md)
        List<Object> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>> recorder =
                event -> published.add(event.getPayload());
        app.addApplicationListener(recorder);
        String processInstanceId = as("tiepnhan", () -> bean(RuntimeService.class)
                .startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY, startVariables("Lê Văn Tâm", "079190001111"))
                .getId());
        Dossier dossier = bean(DossierRepository.class).findByProcessInstanceId(processInstanceId).orElseThrow();
        assertThat(dossier.getCode()).matches("000\\.00\\.20\\.H10-\\d{6}-\\d{4}");
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.getSubStatus()).isEqualTo(Task_CheckDossier.id());

        completeAs("tiepnhan", processInstanceId, Task_CheckDossier, Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
        completeAs("chuyenvien", processInstanceId, Task_Appraise, Map.of("appraisalDecision", "propose", "registrationNumber", "44A8000001", "opinion", "Đủ điều kiện"));
        completeAs("truongphong", processInstanceId, Task_Review, Map.of("reviewDecision", "sendBack", "opinion", "Bổ sung ngành nghề"));
        completeAs("chuyenvien", processInstanceId, Task_Appraise, Map.of("appraisalDecision", "propose", "registrationNumber", "44A8000001", "opinion", "Đã bổ sung"));
        completeAs("truongphong", processInstanceId, Task_Review, Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        completeAs("lanhdao", processInstanceId, ResultSignature.Element.Task_Sign, Map.of("signDecision", "approve", "opinion", "Ký"));
        completeAs("traketqua", processInstanceId, ResultReturn.Element.Task_ReturnResult, Map.of("returnMethod", "COUNTER", "resultReceiver", "Lê Văn Tâm"));

        Dossier returned = bean(DossierRegister.class).get(dossier.getId());
        assertThat(returned.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.getReceivedAt()).isNotNull();
        assertThat(returned.getDueAt()).isAfter(returned.getReceivedAt());
        assertThat(returned.getOutcome()).isIn(Outcome.EARLY, Outcome.ON_TIME);
        assertThat(returned.getReturnedAt()).isNotNull();
        assertThat(bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndTime()).isNotNull();

        List<DossierHistory> history = bean(DossierRegister.class).history(dossier.getId());
        assertThat(history).extracting(DossierHistory::getFromStep).containsExactly(
                Task_CheckDossier.id(), Task_Appraise.id(), Task_Review.id(), Task_Appraise.id(), Task_Review.id(),
                ResultSignature.Element.Task_Sign.id(), ResultReturn.Element.Task_ReturnResult.id());
        assertThat(history).extracting(DossierHistory::getSender).containsExactly(
                "tiepnhan", "chuyenvien", "truongphong", "chuyenvien", "truongphong", "lanhdao", "traketqua");
        assertThat(history.get(2).getToStep()).isEqualTo(Task_Appraise.id());
        assertThat(history.get(2).getNote()).isEqualTo("Bổ sung ngành nghề");
        assertThat(history.get(6).getToStep()).isEqualTo(EndEvent_ResultReturned.id());
        assertThat(history).extracting(DossierHistory::getOutcome).allMatch(o -> o == Outcome.EARLY || o == Outcome.ON_TIME);

        app.removeApplicationListener(recorder);
        assertThat(published).as("Motcua's own events reach a listener").anyMatch(p -> p instanceof vn.motcua.dossier.DossierChanged)
                .as("no engine event is published to Spring").noneMatch(p -> p instanceof org.camunda.bpm.engine.delegate.DelegateTask
                        || p instanceof org.camunda.bpm.engine.delegate.DelegateExecution
                        || p instanceof org.camunda.bpm.engine.impl.history.event.HistoryEvent
                        || p.getClass().getName().startsWith("org.camunda.bpm.spring.boot.starter.event."));
    }

    @Test
    @Order(2)
    void shouldCarryADossierThroughTheEngineRestApiAsDemoUsers() throws Exception {
        Map<String, Object> variables = new HashMap<>();
        startVariables("Trần Thị Bích", "079190002222").forEach((k, v) -> variables.put(k, Map.of("value", v)));
        JsonNode started = post("tiepnhan", "/engine-rest/process-definition/key/dang-ky-ho-kinh-doanh/start",
                Map.of("variables", variables), 200);
        String businessKey = started.get("businessKey").asText();
        assertThat(businessKey).startsWith("000.00.20.H10-");

        submitAs("tiepnhan", businessKey, Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
        submitAs("chuyenvien", businessKey, Map.of("appraisalDecision", "propose", "registrationNumber", "44A8000002", "opinion", "Đủ điều kiện"));
        submitAs("truongphong", businessKey, Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        submitAs("lanhdao", businessKey, Map.of("signDecision", "approve", "opinion", "Ký"));
        submitAs("traketqua", businessKey, Map.of("returnMethod", "POST", "resultReceiver", "Trần Thị Bích"));
        // the shared return process: a result sent by post is returned once the postal item is recorded
        Dossier dossier = bean(DossierRepository.class).findByCode(businessKey).orElseThrow();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSED);
        submitAs("traketqua", businessKey, Map.of("postalTrackingNumber", "EB123456789VN"));

        dossier = bean(DossierRepository.class).findByCode(businessKey).orElseThrow();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(bean(DossierRegister.class).history(dossier.getId())).extracting(DossierHistory::getSender)
                .containsExactly("tiepnhan", "chuyenvien", "truongphong", "lanhdao", "traketqua", "traketqua");
    }

    @Test
    @Order(3)
    void shouldShowEachUserOnlyTheTasksOfTheirOwnGroups() throws Exception {
        String processInstanceId = as("tiepnhan", () -> bean(RuntimeService.class)
                .startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY, startVariables("Phan Văn Lộc", "079190003333"))
                .getId());
        assertThat(taskCount("tiepnhan", processInstanceId)).isOne();
        assertThat(taskCount("tiepnhan.binhlong", processInstanceId)).as("another agency's desk").isZero();
        assertThat(taskCount("chuyenvien", processInstanceId)).as("a handler before routing").isZero();
        assertThat(taskCount("quanly", processInstanceId)).as("the manager reads every task").isOne();

        // Tasklist's "Việc của nhóm tôi" shows the dossier code, applicant and procedure of the clerk's task
        String code = bean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
        String filter = get("tiepnhan", "/engine-rest/filter?resourceType=Task&name="
                + java.net.URLEncoder.encode("Việc của nhóm tôi", StandardCharsets.UTF_8)).get(0).get("id").asText();
        HttpResponse<String> list = send(request("tiepnhan", "/engine-rest/filter/" + filter + "/list?maxResults=50")
                .header("Accept", "application/hal+json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> shown = new java.util.ArrayList<>();
        JSON.readTree(list.body()).path("_embedded").path("task").forEach(task -> task.path("_embedded").path("variable")
                .forEach(variable -> shown.add(variable.get("name").asText() + "=" + variable.get("value").asText())));
        assertThat(shown).contains("dossierCode=" + code, "applicantName=Phan Văn Lộc",
                "procedureName=Đăng ký thành lập hộ kinh doanh");
        assertThat(send(request("tiepnhan.binhlong", "/engine-rest/process-definition/key/dang-ky-ho-kinh-doanh/start")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build()).statusCode())
                .isIn(400, 403, 500);
    }

    @Test
    @Order(5)
    void shouldStopTheClockForASupplementAndMoveTheTimersWithIt() {
        ZoneId vn = ZoneId.of("Asia/Ho_Chi_Minh");
        ManagementService management = bean(ManagementService.class);
        try {
            ClockUtil.setCurrentTime(at("2026-03-02T08:00", vn)); // Monday
            String pid = as("tiepnhan", () -> bean(RuntimeService.class)
                    .startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY, startVariables("Đỗ Thị Hạnh", "079190004444"))
                    .getId());
            completeAs("tiepnhan", pid, Task_CheckDossier, Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
            Dossier dossier = bean(DossierRepository.class).findByProcessInstanceId(pid).orElseThrow();
            assertThat(dossier.getDueAt()).as("3 working days").isEqualTo(at("2026-03-05T08:00", vn).toInstant());
            assertThat(timer(management, pid, BoundaryEvent_LegalDeadline.id()).getDuedate()).isEqualTo(at("2026-03-05T08:00", vn));
            assertThat(timer(management, pid, BoundaryEvent_DueSoon.id()).getDuedate()).isEqualTo(at("2026-03-04T08:00", vn));

            ClockUtil.setCurrentTime(at("2026-03-03T10:00", vn));
            completeAs("chuyenvien", pid, Task_Appraise, Map.of("appraisalDecision", "requestSupplement",
                    "missingItems", "Hợp đồng thuê địa điểm kinh doanh", "opinion", "Thiếu hợp đồng thuê"));
            assertThat(bean(DossierRegister.class).get(dossier.getId()).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
            assertThat(timer(management, pid, BoundaryEvent_LegalDeadline.id()).isSuspended()).isTrue();

            // the old due date passes while the clock stands still: nothing fires
            ClockUtil.setCurrentTime(at("2026-03-06T09:00", vn));
            assertThat(management.createJobQuery().processInstanceId(pid).executable().active().count()).isZero();
            assertThat(management.createJobQuery().processInstanceId(pid).suspended().count()).isEqualTo(2);

            String supplement = bean(RuntimeService.class).createProcessInstanceQuery().superProcessInstanceId(pid).singleResult().getId();
            completeAs("tiepnhan", supplement, SupplementRequest.Element.Task_SendSupplementRequest.id(), Map.of("slipHandedOver", true));
            ClockUtil.setCurrentTime(at("2026-03-09T14:00", vn));
            completeAs("tiepnhan", supplement, SupplementRequest.Element.Task_ReceiveSupplement.id(), Map.of("supplementComplete", true, "opinion", "Đã nhận hợp đồng thuê"));

            // procedure 1.001612 restarts its clock: 3 working days again from Monday 14:00
            Dossier resumed = bean(DossierRegister.class).get(dossier.getId());
            assertThat(resumed.getStatus()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(resumed.getDueAt()).isEqualTo(at("2026-03-12T14:00", vn).toInstant());
            Job deadline = timer(management, pid, BoundaryEvent_LegalDeadline.id());
            assertThat(deadline.isSuspended()).isFalse();
            assertThat(deadline.getDuedate()).isEqualTo(at("2026-03-12T14:00", vn));
            assertThat(timer(management, pid, BoundaryEvent_DueSoon.id()).getDuedate()).isEqualTo(at("2026-03-11T14:00", vn));

            // the same agency may not ask a second time
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeAs("chuyenvien", pid, Task_Appraise,
                            Map.of("appraisalDecision", "requestSupplement", "missingItems", "Giấy khác", "opinion", "Thiếu")))
                    .hasMessageContaining("chỉ được yêu cầu bổ sung một lần");

            // the new legal due date passes: overdue, and the handling unit must apologise
            ClockUtil.setCurrentTime(at("2026-03-12T14:01", vn));
            management.executeJob(timer(management, pid, BoundaryEvent_DueSoon.id()).getId());
            management.executeJob(timer(management, pid, BoundaryEvent_LegalDeadline.id()).getId());
            assertThat(bean(DossierRegister.class).get(dossier.getId()).isOverdue()).isTrue();
            String apology = bean(RuntimeService.class).createProcessInstanceQuery().superProcessInstanceId(pid).singleResult().getId();
            completeAs("chuyenvien", apology, Apology.Element.Task_PrepareApology.id(), Map.of("newAppointmentDate", "2026-03-16", "apologyReason", "Chờ xác minh địa điểm"));
            assertThat(bean(DossierRegister.class).get(dossier.getId()).getNewAppointmentAt()).isEqualTo(at("2026-03-16T16:30", vn).toInstant());

            completeAs("chuyenvien", pid, Task_Appraise, Map.of("appraisalDecision", "propose", "registrationNumber", "44A8000004", "opinion", "Đủ"));
            completeAs("truongphong", pid, Task_Review, Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
            completeAs("lanhdao", pid, ResultSignature.Element.Task_Sign, Map.of("signDecision", "approve", "opinion", "Ký"));
            Dossier processed = bean(DossierRegister.class).get(dossier.getId());
            assertThat(processed.getStatus()).isEqualTo(DossierStatus.PROCESSED);
            assertThat(processed.getOutcome()).as("late, whatever the new appointment says").isEqualTo(Outcome.LATE);
        } finally {
            ClockUtil.reset();
        }
    }

    static Date at(String local, ZoneId zone) {
        return Date.from(LocalDateTime.parse(local).atZone(zone).toInstant());
    }

    Job timer(ManagementService management, String pid, String activityId) {
        return management.createJobQuery().processInstanceId(pid).activityId(activityId).singleResult();
    }

    @Test
    @Order(4)
    void shouldRefuseAnonymousAndWrongPasswordRequests() throws Exception {
        assertThat(status(anonymous("/engine-rest/task"))).isEqualTo(401);
        assertThat(status(anonymous("/engine-rest/deployment"))).isEqualTo(401);
        assertThat(status(anonymous("/api/admin/calendar/2026"))).isEqualTo(401);
        assertThat(status(anonymous("/camunda/api/engine/engine/default/task/count"))).isEqualTo(401);
        assertThat(status(HttpRequest.newBuilder(url("/camunda/api/admin/setup/default/user/create"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build())).isEqualTo(403);
        assertThat(status(anonymous("/actuator/health"))).isEqualTo(200);
        assertThat(status(request("tiepnhan.binhlong", "/engine-rest/task").build())).isEqualTo(200);
        // the calendar is the administrators' business
        assertThat(status(request("quanly", "/api/admin/calendar/2026").build())).isEqualTo(403);
        assertThat(status(request("quanly", "/api/admin/calendar/2027/notice")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"notice\": \"x\", \"verified\": true}")).build()))
                .isIn(401, 403);
        assertThat(status(HttpRequest.newBuilder(url("/api/admin/calendar/2026"))
                .header("Authorization", basic("admin", adminPassword())).build())).isEqualTo(200);
        // a wrong password is refused
        assertThat(status(HttpRequest.newBuilder(url("/engine-rest/task"))
                .header("Authorization", basic("tiepnhan.binhlong", "sai-mat-khau")).build())).isEqualTo(401);
    }

    /**
     * Engine history level "motcua" (docs/performance.md, "Engine history level"): a finished dossier keeps its
     * process, step, task, candidate and operation history and its variables' last values in the engine, and its
     * legal history (hand-overs, control slip) in the register; no variable details, no copies of the call activities.
     */
    @Test
    @Order(6)
    void shouldKeepTheLegalHistoryAndNoVariableDetailsOfAFinishedDossier() throws Exception {
        String pid = as("tiepnhan", () -> bean(RuntimeService.class)
                .startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY, startVariables("Vũ Thị Mai", "079190006666"))
                .getId());
        completeAs("tiepnhan", pid, Task_CheckDossier, Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
        completeAs("chuyenvien", pid, Task_Appraise, Map.of("appraisalDecision", "propose", "registrationNumber", "44A8000006", "opinion", "Đủ điều kiện"));
        completeAs("truongphong", pid, Task_Review, Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        completeAs("lanhdao", pid, ResultSignature.Element.Task_Sign, Map.of("signDecision", "approve", "opinion", "Ký"));
        completeAs("traketqua", pid, ResultReturn.Element.Task_ReturnResult, Map.of("returnMethod", "COUNTER", "resultReceiver", "Vũ Thị Mai"));
        Dossier dossier = bean(DossierRepository.class).findByProcessInstanceId(pid).orElseThrow();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        HistoryService history = bean(HistoryService.class);
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) bean(org.camunda.bpm.engine.ProcessEngine.class)
                .getProcessEngineConfiguration()).getHistoryLevel().getName()).isEqualTo("motcua");

        // the engine history Motcua keeps: the dossier's process and the two it called, every step, task, candidate, operation
        List<org.camunda.bpm.engine.history.HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.getCode()).list();
        assertThat(instances).extracting(org.camunda.bpm.engine.history.HistoricProcessInstance::getProcessDefinitionKey)
                .containsExactlyInAnyOrder(HouseholdBusinessRegistration.PROCESS_KEY, ResultSignature.PROCESS_KEY, ResultReturn.PROCESS_KEY);
        assertThat(instances).allSatisfy(i -> assertThat(i.getEndTime()).isNotNull());
        List<org.camunda.bpm.engine.history.HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(dossier.getCode()).finished().list();
        assertThat(tasks).extracting(org.camunda.bpm.engine.history.HistoricTaskInstance::getTaskDefinitionKey).containsExactlyInAnyOrder(
                Task_CheckDossier.id(), Task_Appraise.id(), Task_Review.id(), ResultSignature.Element.Task_Sign.id(),
                ResultReturn.Element.Task_ReturnResult.id());
        assertThat(tasks).extracting(org.camunda.bpm.engine.history.HistoricTaskInstance::getAssignee)
                .containsExactlyInAnyOrder("tiepnhan", "chuyenvien", "truongphong", "lanhdao", "traketqua");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(EndEvent_ResultReturned.id())
                .finished().count()).isOne();
        String appraisal = tasks.stream().filter(t -> t.getTaskDefinitionKey().equals(Task_Appraise.id())).findFirst().orElseThrow().getId();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(appraisal).list())
                .extracting(org.camunda.bpm.engine.history.HistoricIdentityLinkLog::getGroupId).contains("chuyenvien-tckh-dongxoai");
        assertThat(history.createUserOperationLogQuery().taskId(appraisal).operationType("Complete").count()).isOne();

        // variables: each one's last value once, where it belongs; not the copies on the tasks and in the called processes,
        // no details
        String[] ids = instances.stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toArray(String[]::new);
        String returning = instances.stream().filter(i -> i.getProcessDefinitionKey().equals(ResultReturn.PROCESS_KEY)).findFirst()
                .orElseThrow().getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).variableName("applicantName").list())
                .as("the applicant's name, copied onto each task and into the two called processes, kept once").singleElement()
                .satisfies(v -> assertThat(v.getProcessInstanceId()).isEqualTo(pid));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(returning).variableName("resultReceiver")
                .singleResult().getValue()).as("what the return process set itself").isEqualTo("Vũ Thị Mai");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName("returnMethod")
                .singleResult().getValue()).as("and handed back").isEqualTo("COUNTER");
        for (String id : ids) {
            assertThat(history.createHistoricDetailQuery().processInstanceId(id).count()).as("details of %s", id).isZero();
        }

        // the legal history is the register's: every hand-over, and the control slip printed from it
        List<DossierHistory> handOvers = bean(DossierRegister.class).history(dossier.getId());
        assertThat(handOvers).extracting(DossierHistory::getSender)
                .containsExactly("tiepnhan", "chuyenvien", "truongphong", "lanhdao", "traketqua");
        HttpResponse<byte[]> slip = http.send(request("tiepnhan", "/api/dossiers/" + dossier.getCode() + "/slips/control").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(slip.statusCode()).isEqualTo(200);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(slip.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("PHIẾU KIỂM SOÁT", dossier.getCode(), "Vũ Thị Mai");
        for (DossierHistory h : handOvers) {
            assertThat(text).as("the control slip has the hand-over from %s", h.getFromStep()).contains(h.getFromStepName());
            org.camunda.bpm.engine.identity.User sender = bean(IdentityService.class).createUserQuery().userId(h.getSender()).singleResult();
            assertThat(text).contains(sender.getLastName(), sender.getFirstName());
        }
    }

    @Test
    @Order(100)
    void shouldDeployNothingNewAndLoadNothingTwiceOnRestart() {
        RepositoryService repository = bean(RepositoryService.class);
        long deployments = repository.createDeploymentQuery().count();
        long definitions = repository.createProcessDefinitionQuery().count();
        long users = bean(IdentityService.class).createUserQuery().count();
        long agencies = bean(AgencyRepository.class).count();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(HouseholdBusinessRegistration.PROCESS_KEY)
                .latestVersion().singleResult().getVersion()).isOne();

        app.close();
        app = startApplication();

        repository = bean(RepositoryService.class);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(bean(IdentityService.class).createUserQuery().count()).isEqualTo(users);
        assertThat(bean(AgencyRepository.class).count()).isEqualTo(agencies);
    }

    // --- helpers

    static Map<String, Object> startVariables(String applicant, String idNumber) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantName", applicant);
        variables.put("applicantIdNumber", idNumber);
        variables.put("applicantAddress", "Phường Tân Phú, thành phố Đồng Xoài");
        variables.put("businessName", "Hộ kinh doanh " + applicant);
        variables.put("businessAddress", "Số 5 đường Phú Riềng Đỏ");
        variables.put("businessLine", "Bán lẻ hàng tạp hóa");
        variables.put("capital", 50_000_000);
        variables.put("summary", "Đăng ký hộ kinh doanh của " + applicant);
        variables.put("channel", "COUNTER");
        return variables;
    }

    <T> T as(String user, java.util.function.Supplier<T> work) {
        return vn.motcua.security.EngineLogin.as(bean(IdentityService.class), user, work);
    }

    void completeAs(String user, String processInstanceId, Enum<?> step, Map<String, Object> variables) {
        completeAs(user, processInstanceId, step.name(), variables);
    }

    /** Completes the step of the dossier, in the given process instance or one it called (same business key). */
    void completeAs(String user, String processInstanceId, String step, Map<String, Object> variables) {
        String dossierCode = bean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
        vn.motcua.security.EngineLogin.complete(bean(IdentityService.class), bean(TaskService.class), user, dossierCode,
                step, variables);
        bean(vn.motcua.system.AutomaticSteps.class).run(dossierCode); // the signing, after the signer's completion
    }

    void submitAs(String user, String businessKey, Map<String, Object> variables) throws Exception {
        JsonNode tasks = get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey);
        assertThat(tasks).as("%s sees one task of %s", user, businessKey).hasSize(1);
        String id = tasks.get(0).get("id").asText();
        post(user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user), 204);
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        post(user, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", typed), 204);
        bean(vn.motcua.system.AutomaticSteps.class).run(businessKey); // the signing, after the signer's completion
    }

    long taskCount(String user, String processInstanceId) throws Exception {
        return get(user, "/engine-rest/task/count?processInstanceId=" + processInstanceId).get("count").asLong();
    }

    URI url(String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(url(path)).header("Authorization", basic(user, PASSWORD));
    }

    HttpRequest anonymous(String path) {
        return HttpRequest.newBuilder(url(path)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    int status(HttpRequest request) throws Exception {
        return send(request).statusCode();
    }

    JsonNode get(String user, String path) throws Exception {
        HttpResponse<String> response = send(request(user, path).build());
        assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    JsonNode post(String user, String path, Object body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        assertThat(response.statusCode()).as("POST %s as %s: %s", path, user, response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }
}
