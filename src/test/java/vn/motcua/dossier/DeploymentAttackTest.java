package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The analyst's code execution (issue 10.2), played as {@code phantich} deploying from the Modeler: a multipart
 * POST to {@code /engine-rest/deployment/create}. Scripts in any language, Java classes, reflective and
 * Spring-bean expressions, JUEL in DMN, embedded HTML forms and HTML/JS resources, a timer start event whose
 * expression would make him administrator, and a shared call activity redeployed with a script are all refused
 * with 400 naming the element and the rule in Vietnamese; nothing of them is deployed or run. A valid model
 * still deploys.
 */
@ApiIntegrationTest
class DeploymentAttackTest extends EngineRestTestSupport {

    static final Path FIXTURES = Path.of("lint/bpmnlint-plugin-motcua/test/allow-list");

    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;

    @Test
    void shouldRefuseEveryAttackModelNamingTheElementAndTheRule() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        for (String file : List.of("script-tasks.bpmn", "input-output-script.bpmn", "listeners.bpmn", "java-class.bpmn",
                "expressions.bpmn", "embedded-form.bpmn")) {
            JsonNode verdicts = JSON.readTree(FIXTURES.resolve("verdicts.json").toFile()).get(file);
            HttpResponse<String> refused = deploy(file, Files.readAllBytes(FIXTURES.resolve(file)));
            assertThat(refused.statusCode()).as("%s: %s", file, refused.body()).isEqualTo(400);
            String message = JSON.readTree(refused.body()).get("message").asText();
            assertThat(message).startsWith("Mô hình bị từ chối");
            for (JsonNode verdict : verdicts) {
                String[] elementAndRule = verdict.asText().split(" ");
                assertThat(message).as(file).contains("[" + elementAndRule[1] + "] " + file + " › " + elementAndRule[0] + ":");
            }
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void shouldRefuseATimerStartThatWouldRunDuringTheDeployment() throws Exception {
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("phantich").count()).isZero();
        HttpResponse<String> refused = deploy("timer-start.bpmn", Files.readAllBytes(FIXTURES.resolve("timer-start.bpmn")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("[expression-method]", "TimerEventDefinition_Admin");
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("phantich").count())
                .as("the expression never ran").isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack_timer").count()).isZero();
    }

    @Test
    void shouldRefuseJuelInDecisionsAndResourcesThatAreNotModels() throws Exception {
        String dmn = Files.readString(Path.of("decisions/phan-cong-xu-ly.dmn"))
                .replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\"juel\" ");
        HttpResponse<String> juel = deploy("phan-cong-xu-ly.dmn", dmn.getBytes(StandardCharsets.UTF_8));
        assertThat(juel.statusCode()).as(juel.body()).isEqualTo(400);
        assertThat(juel.body()).contains("[dmn-feel-only]", "FEEL");
        HttpResponse<String> html = deploy("evil.html", "<script>fetch('/engine-rest/user')</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).as(html.body()).isEqualTo(400);
        assertThat(html.body()).contains("[resource-type] evil.html");
    }

    @Test
    void shouldRefuseASharedCallActivityRedeployedWithAScript() throws Exception {
        String key = "yeu-cau-bo-sung";
        String before = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
        String xml = Files.readString(Path.of("processes/yeu-cau-bo-sung.bpmn"));
        String poisoned = xml.replaceFirst("(<bpmn:startEvent [^>]*>)", "$1<bpmn:extensionElements><camunda:executionListener event=\"start\">"
                + "<camunda:script scriptFormat=\"groovy\">'touch /tmp/motcua-pwned'.execute()</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements>");
        assertThat(poisoned).isNotEqualTo(xml);
        HttpResponse<String> refused = deploy("yeu-cau-bo-sung.bpmn", poisoned.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("[no-script] yeu-cau-bo-sung.bpmn");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId())
                .as("every agency's dossiers keep calling the reviewed version").isEqualTo(before);
    }

    @Test
    void shouldShowExpressionsOnlyTheAllowedSpringBeans() {
        // "${identityService}" has an allowed shape (a plain name, as a variable), but no such bean is visible
        var model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("attack_beans").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Beans").serviceTask("Task_Beans").camundaExpression("${identityService}")
                .camundaResultVariable("leaked").endEvent("EndEvent_Beans").done();
        String deployment = repository.createDeployment().addModelInstance("attack-beans.bpmn", model).deploy().getId();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("attack_beans"))
                    .hasMessageContaining("identityService");
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("attack_beans").count()).isZero();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void shouldStillDeployAValidModelFromTheModeler() throws Exception {
        HttpResponse<String> deployed = deploy("xin-loi-tre-han.bpmn", Files.readAllBytes(Path.of("processes/xin-loi-tre-han.bpmn")));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    }

    private HttpResponse<String> deploy(String fileName, byte[] content) throws Exception {
        String boundary = "----modeler" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        parts.add(field(boundary, "deployment-name", "motcua-modeler"));
        parts.add(field(boundary, "deploy-changed-only", "true"));
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var body = new java.io.ByteArrayOutputStream();
        parts.forEach(body::writeBytes);
        return send(as("phantich", "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
