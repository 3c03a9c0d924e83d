package vn.motcua.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What analysts may deploy, read from {@code modelling/allow-list.json} (the one source of truth, which the lint
 * in lint/ reads too): BPMN, DMN and Camunda Forms only; no script in any language, no Java class, no connector;
 * delegates only the named beans; forms only Camunda Forms; every expression parsed by the engine's own JUEL
 * parser and walked: variables and their properties, literals, operators, and method calls only on the named
 * beans' named methods; FEEL only in DMN. It reads the raw resources, before the engine parses or evaluates
 * anything, so a refused model never runs (not even a timer start event's expression).
 * Each violation names the resource, the element id and the rule; messages are in Vietnamese.
 */
final class DeploymentPolicy {

    static final String ALLOW_LIST = "modelling/allow-list.json";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    record Violation(String resource, String element, String rule, String message, String detail) {
        @Override
        public String toString() {
            return "[" + rule + "] " + resource + " › " + element + ": " + message + (detail == null ? "" : " (" + detail + ")");
        }
    }

    private final List<String> suffixes = new ArrayList<>();
    private final Map<String, Set<String>> beans = new HashMap<>();
    private final Set<String> delegates = new HashSet<>();
    private final Set<String> forbiddenProperties = new HashSet<>();
    private final List<String> formKeyPrefixes = new ArrayList<>();
    private final Set<String> feelLanguages = new HashSet<>();
    private final Map<String, String> messages = new HashMap<>();

    static DeploymentPolicy load() {
        try (InputStream in = DeploymentPolicy.class.getClassLoader().getResourceAsStream(ALLOW_LIST)) {
            if (in == null) {
                throw new IllegalStateException(ALLOW_LIST + " is missing from the classpath");
            }
            return new DeploymentPolicy(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DeploymentPolicy(JsonNode json) {
        json.get("resourceSuffixes").forEach(n -> suffixes.add(n.asText()));
        json.get("beans").fields().forEachRemaining(e -> {
            Set<String> methods = new HashSet<>();
            e.getValue().forEach(m -> methods.add(m.asText()));
            beans.put(e.getKey(), methods);
        });
        json.get("delegates").forEach(n -> delegates.add(n.asText()));
        json.get("forbiddenProperties").forEach(n -> forbiddenProperties.add(n.asText()));
        json.get("formKeyPrefixes").forEach(n -> formKeyPrefixes.add(n.asText()));
        json.get("feelLanguages").forEach(n -> feelLanguages.add(n.asText().toLowerCase(Locale.ROOT)));
        json.get("messages").fields().forEachRemaining(e -> messages.put(e.getKey(), e.getValue().asText()));
    }

    /** The Spring beans that expressions may see: the beans with methods and the delegates. */
    Set<String> visibleBeans() {
        Set<String> all = new HashSet<>(beans.keySet());
        all.addAll(delegates);
        return all;
    }

    List<Violation> check(String resource, byte[] content) {
        List<Violation> found = new ArrayList<>();
        String lower = resource.toLowerCase(Locale.ROOT);
        if (suffixes.stream().noneMatch(lower::endsWith)) {
            found.add(violation(resource, resource, "resource-type", null));
            return found;
        }
        if (lower.endsWith(".form")) {
            try {
                new ObjectMapper().readTree(content);
            } catch (IOException e) {
                found.add(violation(resource, resource, "resource-type", "không phải JSON của Camunda Form"));
            }
            return found;
        }
        Document document;
        try {
            document = parse(content);
        } catch (Exception e) {
            found.add(violation(resource, resource, "resource-type", "XML không hợp lệ: " + e.getMessage()));
            return found;
        }
        boolean dmn = lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml");
        walk(resource, document.getDocumentElement(), "", dmn, found);
        return found;
    }

    private void walk(String resource, Element element, String owner, boolean dmn, List<Violation> found) {
        String id = element.getAttribute("id");
        String where = !id.isEmpty() ? id : !owner.isEmpty() ? owner : element.getLocalName();
        String local = element.getLocalName();
        boolean camunda = CAMUNDA_NS.equals(element.getNamespaceURI());
        if (dmn) {
            String language = element.getAttribute("expressionLanguage");
            if (!language.isEmpty() && !feelLanguages.contains(language.strip().toLowerCase(Locale.ROOT))) {
                found.add(violation(resource, where, "dmn-feel-only", "expressionLanguage=" + language));
            }
            if (("text".equals(local)) && element.getTextContent().matches("(?s).*\\bexternal\\b.*\\bjava\\b.*")) {
                found.add(violation(resource, where, "dmn-feel-only", "hàm Java ngoài (external java)"));
            }
        } else {
            if ("scriptTask".equals(local) || (camunda && "script".equals(local))) {
                found.add(violation(resource, where, "no-script", local));
            }
            if (camunda && "connector".equals(local)) {
                found.add(violation(resource, where, "no-java-class", "camunda:connector"));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                checkAttribute(resource, where, element, (Attr) attributes.item(i), found);
            }
            if (!hasChildElements(element)) {
                String text = element.getTextContent();
                if (text != null && isExpression(text)) {
                    checkExpression(resource, where, text.strip(), found);
                }
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                walk(resource, child, where, dmn, found);
            }
        }
    }

    private void checkAttribute(String resource, String where, Element element, Attr attribute, List<Violation> found) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        boolean listener = CAMUNDA_NS.equals(element.getNamespaceURI());
        boolean camundaAttribute = CAMUNDA_NS.equals(attribute.getNamespaceURI()) || (listener && attribute.getNamespaceURI() == null);
        if (!camundaAttribute) {
            if ("language".equals(name) || "scriptFormat".equals(name)) {
                found.add(violation(resource, where, "no-script", name + "=" + value));
            } else if (isExpression(value)) {
                checkExpression(resource, where, value, found);
            }
            return;
        }
        switch (name) {
            case "class", "variableMappingClass" -> found.add(violation(resource, where, "no-java-class", name + "=" + value));
            case "scriptFormat", "resource" -> found.add(violation(resource, where, "no-script", name + "=" + value));
            case "delegateExpression", "variableMappingDelegateExpression" -> {
                String bean = value.strip().replaceAll("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$", "$1");
                if (bean.equals(value.strip()) || !delegates.contains(bean)) {
                    found.add(violation(resource, where, "delegate-bean", value));
                }
            }
            case "formKey" -> {
                if (formKeyPrefixes.stream().noneMatch(value.strip()::startsWith)) {
                    found.add(violation(resource, where, "form-key", value));
                }
            }
            default -> {
                if (isExpression(value)) {
                    checkExpression(resource, where, value, found);
                }
            }
        }
    }

    private static boolean hasChildElements(Element element) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element) {
                return true;
            }
        }
        return false;
    }

    static boolean isExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    /** Parses with the engine's JUEL parser and walks the tree. */
    void checkExpression(String resource, String where, String expression, List<Violation> found) {
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression).getRoot();
        } catch (TreeBuilderException e) {
            found.add(violation(resource, where, "expression-syntax", expression));
            return;
        }
        walkExpression(resource, where, expression, root, found);
    }

    private void walkExpression(String resource, String where, String expression, Node node, List<Violation> found) {
        if (node instanceof AstMethod) {
            Node property = node.getChild(0);
            if (property instanceof AstDot dot && dot.getChild(0) instanceof AstIdentifier bean
                    && beans.getOrDefault(bean.getName(), Set.of()).contains(property(dot))) {
                walkExpression(resource, where, expression, node.getChild(1), found);
            } else {
                found.add(violation(resource, where, "expression-method", expression));
            }
            return;
        }
        if (node instanceof AstBracket) {
            found.add(violation(resource, where, "expression-bracket", expression));
            return;
        }
        if (node instanceof AstFunction) {
            found.add(violation(resource, where, "expression-function", expression));
            return;
        }
        if (node instanceof AstDot dot) {
            Node prefix = dot.getChild(0);
            boolean onBean = prefix instanceof AstIdentifier id && beans.containsKey(id.getName());
            boolean onValue = prefix instanceof AstIdentifier || prefix instanceof AstDot;
            if (forbiddenProperties.contains(property(dot)) || onBean || !onValue) {
                found.add(violation(resource, where, "expression-property", expression));
                return;
            }
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            walkExpression(resource, where, expression, node.getChild(i), found);
        }
    }

    private static final Field DOT_PROPERTY;

    static {
        try {
            DOT_PROPERTY = AstDot.class.getDeclaredField("property");
            DOT_PROPERTY.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("JUEL changed AstDot: review DeploymentPolicy", e);
        }
    }

    private static String property(AstDot dot) {
        try {
            return (String) DOT_PROPERTY.get(dot);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Violation violation(String resource, String element, String rule, String detail) {
        return new Violation(resource, element, rule, messages.getOrDefault(rule, rule), detail);
    }

    /** A namespace-aware parser with no DTDs and no external entities. */
    private static Document parse(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(content));
    }
}
