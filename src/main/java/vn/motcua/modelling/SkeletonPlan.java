package vn.motcua.modelling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.procedure.StepRole;

/**
 * A step table checked and turned into the skeleton's parts: ids chosen from Motcua's own vocabulary (never from
 * the analyst's text), the step shares as percentages of the legal time, the intake step's working hours. The
 * table must read INTAKE, then HANDLER / HEAD / PARTNER steps with a HANDLER first, then one SIGNER, then RETURN:
 * the shape every procedure of the library has ({@code ProcedureElement}).
 */
public record SkeletonPlan(String processKey, String procedureCode, String procedureName, String caseCode,
                           String source, int durationAmount, WorkingTimeUnit durationUnit, Step intake,
                           List<Step> processing, Step sign, Step returnStep, List<Component> components) {

    /** What a processing step becomes. */
    public enum Kind {
        INTAKE, APPRAISE, HANDLE, REVIEW, PARTNER, SIGN, RETURN
    }

    /**
     * One step of the skeleton.
     *
     * @param elementId  the BPMN element of the step (for SIGN and RETURN the call activity)
     * @param deadlineId the element whose due date the share sets ({@code Task_Sign} inside ky-so-ket-qua for SIGN),
     *                   null when the share is not a row of thoi-han-buoc (intake: working hours in the model;
     *                   return: the legal due date)
     * @param formSuffix {@code <process>.<suffix>.form}, null for call activities
     * @param percent    the share as a percentage of the legal time
     * @param hours      the share in working hours (rounded up, at least one)
     */
    public record Step(InternalProcessStep row, Kind kind, String elementId, String gatewayId, String deadlineId,
                       String formSuffix, BigDecimal percent, int hours) {
    }

    /** A component of the case, for the intake checklist: a safe value and the name as published. */
    public record Component(String value, String name, boolean mandatory) {
    }

    static final Pattern PROCESS_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,29}");
    static final int MAX_NAME = 500;

    /** Checks the table against the case and plans the skeleton, or throws naming every bad row and field. */
    public static SkeletonPlan of(AdministrativeProcedure procedure, ProcedureCase procedureCase, InternalProcess table) {
        List<SkeletonProblem.Problem> problems = new ArrayList<>();
        String code = procedure.getCode();
        if (code == null || !PROCEDURE_CODE.matcher(code).matches()) {
            problems.add(new SkeletonProblem.Problem(0, "procedureCode", "mã thủ tục không hợp lệ (chữ, số, dấu chấm, gạch nối)"));
        }
        if (table.procedureCode() != null && !table.procedureCode().equals(code)) {
            problems.add(new SkeletonProblem.Problem(0, "procedureCode", "quy trình nội bộ thuộc thủ tục khác (" + table.procedureCode() + ")"));
        }
        String key = procedure.getProcessKey() != null && PROCESS_KEY.matcher(procedure.getProcessKey()).matches()
                ? procedure.getProcessKey() : keyFromName(procedure.getName());
        if (key.isEmpty()) {
            problems.add(new SkeletonProblem.Problem(0, "processKey", "không đặt được mã quy trình từ tên thủ tục"));
        }
        List<InternalProcessStep> rows = table.steps();
        if (rows.size() < 4) {
            problems.add(new SkeletonProblem.Problem(0, "steps", "cần ít nhất: tiếp nhận, xử lý, ký, trả kết quả"));
        }
        BigDecimal total = BigDecimal.valueOf(procedureCase.getDurationAmount());
        if (table.totalShare().compareTo(total) != 0) {
            problems.add(new SkeletonProblem.Problem(0, "share", "tổng thời gian các bước " + table.totalShare().stripTrailingZeros().toPlainString()
                    + " khác thời hạn giải quyết " + total + " (" + procedureCase.getDurationUnit() + ")"));
        }
        for (int i = 0; i < rows.size(); i++) {
            InternalProcessStep row = rows.get(i);
            if (row.order() != i + 1) {
                problems.add(new SkeletonProblem.Problem(row.order(), "order", "thứ tự phải là " + (i + 1)));
            }
            if (row.name() == null || row.name().isBlank() || row.name().length() > MAX_NAME) {
                problems.add(new SkeletonProblem.Problem(row.order(), "name", "tên bước trống hoặc dài quá " + MAX_NAME + " ký tự"));
            }
            if (row.role() == null) {
                problems.add(new SkeletonProblem.Problem(row.order(), "role", "chưa có vai trò thực hiện"));
            }
            if (row.share() == null || row.share().signum() <= 0) {
                problems.add(new SkeletonProblem.Problem(row.order(), "share", "thời gian của bước phải lớn hơn 0"));
            }
            if (row.role() == StepRole.PARTNER && (row.unitCode() == null || !StepRole.PARTNER_ROLE.matcher(row.unitCode()).matches())) {
                problems.add(new SkeletonProblem.Problem(row.order(), "unitCode",
                        "bước liên thông cần vai trò cơ quan phối hợp của bảng co-quan-phoi-hop (CHỮ_HOA, ví dụ THUE, CONG_AN, UBND_XA)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SkeletonProblem(problems);
        }
        // the shape: INTAKE, HANDLER (HANDLER|HEAD|PARTNER)*, SIGNER, RETURN
        int last = rows.size() - 1;
        expect(rows.get(0), StepRole.INTAKE, "bước đầu phải là tiếp nhận (INTAKE)", problems);
        expect(rows.get(1), StepRole.HANDLER, "bước giải quyết đầu tiên phải là chuyên viên thụ lý (HANDLER)", problems);
        expect(rows.get(last - 1), StepRole.SIGNER, "bước kế cuối phải là lãnh đạo ký (SIGNER)", problems);
        expect(rows.get(last), StepRole.RETURN, "bước cuối phải là trả kết quả (RETURN)", problems);
        for (int i = 2; i < last - 1; i++) {
            StepRole role = rows.get(i).role();
            if (role != StepRole.HANDLER && role != StepRole.HEAD && role != StepRole.PARTNER) {
                problems.add(new SkeletonProblem.Problem(rows.get(i).order(), "role",
                        "giữa thụ lý và ký chỉ có HANDLER, HEAD hoặc PARTNER (không phải " + role + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SkeletonProblem(problems);
        }

        WorkingTimeUnit unit = procedureCase.getDurationUnit();
        Step intake = step(rows.get(0), Kind.INTAKE, "Task_CheckDossier", "Gateway_IntakeDecision", null, "kiem-tra", total, unit);
        List<Step> processing = new ArrayList<>();
        processing.add(step(rows.get(1), Kind.APPRAISE, "Task_Appraise", "Gateway_AppraisalDecision", "Task_Appraise", "tham-dinh", total, unit));
        boolean firstReview = true;
        for (int i = 2; i < last - 1; i++) {
            InternalProcessStep row = rows.get(i);
            int n = row.order();
            processing.add(switch (row.role()) {
                case HANDLER -> step(row, Kind.HANDLE, "Task_HandleStep" + n, null, "Task_HandleStep" + n, "xu-ly-buoc-" + n, total, unit);
                case HEAD -> {
                    String id = firstReview ? "Task_Review" : "Task_ReviewStep" + n;
                    String gateway = firstReview ? "Gateway_ReviewDecision" : "Gateway_ReviewDecisionStep" + n;
                    String form = firstReview ? "trinh-ky" : "trinh-ky-buoc-" + n;
                    firstReview = false;
                    yield step(row, Kind.REVIEW, id, gateway, id, form, total, unit);
                }
                default -> step(row, Kind.PARTNER, "CallActivity_PartnerStep" + n, null, null, null, total, unit);
            });
        }
        Step sign = step(rows.get(last - 1), Kind.SIGN, "CallActivity_Sign", "Gateway_SignDecision", "Task_Sign", null, total, unit);
        Step returnStep = step(rows.get(last), Kind.RETURN, "CallActivity_ReturnResult", null, null, null, total, unit);
        List<Component> components = new ArrayList<>();
        for (ProcedureComponent c : procedureCase.getComponents()) {
            components.add(new Component("TP" + (components.size() + 1), c.getName(), c.isMandatory()));
        }
        return new SkeletonPlan(key, code, procedure.getName(), procedureCase.getCode(), table.source(),
                procedureCase.getDurationAmount(), unit, intake, List.copyOf(processing), sign, returnStep, List.copyOf(components));
    }

    private static void expect(InternalProcessStep row, StepRole role, String message, List<SkeletonProblem.Problem> problems) {
        if (row.role() != role) {
            problems.add(new SkeletonProblem.Problem(row.order(), "role", message));
        }
    }

    private static Step step(InternalProcessStep row, Kind kind, String id, String gateway, String deadlineId, String form,
                             BigDecimal total, WorkingTimeUnit unit) {
        BigDecimal percent = row.share().multiply(BigDecimal.valueOf(100)).divide(total, new MathContext(10))
                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal hours = unit == WorkingTimeUnit.WORKING_HOURS ? row.share() : row.share().multiply(BigDecimal.valueOf(8));
        int h = Math.max(1, hours.setScale(0, RoundingMode.CEILING).intValueExact());
        return new Step(row, kind, id, gateway, deadlineId, form, percent, h);
    }

    /** All steps in table order. */
    public List<Step> steps() {
        List<Step> all = new ArrayList<>();
        all.add(intake);
        all.addAll(processing);
        all.add(sign);
        all.add(returnStep);
        return all;
    }

    /** The steps whose due date is a row of thoi-han-buoc. */
    public List<Step> deadlineSteps() {
        return steps().stream().filter(s -> s.deadlineId() != null).toList();
    }

    /** {@code dang-ky-khai-sinh} from "Đăng ký khai sinh": ASCII, kebab-case, at most 60 characters. */
    public static String keyFromName(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        return ascii;
    }
}
