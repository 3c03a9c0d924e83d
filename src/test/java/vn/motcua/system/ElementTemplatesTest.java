package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The analysts' Modeler element templates (.camunda/element-templates): each parses, has the fields the
 * Modeler needs, names only Spring beans that exist in src/main/java and only processes that exist in
 * processes/; and every bean that a model names in a delegateExpression has a template.
 * (lint/test/element-templates.test.js validates them against Camunda's JSON schema.)
 */
class ElementTemplatesTest {

    static final Path TEMPLATES = Path.of(".camunda/element-templates");
    static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{(\\w+)}$");
    static final Pattern COMPONENT = Pattern.compile("@Component\\(\\s*\"(\\w+)\"\\s*\\)");
    static final Pattern BEAN_METHOD = Pattern.compile("@Bean\\s+(?:[\\w.<>?,\\s]+?\\s+)?(\\w+)\\s*\\(");
    static final Pattern DELEGATE_IN_MODEL = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldNameOnlyExistingBeansAndProcesses() throws IOException {
        Set<String> beans = springBeanNames();
        assertThat(beans).as("bean names found in src/main/java").contains("receiveDossier", "pauseDossierClock", "dossierRegistration");
        List<Path> files = templates();
        assertThat(files).isNotEmpty();
        Set<String> ids = new TreeSet<>();
        for (Path file : files) {
            JsonNode template = JSON.readTree(file.toFile());
            String where = file.getFileName().toString();
            assertThat(template.path("$schema").asText()).as(where + " $schema")
                    .endsWith("@camunda/element-templates-json-schema/resources/schema.json");
            assertThat(template.path("id").asText()).as(where + " id").matches("vn\\.motcua\\.[A-Z][A-Za-z]+");
            assertThat(ids.add(template.path("id").asText())).as(where + " id is unique").isTrue();
            assertThat(template.path("name").asText()).as(where + " name").isNotBlank();
            assertThat(template.path("description").asText()).as(where + " description").isNotBlank();
            assertThat(template.path("version").isInt()).as(where + " version").isTrue();
            assertThat(template.path("appliesTo").isArray() && !template.path("appliesTo").isEmpty()).as(where + " appliesTo").isTrue();
            assertThat(template.path("properties").isArray()).as(where + " properties").isTrue();
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                assertThat(binding.path("type").asText()).as(where + " binding type").isNotBlank();
                String bindingName = binding.path("name").asText();
                if ("camunda:delegateExpression".equals(bindingName) || "camunda:executionListener".equals(binding.path("type").asText())) {
                    assertThat(property.path("type").asText()).as(where + " bean is fixed").isEqualTo("Hidden");
                    Matcher bean = BEAN_EXPRESSION.matcher(property.path("value").asText());
                    assertThat(bean.matches()).as(where + " names a bean as ${name}: " + property.path("value")).isTrue();
                    assertThat(beans).as(where + " names an existing Spring bean").contains(bean.group(1));
                }
                if ("calledElement".equals(bindingName)) {
                    assertThat(property.path("type").asText()).as(where + " called process is fixed").isEqualTo("Hidden");
                    String called = property.path("value").asText();
                    assertThat(Path.of("processes", called + ".bpmn")).as(where + " calls an existing process").exists();
                    assertThat(Files.readString(Path.of("processes", called + ".bpmn"))).contains("id=\"" + called + "\"");
                    assertThat(hasBinding(template, "camunda:in:businessKey")).as(where + " passes the business key").isTrue();
                    assertThat(template.path("properties").findValuesAsText("variables")).as(where + " passes all variables").contains("all");
                }
            }
        }
    }

    @Test
    void shouldHaveATemplateForEveryBeanTheModelsName() throws IOException {
        Set<String> templated = new TreeSet<>();
        for (Path file : templates()) {
            for (JsonNode property : JSON.readTree(file.toFile()).path("properties")) {
                Matcher bean = BEAN_EXPRESSION.matcher(property.path("value").asText());
                if (bean.matches()) {
                    templated.add(bean.group(1));
                }
                if ("calledElement".equals(property.path("binding").path("name").asText())) {
                    templated.add("call:" + property.path("value").asText());
                }
            }
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                Matcher m = DELEGATE_IN_MODEL.matcher(xml);
                while (m.find()) {
                    named.add(m.group(1));
                }
                Matcher calls = Pattern.compile("calledElement=\"([\\w-]+)\"").matcher(xml);
                while (calls.find()) {
                    named.add("call:" + calls.group(1));
                }
            }
        }
        assertThat(templated).containsAll(named);
    }

    static boolean hasBinding(JsonNode template, String type) {
        for (JsonNode property : template.path("properties")) {
            if (type.equals(property.path("binding").path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Bean names declared in the source: {@code @Component("name")} and {@code @Bean} factory methods. */
    static Set<String> springBeanNames() throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            String java = Files.readString(source);
            Matcher component = COMPONENT.matcher(java);
            while (component.find()) {
                names.add(component.group(1));
            }
            Matcher bean = BEAN_METHOD.matcher(java);
            while (bean.find()) {
                names.add(bean.group(1));
            }
        }
        return names;
    }
}
