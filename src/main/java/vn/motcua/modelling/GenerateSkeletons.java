package vn.motcua.modelling;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.procedure.StepRole;

/**
 * The analysts' command (docs/analyst-guide.md, "Skeletons from internal processes"):
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=vn.motcua.modelling.GenerateSkeletons -Dexec.args="quy-trinh.json"</pre>
 * reads step tables (JSON, format in the guide), writes {@code processes/generated/}, {@code forms/generated/} and the
 * rows of {@code decisions/thoi-han-buoc.dmn} under the repository (second argument, default the current folder),
 * and prints per procedure what it wrote and what it refused. Exit status 0 when all was written, 1 when a table is
 * invalid (nothing of it written), 2 when an analyst's edited file kept a skeleton from being written.
 */
public final class GenerateSkeletons {

    private GenerateSkeletons() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Dùng: GenerateSkeletons <quy-trinh.json> [thư mục kho mô hình, mặc định .]");
            System.exit(64);
        }
        Path root = Path.of(args.length == 2 ? args[1] : ".");
        int status = 0;
        for (Entry entry : read(Files.readString(Path.of(args[0])))) {
            try {
                Skeleton skeleton = Skeleton.generate(entry.procedure(), entry.procedure().getCases().get(0), entry.table());
                SkeletonWriter.Report report = SkeletonWriter.write(root, skeleton);
                if (report.refused()) {
                    status = Math.max(status, 2);
                    System.out.println(skeleton.plan().procedureCode() + " " + report.processKey() + ": KHÔNG GHI — mô hình đã được chỉnh sửa:");
                    report.edited().forEach((file, differences) -> {
                        System.out.println("  " + file);
                        differences.forEach(d -> System.out.println("    " + d));
                    });
                } else {
                    System.out.println(skeleton.plan().procedureCode() + " " + report.processKey() + ": đã ghi " + report.written().size()
                            + " tệp, giữ nguyên " + report.unchanged().size() + "; thoi-han-buoc thêm " + report.deadlineRowsAdded());
                    report.deadlineDifferences().forEach(d -> System.out.println("  thoi-han-buoc đã có dòng khác bảng quy trình: " + d));
                }
            } catch (SkeletonProblem problem) {
                status = Math.max(status, 1);
                System.out.println(entry.procedure().getCode() + ": BẢNG QUY TRÌNH KHÔNG HỢP LỆ");
                problem.problems().forEach(p -> System.out.println("  " + p));
            }
        }
        System.exit(status);
    }

    /** One procedure version, its case and its step table, as read from the input file. */
    record Entry(AdministrativeProcedure procedure, InternalProcess table) {
    }

    /** Reads the input format of the guide; a missing or mistyped field fails naming its entry and field. */
    static List<Entry> read(String json) throws IOException {
        List<Entry> entries = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(json);
        if (!root.isArray()) {
            throw new IllegalArgumentException("tệp phải là một mảng JSON các thủ tục");
        }
        int i = 0;
        for (JsonNode node : root) {
            String where = "mục " + (++i);
            String code = text(node, "code", where);
            LocalDate from = LocalDate.parse(text(node, "effectiveFrom", where));
            AdministrativeProcedure procedure = new AdministrativeProcedure(code, text(node, "name", where), node.path("field").asText(""),
                    node.hasNonNull("processKey") ? node.get("processKey").asText() : null, OnlineServiceType.NONE, from, null);
            JsonNode c = node.path("case");
            ProcedureCase procedureCase = procedure.addCase(new ProcedureCase(text(c, "code", where + ".case"), c.path("name").asText(""),
                    c.path("duration").asInt(), WorkingTimeUnit.valueOf(text(c, "unit", where + ".case")), null, false, false, PausePolicy.RESUME, 0));
            int order = 0;
            for (JsonNode component : c.path("components")) {
                procedureCase.addComponent(new ProcedureComponent("TP" + (++order), text(component, "name", where + ".components"),
                        component.path("mandatory").asBoolean(true), 1, order));
            }
            List<InternalProcessStep> steps = new ArrayList<>();
            for (JsonNode step : node.path("steps")) {
                steps.add(new InternalProcessStep(step.path("order").asInt(), text(step, "name", where + ".steps"),
                        StepRole.valueOf(text(step, "role", where + ".steps")), step.hasNonNull("unitCode") ? step.get("unitCode").asText() : null,
                        new BigDecimal(text(step, "share", where + ".steps"))));
            }
            entries.add(new Entry(procedure, new InternalProcess(code, procedureCase.getCode(), from, node.path("source").asText(null), steps)));
        }
        return entries;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": thiếu trường " + field);
        }
        return value.asText();
    }
}
