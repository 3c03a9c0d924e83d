package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Vietnamese locale files of the Camunda webapps (src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/vi.json)
 * must have exactly the keys of the English files that the webjar ships, and every translated string must keep the
 * {{ placeholders }} and HTML tags of the English one. When Camunda is upgraded and adds or drops a key, this test names it.
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern TAG = Pattern.compile(
            "</?(a|b|br|code|div|em|i|li|p|span|strong|u|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    // "<Operation>", "<version>" are words in angle brackets, not tags: they may be translated

    /** English that Vietnamese does without: Cockpit appends the label "s" to make "instance" plural. */
    private static final Set<String> MAY_BE_EMPTY = Set.of("s");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseHasEveryEnglishKeyAndNoOther(String app) throws IOException {
        Map<String, JsonNode> en = flatten(read(APP + app + "/locales/en.json"));
        Map<String, JsonNode> vi = flatten(read(APP + app + "/locales/vi.json"));

        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(vi.keySet());
        Set<String> extra = new TreeSet<>(vi.keySet());
        extra.removeAll(en.keySet());

        assertThat(missing).as("keys of %s/en.json missing from vi.json", app).isEmpty();
        assertThat(extra).as("keys of %s/vi.json that en.json does not have", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseKeepsPlaceholdersAndTags(String app) throws IOException {
        Map<String, JsonNode> en = flatten(read(APP + app + "/locales/en.json"));
        Map<String, JsonNode> vi = flatten(read(APP + app + "/locales/vi.json"));

        List<String> problems = new ArrayList<>();
        en.forEach((key, english) -> {
            JsonNode vietnamese = vi.get(key);
            if (vietnamese == null) {
                return; // reported by the key test
            }
            if (english.isTextual() != vietnamese.isTextual() || english.isNumber() != vietnamese.isNumber()) {
                problems.add(key + ": type " + english.getNodeType() + " became " + vietnamese.getNodeType());
                return;
            }
            if (!english.isTextual()) {
                return;
            }
            String e = english.asText();
            String v = vietnamese.asText();
            if (!e.isBlank() && v.isBlank() && !MAY_BE_EMPTY.contains(e)) {
                problems.add(key + ": empty translation");
            }
            if (!all(PLACEHOLDER, e).equals(all(PLACEHOLDER, v))) {
                problems.add(key + ": placeholders " + all(PLACEHOLDER, e) + " became " + all(PLACEHOLDER, v));
            }
            if (!all(TAG, e).equals(all(TAG, v))) {
                problems.add(key + ": HTML tags " + all(TAG, e) + " became " + all(TAG, v));
            }
        });
        assertThat(problems).as("translations of %s that lost or changed a placeholder or tag", app).isEmpty();
    }

    /** Placeholders compared without their inner spaces ("{{ count }}" and "{{count}}" are the same), as a sorted list. */
    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1).replaceAll("\\s+", "").toLowerCase());
        }
        found.sort(null);
        return found;
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath", resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // Camunda's en.json files start with a byte order mark
            }
            return json.readTree(text);
        }
    }

    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flatten("", root, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node);
        }
    }
}
