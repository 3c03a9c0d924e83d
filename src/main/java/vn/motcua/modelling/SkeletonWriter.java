package vn.motcua.modelling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes skeletons into a repository without ever overwriting an analyst's edit. Each generated file records the
 * SHA-256 of what was generated (BPMN: the process property {@value BpmnSkeleton#HASH_PROPERTY}; form: the field
 * {@value #FORM_HASH_FIELD}). A file on disk is the generator's own when its recorded hash matches its content;
 * otherwise (edited, saved by the Modeler, hash removed) it is the analyst's. When any file of a skeleton is the
 * analyst's, nothing of that skeleton is written and the report names what differs from the new generation:
 * elements and attributes of the BPMN, components and fields of a form.
 */
public final class SkeletonWriter {

    static final String FORM_HASH_FIELD = "motcuaGeneratedSha256";
    static final String DEADLINES = "decisions/thoi-han-buoc.dmn";
    private static final Pattern RECORDED = Pattern.compile(
            "(?:" + Pattern.quote(BpmnSkeleton.HASH_PROPERTY) + "\" value=\"|\"" + FORM_HASH_FIELD + "\"\\s*:\\s*\")([0-9a-f]{64})");

    /** What happened to one skeleton. */
    public record Report(String processKey, List<String> written, List<String> unchanged, Map<String, List<String>> edited,
                         List<String> deadlineRowsAdded, List<String> deadlineDifferences) {
        public boolean refused() {
            return !edited.isEmpty();
        }
    }

    private SkeletonWriter() {
    }

    /** Writes the skeleton's files under the repository root, unless an analyst edited one of them. */
    public static Report write(Path root, Skeleton skeleton) {
        Map<String, List<String>> edited = new LinkedHashMap<>();
        List<String> unchanged = new ArrayList<>();
        List<String> toWrite = new ArrayList<>();
        skeleton.files().keySet().stream().sorted().forEach(path -> {
            Path file = root.resolve(path);
            String generated = skeleton.files().get(path);
            if (!Files.exists(file)) {
                toWrite.add(path);
                return;
            }
            String disk = read(file);
            if (disk.equals(generated)) {
                unchanged.add(path);
            } else if (isOwnGeneration(disk)) {
                toWrite.add(path);
            } else {
                edited.put(path, differences(path, disk, generated));
            }
        });
        if (!edited.isEmpty()) {
            return new Report(skeleton.plan().processKey(), List.of(), unchanged, edited, List.of(), List.of());
        }
        toWrite.forEach(path -> atomicWrite(root.resolve(path), skeleton.files().get(path)));
        List<String> added = List.of();
        List<String> differences = List.of();
        Path deadlines = root.resolve(DEADLINES);
        if (Files.exists(deadlines)) {
            StepDeadlineRows.Merge merge = StepDeadlineRows.merge(read(deadlines), skeleton.plan());
            if (!merge.added().isEmpty()) {
                atomicWrite(deadlines, merge.dmn());
            }
            added = merge.added();
            differences = merge.differences();
        }
        return new Report(skeleton.plan().processKey(), toWrite, unchanged, Map.of(), added, differences);
    }

    /** The file records a hash and its content, with the hash put back to the placeholder, has that hash. */
    static boolean isOwnGeneration(String text) {
        Matcher m = RECORDED.matcher(text);
        if (!m.find()) {
            return false;
        }
        String recorded = m.group(1);
        return Skeleton.sha256(text.replace(recorded, BpmnSkeleton.HASH_PLACEHOLDER)).equals(recorded);
    }

    /** What the file on disk has that the new generation has not, and the reverse, by element id and attribute. */
    static List<String> differences(String path, String disk, String generated) {
        Map<String, String> mine;
        Map<String, String> theirs;
        try {
            if (path.endsWith(".form")) {
                mine = flattenForm(generated);
                theirs = flattenForm(disk);
            } else {
                mine = flattenXml(generated);
                theirs = flattenXml(disk);
            }
        } catch (Exception e) {
            return List.of("không đọc được tệp trên đĩa: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(mine.keySet());
        keys.addAll(theirs.keySet());
        for (String key : keys) {
            if (key.endsWith(".hash")) {
                continue;
            }
            String a = mine.get(key);
            String b = theirs.get(key);
            if (a == null) {
                out.add("chỉ có trong tệp đã sửa: " + key + " = " + b);
            } else if (b == null) {
                out.add("tệp đã sửa không còn: " + key + " (sinh ra: " + a + ")");
            } else if (!a.equals(b)) {
                out.add("đã sửa " + key + ": " + a + " → " + b);
            }
        }
        if (out.isEmpty()) {
            out.add("chỉ khác định dạng hoặc mã băm (tệp đã được lưu lại, ví dụ bằng Camunda Modeler)");
        }
        return out;
    }

    /** element id (or parent id + tag) + attribute → value; element text under "#text". */
    private static Map<String, String> flattenXml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        Map<String, String> out = new LinkedHashMap<>();
        flatten(root, root.getLocalName(), out);
        return out;
    }

    private static void flatten(Element element, String path, Map<String, String> out) {
        String id = element.getAttribute("id");
        String here = !id.isEmpty() ? id : path;
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (a.getNodeName().startsWith("xmlns") || a.getNodeName().equals("id")) {
                continue;
            }
            String value = a.getNodeValue();
            out.put(here + "." + a.getNodeName() + (BpmnSkeleton.HASH_PROPERTY.equals(element.getAttribute("name")) ? ".hash" : ""), value);
        }
        out.putIfAbsent(here, element.getLocalName());
        NodeList children = element.getChildNodes();
        Map<String, Integer> seen = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                String tag = e.getLocalName();
                int n = seen.merge(tag, 1, Integer::sum);
                flatten(e, here + "/" + tag + (n > 1 ? "[" + n + "]" : ""), out);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            out.put(here + ".#text", text.toString().trim());
        }
    }

    private static Map<String, String> flattenForm(String text) throws IOException {
        JsonNode root = new ObjectMapper().readTree(text);
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode component : root.path("components")) {
            String id = component.path("id").asText("?");
            for (Iterator<Map.Entry<String, JsonNode>> it = component.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("id")) {
                    out.put(id + "." + field.getKey(), field.getValue().toString());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("components")) {
                out.put(field.getKey() + (field.getKey().equals(FORM_HASH_FIELD) ? ".hash" : ""), field.getValue().toString());
            }
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written to a temporary file beside the target and moved over it: never half a file. */
    static void atomicWrite(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".gen-", ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
