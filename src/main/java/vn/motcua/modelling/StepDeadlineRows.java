package vn.motcua.modelling;

import static vn.motcua.modelling.Xml.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.modelling.SkeletonPlan.Step;

/**
 * The step deadlines of a skeleton as rows of the one decision {@code thoi-han-buoc} (decisions/thoi-han-buoc.dmn),
 * which {@code stepDeadlines.due(execution)} evaluates by procedure code and element id: one row per step whose
 * due date it sets, the share in percent of the legal time, inserted ahead of the default rows (hit policy FIRST).
 * Chosen over a decision per procedure because the bean and every hand-made model already read this one table, and
 * one table is what an analyst reviews. A procedure that already has rows keeps them: the merge adds nothing and
 * reports how they differ from the step table.
 */
public final class StepDeadlineRows {

    /** The first default row: generated rows go before it. */
    static final String DEFAULT_ROWS = "<rule id=\"Rule_MacDinh_";
    private static final Pattern RULE = Pattern.compile("<rule id=\"([^\"]+)\">(.*?)</rule>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<text>(.*?)</text>", Pattern.DOTALL);

    /** The merged table, the rows added and, when the procedure had rows, how they differ. */
    public record Merge(String dmn, List<String> added, List<String> differences) {
    }

    private StepDeadlineRows() {
    }

    /** The rows of the plan: element id → share in percent. */
    public static Map<String, String> shares(SkeletonPlan plan) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Step s : plan.deadlineSteps()) {
            rows.put(s.deadlineId(), s.percent().toPlainString());
        }
        return rows;
    }

    /** Merges the plan's rows into the text of thoi-han-buoc.dmn. */
    public static Merge merge(String dmn, SkeletonPlan plan) {
        return mergeAll(dmn, List.of(plan)).get(plan.procedureCode());
    }

    /**
     * Merges the rows of many plans in one pass (a catalogue): procedure code → its merge; every merge carries the
     * same final table.
     */
    public static Map<String, Merge> mergeAll(String dmn, List<SkeletonPlan> plans) {
        Map<String, Map<String, String>> existing = existing(dmn);
        Map<String, List<String>> added = new LinkedHashMap<>();
        Map<String, List<String>> differences = new LinkedHashMap<>();
        int at = dmn.indexOf(DEFAULT_ROWS);
        if (at < 0) {
            at = dmn.indexOf("</decisionTable>");
        }
        if (at < 0) {
            throw new IllegalArgumentException("thoi-han-buoc.dmn: không tìm thấy bảng quyết định");
        }
        int lineStart = dmn.lastIndexOf('\n', at) + 1;
        String indent = dmn.substring(lineStart, at).isBlank() ? dmn.substring(lineStart, at) : "      ";
        StringBuilder rows = new StringBuilder();
        for (SkeletonPlan plan : plans) {
            Map<String, String> wanted = shares(plan);
            Map<String, String> have = existing.getOrDefault(plan.procedureCode(), Map.of());
            if (!have.isEmpty()) {
                List<String> diff = new ArrayList<>();
                wanted.forEach((step, share) -> {
                    String old = have.get(step);
                    if (old == null) {
                        diff.add(step + ": không có dòng (bảng quy trình: " + share + "%)");
                    } else if (Double.parseDouble(old) != Double.parseDouble(share)) {
                        diff.add(step + ": " + old + "% (bảng quy trình: " + share + "%)");
                    }
                });
                have.keySet().stream().filter(step -> !wanted.containsKey(step))
                        .forEach(step -> diff.add(step + ": dòng có trong bảng quyết định, không có trong quy trình nội bộ"));
                added.put(plan.procedureCode(), List.of());
                differences.put(plan.procedureCode(), diff);
                continue;
            }
            List<String> mine = new ArrayList<>();
            String base = "Sinh_" + plan.procedureCode().replaceAll("[^0-9A-Za-z]", "_") + "_";
            for (Step s : plan.deadlineSteps()) {
                String id = base + s.deadlineId();
                rows.append(indent).append("<rule id=\"Rule_").append(id).append("\">\n")
                        .append(indent).append("  <description>").append(Xml.text(plan.procedureCode() + " (sinh từ quy trình nội bộ): " + s.row().name()))
                        .append("</description>\n")
                        .append(indent).append("  <inputEntry id=\"UnaryTests_").append(id).append("_Procedure\"><text>\"").append(plan.procedureCode())
                        .append("\"</text></inputEntry>\n")
                        .append(indent).append("  <inputEntry id=\"UnaryTests_").append(id).append("_Step\"><text>\"").append(s.deadlineId())
                        .append("\"</text></inputEntry>\n")
                        .append(indent).append("  <outputEntry id=\"LiteralExpression_").append(id).append("_Share\"><text>")
                        .append(s.percent().toPlainString()).append("</text></outputEntry>\n")
                        .append(indent).append("</rule>\n");
                mine.add(s.deadlineId() + " " + s.percent().toPlainString() + "%");
            }
            existing.put(plan.procedureCode(), shares(plan));
            added.put(plan.procedureCode(), mine);
            differences.put(plan.procedureCode(), List.of());
        }
        String merged = dmn.substring(0, lineStart) + rows + dmn.substring(lineStart);
        Map<String, Merge> result = new LinkedHashMap<>();
        added.forEach((code, rowsAdded) -> result.put(code, new Merge(merged, rowsAdded, differences.get(code))));
        return result;
    }

    /** The rows of every procedure code named in the table: code → element id → share. */
    static Map<String, Map<String, String>> existing(String dmn) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(dmn);
        while (rule.find()) {
            List<String> texts = new ArrayList<>();
            Matcher text = TEXT.matcher(rule.group(2));
            while (text.find()) {
                texts.add(text.group(1).trim());
            }
            if (texts.size() == 3 && !texts.get(0).isEmpty()) {
                for (String code : texts.get(0).split("\\s*,\\s*")) {
                    rows.computeIfAbsent(code.replace("\"", ""), c -> new LinkedHashMap<>()).putIfAbsent(texts.get(1).replace("\"", ""), texts.get(2));
                }
            }
        }
        return rows;
    }
}
