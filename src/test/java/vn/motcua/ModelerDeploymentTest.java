package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.process.HouseholdBusinessRegistration;

/**
 * Deploying from Camunda Modeler: the request its deploy dialog sends to the running application
 * (multipart POST /engine-rest/deployment/create with the diagram, its forms and decisions, HTTP Basic).
 * A new version is deployed; an instance started before keeps its definition, a new start takes the new
 * one. The demo analyst {@code phantich} may deploy; an intake clerk may not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelerDeploymentTest {

    static final String PROCESS = HouseholdBusinessRegistration.PROCESS_KEY;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    ConfigurableApplicationContext app;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(MotcuaApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("motcua").toAbsolutePath(),
                "--motcua.documents.dir=" + data.resolve("documents").toAbsolutePath(),
                "--motcua.signature.demo-dir=" + data.resolve("signature").toAbsolutePath(),
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void shouldDeployANewVersionWhileRunningInstancesKeepTheirs() throws Exception {
        ProcessDefinition before = latest();
        String running = startAsClerk("Nguyễn Văn Cũ", "079190005555");

        HttpResponse<String> response = deploy("admin", adminPassword(), "dang-ky-ho-kinh-doanh", changedProcess("bản sửa 1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode deployed = JSON.readTree(response.body()).path("deployedProcessDefinitions");
        assertThat(deployed.size()).isOne();
        JsonNode definition = deployed.elements().next();
        assertThat(definition.path("key").asText()).isEqualTo(PROCESS);
        assertThat(definition.path("version").asInt()).isEqualTo(before.getVersion() + 1);

        assertThat(latest().getId()).isEqualTo(definition.path("id").asText());
        assertThat(processDefinitionOf(running)).as("the instance started before keeps its version").isEqualTo(before.getId());
        String started = startAsClerk("Trần Văn Mới", "079190006666");
        assertThat(processDefinitionOf(started)).as("a new start takes the new version").isEqualTo(definition.path("id").asText());
    }

    @Test
    @Order(2)
    void shouldDeployNothingNewWhenNothingChanged() throws Exception {
        int version = latest().getVersion();
        HttpResponse<String> response = deploy("admin", adminPassword(), "dang-ky-ho-kinh-doanh", changedProcess("bản sửa 1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("deployedProcessDefinitions").size()).isZero();
        assertThat(latest().getVersion()).isEqualTo(version);
    }

    @Test
    @Order(3)
    void shouldLetTheAnalystDeployButNotAClerk() throws Exception {
        int version = latest().getVersion();
        HttpResponse<String> refused = deploy("tiepnhan", "demo", "dang-ky-ho-kinh-doanh", changedProcess("bản của một cửa"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(latest().getVersion()).isEqualTo(version);

        HttpResponse<String> deployed = deploy("phantich", "demo", "dang-ky-ho-kinh-doanh", changedProcess("bản sửa 2"));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        assertThat(latest().getVersion()).isEqualTo(version + 1);
        assertThat(JSON.readTree(deployed.body()).path("source").asText()).isEqualTo("Camunda Modeler");
    }

    @Test
    @Order(4)
    void shouldRefuseFromTheModelerAModelThatBreaksARule() throws Exception {
        String withoutDueDate = changedProcess("bản thiếu hạn").replace(" camunda:dueDate=\"${workingTime.hours(8)}\">", ">");
        HttpResponse<String> response = deploy("phantich", "demo", "dang-ky-ho-kinh-doanh", withoutDueDate);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("user-task-due-date").contains("Task_CheckDossier");
    }

    /** The Modeler's deploy request: the diagram and every form and decision it refers to, as parts. */
    HttpResponse<String> deploy(String user, String password, String name, String bpmn) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", name);
        fields.put("deploy-changed-only", "true");
        fields.put("deployment-source", "Camunda Modeler");
        List<Object[]> files = new ArrayList<>();
        files.add(new Object[] {PROCESS + ".bpmn", bpmn.getBytes(StandardCharsets.UTF_8)});
        for (String folder : List.of("forms", "decisions")) {
            try (var list = Files.list(Path.of(folder))) {
                for (Path file : list.filter(p -> p.getFileName().toString().startsWith(PROCESS + ".") || folder.equals("decisions")).sorted().toList()) {
                    files.add(new Object[] {file.getFileName().toString(), Files.readAllBytes(file)});
                }
            }
        }
        String boundary = "----CamundaModeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Object[] file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0] + "\"; filename=\"" + file[0]
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) file[1]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(url("/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The procedure as an analyst changed it: same key, another documentation text. */
    static String changedProcess(String change) throws IOException {
        String bpmn = Files.readString(Path.of("processes", PROCESS + ".bpmn"));
        String changed = bpmn.replaceFirst("<bpmn:documentation>", "<bpmn:documentation>(" + change + ") ");
        assertThat(changed).isNotEqualTo(bpmn);
        return changed;
    }

    String startAsClerk(String applicant, String idNumber) {
        return vn.motcua.security.EngineLogin.as(app.getBean(IdentityService.class), "tiepnhan",
                () -> app.getBean(RuntimeService.class)
                        .startProcessInstanceByKey(PROCESS, ApplicationScenarios.startVariables(applicant, idNumber)).getId());
    }

    String processDefinitionOf(String processInstanceId) {
        return app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getProcessDefinitionId();
    }

    ProcessDefinition latest() {
        return app.getBean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
    }

    String adminPassword() {
        return app.getEnvironment().getProperty("camunda.bpm.admin-user.password");
    }

    URI url(String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }
}
