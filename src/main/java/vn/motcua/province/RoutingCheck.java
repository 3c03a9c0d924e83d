package vn.motcua.province;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Proves the routing decisions agree with the province file (docs/province.md, "Routing check"):
 * <ul>
 * <li>every (procedure, resolving agency) pair of the file has exactly one rule in each routing table — a
 * decision table whose inputs are exactly {@code procedureCode} and {@code agencyCode} (e.g.
 * {@code phan-cong-xu-ly});</li>
 * <li>every group a rule of a table with an {@code agencyCode} input names (outputs ending in {@code Group},
 * e.g. {@code handlerGroup}, {@code partnerGroup}) exists in the file.</li>
 * </ul>
 * Each failure names the decision, the procedure, the agency and, for groups, the group. Plain Java (DOM).
 */
public final class RoutingCheck {

    /** A decision file: its name (for messages) and bytes. */
    public record DecisionFile(String name, byte[] xml) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private RoutingCheck() {
    }

    public static List<String> check(Province province, List<DecisionFile> files) {
        List<String> failures = new ArrayList<>();
        Set<String> groups = province.allGroups().map(Province.GroupEntry::id).collect(Collectors.toSet());
        for (DecisionFile file : files) {
            Document dmn = parse(file, failures);
            if (dmn == null) {
                continue;
            }
            NodeList tables = dmn.getElementsByTagNameNS("*", "decisionTable");
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                String decision = ((Element) table.getParentNode()).getAttribute("id");
                List<String> inputs = children(table, "input").stream().map(RoutingCheck::inputName).toList();
                List<String> outputs = children(table, "output").stream().map(o -> o.getAttribute("name")).toList();
                int procedureAt = inputs.indexOf("procedureCode");
                int agencyAt = inputs.indexOf("agencyCode");
                if (agencyAt < 0) {
                    continue;
                }
                List<Element> rules = children(table, "rule");
                for (Element rule : rules) {
                    List<String> in = children(rule, "inputEntry").stream().map(RoutingCheck::text).toList();
                    List<String> out = children(rule, "outputEntry").stream().map(RoutingCheck::text).toList();
                    for (int o = 0; o < outputs.size() && o < out.size(); o++) {
                        if (!outputs.get(o).endsWith("Group")) {
                            continue;
                        }
                        Matcher m = QUOTED.matcher(out.get(o));
                        while (m.find()) {
                            if (!groups.contains(m.group(1))) {
                                failures.add(decision + " (" + file.name() + ") quy tắc " + rule.getAttribute("id")
                                        + ": thủ tục " + entry(in, procedureAt) + ", cơ quan " + entry(in, agencyAt)
                                        + ": nhóm '" + m.group(1) + "' (" + outputs.get(o) + ") không có trong tệp mô tả tỉnh");
                            }
                        }
                    }
                }
                if (procedureAt < 0 || inputs.size() != 2) {
                    continue;
                }
                for (Province.AgencyEntry agency : province.agencies()) {
                    for (String procedure : agency.resolves()) {
                        List<String> matching = new ArrayList<>();
                        for (Element rule : rules) {
                            List<String> in = children(rule, "inputEntry").stream().map(RoutingCheck::text).toList();
                            if (matches(entry(in, procedureAt), procedure) && matches(entry(in, agencyAt), agency.code())) {
                                matching.add(rule.getAttribute("id"));
                            }
                        }
                        if (matching.size() != 1) {
                            failures.add(decision + " (" + file.name() + "): thủ tục " + procedure + ", cơ quan "
                                    + agency.code() + " (" + agency.name() + "): " + (matching.isEmpty()
                                    ? "không có quy tắc phân công nào"
                                    : matching.size() + " quy tắc (" + String.join(", ", matching) + "), cần đúng một"));
                        }
                    }
                }
            }
        }
        return failures;
    }

    /** Whether a unary test of literal strings ({@code "a"}, {@code "a","b"}, {@code -}, empty, {@code not(...)}) holds. */
    static boolean matches(String test, String value) {
        String t = test == null ? "" : test.trim();
        if (t.isEmpty() || t.equals("-")) {
            return true;
        }
        if (t.startsWith("not(") && t.endsWith(")")) {
            return !matches(t.substring(4, t.length() - 1), value);
        }
        Matcher m = QUOTED.matcher(t);
        while (m.find()) {
            if (m.group(1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String entry(List<String> entries, int at) {
        return at >= 0 && at < entries.size() ? entries.get(at).trim() : "?";
    }

    private static String inputName(Element input) {
        String variable = input.getAttributeNS("http://camunda.org/schema/1.0/dmn", "inputVariable");
        if (!variable.isEmpty()) {
            return variable;
        }
        List<Element> expression = children(input, "inputExpression");
        return expression.isEmpty() ? "" : text(expression.get(0)).trim();
    }

    private static String text(Element element) {
        List<Element> text = children(element, "text");
        return text.isEmpty() ? "" : text.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(DecisionFile file, List<String> failures) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(file.xml()));
        } catch (Exception e) {
            failures.add(file.name() + ": không đọc được DMN: " + e.getMessage());
            return null;
        }
    }
}
