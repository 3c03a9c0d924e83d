package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's deployment policy gives every bad model of lint/bpmnlint-plugin-motcua/test/allow-list exactly the
 * verdicts of its verdicts.json, which the lint's allow-list.test.js asserts too (one source of truth, the same
 * verdicts); every model of processes/, decisions/ and forms/ is allowed; DMN is FEEL only; only BPMN, DMN and
 * Camunda Forms are deployable.
 */
class DeploymentPolicyParityTest {

    static final Path FIXTURES = Path.of("lint/bpmnlint-plugin-motcua/test/allow-list");
    final DeploymentPolicy policy = DeploymentPolicy.load();

    @Test
    void shouldGiveTheBadModelsTheSameVerdictsAsTheLint() throws IOException {
        JsonNode verdicts = new ObjectMapper().readTree(FIXTURES.resolve("verdicts.json").toFile());
        List<String> files = new ArrayList<>();
        verdicts.fieldNames().forEachRemaining(files::add);
        files.removeIf(f -> f.startsWith("$"));
        assertThat(files).hasSizeGreaterThan(5);
        for (String file : files) {
            TreeSet<String> expected = new TreeSet<>();
            verdicts.get(file).forEach(v -> expected.add(v.asText()));
            assertThat(verdict(file, Files.readAllBytes(FIXTURES.resolve(file)))).as(file).isEqualTo(expected);
        }
    }

    @Test
    void shouldAllowEveryModelMotcuaShips() throws IOException {
        for (String folder : List.of("processes", "decisions", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(policy.check(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void shouldAllowOnlyFeelInDecisionsAndOnlyModelsAsResources() throws IOException {
        String dmn = Files.readString(Path.of("decisions/phan-cong-xu-ly.dmn"));
        String juel = dmn.replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\"juel\" ");
        assertThat(juel).isNotEqualTo(dmn);
        assertThat(verdict("phan-cong-xu-ly.dmn", juel.getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .endsWith("dmn-feel-only");
        String groovy = dmn.replaceFirst("<definitions ", "<definitions expressionLanguage=\"groovy\" ");
        assertThat(verdict("phan-cong-xu-ly.dmn", groovy.getBytes(StandardCharsets.UTF_8))).isNotEmpty()
                .allSatisfy(v -> assertThat(v).endsWith("dmn-feel-only"));
        for (String name : List.of("evil.html", "evil.js", "Evil.groovy", "evil.bpmn.html", "evil.jar")) {
            assertThat(verdict(name, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).as(name)
                    .containsExactly(name + " resource-type");
        }
        assertThat(verdict("x.bpmn", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)))
                .as("no DTD, no external entity").singleElement().asString().endsWith("resource-type");
    }

    private TreeSet<String> verdict(String name, byte[] content) {
        TreeSet<String> found = new TreeSet<>();
        policy.check(name, content).forEach(v -> found.add(v.element() + " " + v.rule()));
        return found;
    }
}
