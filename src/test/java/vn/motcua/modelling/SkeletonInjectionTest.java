package vn.motcua.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.procedure.StepRole;

/**
 * Attack: step names, unit codes, component and procedure names are analyst data. Whatever they hold ({@code ${…}},
 * {@code #{…}}, markup, {@code &}, quotes, a form-js template or FEEL label) they come out as inert text: no element
 * is injected, no name or documentation holds an expression, no form label or text is a template or FEEL. (At run
 * time: {@code GeneratedSkeletonProcessTest.shouldKeepHostileStepNamesInertWhenTheModelRuns}; at deployment:
 * {@code GeneratedSkeletonDeploymentTest}.)
 */
class SkeletonInjectionTest {

    @Test
    void shouldWriteHostileTextAsInertNamesAndDocumentation() {
        Skeleton skeleton = Tables.hostile();
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(skeleton.bpmn().getBytes(StandardCharsets.UTF_8)));
        assertThat(model.getModelElementsByType(ScriptTask.class)).as("no element injected").isEmpty();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String name = element.getName() == null ? "" : element.getName();
            assertThat(name).as(element.getId()).doesNotContain("${", "#{");
        }
        assertThat(model.getModelElementById("Task_Review").getAttributeValue("name")).isEqualTo(Tables.HOSTILE[3]);
        assertThat(model.getModelElementById("CallActivity_PartnerStep3").getAttributeValue("name"))
                .isEqualTo(Tables.HOSTILE[2].replace("${", "＄{"));
        // the only analyst text inside an expression is the partner request, as one escaped string literal
        String request = skeleton.bpmn().lines().filter(l -> l.contains("target=\"partnerRequest\"")).findFirst().orElseThrow();
        assertThat(request).contains("sourceExpression=\"${&apos;Thẩm định &lt;/bpmn:userTask&gt;").contains("\\&apos;dẫn\\&apos; \\\\ ${1+1}&apos;}\"");
        assertThat(skeleton.diagram().faults()).isEmpty();
    }

    @Test
    void shouldWriteHostileTextAsInertFormText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> file : Tables.hostile().files().entrySet()) {
            if (!file.getKey().endsWith(".form")) {
                continue;
            }
            for (JsonNode component : json.readTree(file.getValue()).path("components")) {
                for (String field : new String[] {"label", "text"}) {
                    String text = component.path(field).asText("");
                    assertThat(text).as(file.getKey() + " " + component.path("id").asText()).doesNotContain("{{", "<img", "](", "${", "#{");
                    assertThat(text).doesNotStartWith("=");
                }
                assertThat(component.path("id").asText()).matches("Field_[A-Za-z0-9_]+");
            }
        }
        assertThat(Tables.hostile().files().get("forms/generated/thu-tuc-tan-cong.trinh-ky.form"))
                .contains("### ＝｛｛applicantName｝｝ ＜img src=x onerror=alert(1)＞ ［x］(javascript:alert(1))");
    }

    @Test
    void shouldRefuseAPartnerRoleThatIsNotACode() {
        assertThat(StepRole.PARTNER_ROLE.matcher("THUE").matches()).isTrue();
        assertThat(StepRole.PARTNER_ROLE.matcher("THUE'} ${x").matches()).isFalse();
        assertThat(SkeletonPlan.PROCEDURE_CODE.matcher("1.001612\"").matches()).isFalse();
    }
}
