package vn.motcua.modelling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.ProcedureCase;

/**
 * The generated skeleton of one procedure version: its plan, its files by path relative to the repository
 * ({@code processes/generated/<key>.bpmn}, {@code forms/generated/<key>.<step>.form}), each carrying the SHA-256 of
 * what was generated, and the diagram's geometry. The step-deadline rows are merged separately into
 * {@code decisions/thoi-han-buoc.dmn} ({@link StepDeadlineRows}).
 */
public record Skeleton(SkeletonPlan plan, Map<String, String> files, Diagram diagram) {

    public static final String PROCESS_FOLDER = "processes/generated/";
    public static final String FORM_FOLDER = "forms/generated/";

    /** Checks the step table and generates the skeleton; throws {@link SkeletonProblem} naming bad rows and fields. */
    public static Skeleton generate(AdministrativeProcedure procedure, ProcedureCase procedureCase, InternalProcess table) {
        return of(SkeletonPlan.of(procedure, procedureCase, table));
    }

    public static Skeleton of(SkeletonPlan plan) {
        BpmnSkeleton bpmn = BpmnSkeleton.write(plan);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PROCESS_FOLDER + plan.processKey() + ".bpmn", stamp(bpmn.text()));
        SkeletonForms.write(plan).forEach((name, json) -> files.put(FORM_FOLDER + name, stamp(json)));
        return new Skeleton(plan, Map.copyOf(files), bpmn.diagram());
    }

    public String bpmnPath() {
        return PROCESS_FOLDER + plan.processKey() + ".bpmn";
    }

    public String bpmn() {
        return files.get(bpmnPath());
    }

    /** The text with the placeholder replaced by the SHA-256 of the text with the placeholder. */
    static String stamp(String withPlaceholder) {
        return withPlaceholder.replace(BpmnSkeleton.HASH_PLACEHOLDER, sha256(withPlaceholder));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
