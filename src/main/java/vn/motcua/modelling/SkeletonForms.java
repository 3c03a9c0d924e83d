package vn.motcua.modelling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.modelling.SkeletonPlan.Kind;
import vn.motcua.modelling.SkeletonPlan.Step;

/**
 * The Camunda Forms of a skeleton, in the shape of {@code forms/*.form}: the start form (the applicant, summary and
 * channel the register needs, so the procedure's data schema is the common one), the intake check (the case's
 * components listed, the components handed in from {@code componentOptions}, the three outcomes) and one form per
 * user task of the processing, with the decision its gateway reads. Analyst text in a label or a text block is made
 * inert ({@link #inert}): form-js evaluates labels starting with {@code =} and {@code {{…}}} templates.
 */
final class SkeletonForms {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SkeletonForms() {
    }

    /** File name (without folder) → form JSON, with the placeholder hash. */
    static Map<String, String> write(SkeletonPlan plan) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(plan.processKey() + ".start.form", start(plan));
        forms.put(plan.processKey() + "." + plan.intake().formSuffix() + ".form", intake(plan));
        for (Step s : plan.processing()) {
            if (s.formSuffix() != null) {
                forms.put(plan.processKey() + "." + s.formSuffix() + ".form", task(plan, s));
            }
        }
        return forms;
    }

    private static String start(SkeletonPlan plan) {
        Form form = new Form(plan.processKey() + ".start");
        form.text("## " + inertMarkdown(plan.procedureName()) + "\nThủ tục " + inertMarkdown(plan.procedureCode()) + ", thời hạn "
                + plan.durationAmount() + " " + unit(plan) + ".");
        form.field("applicantName", "Họ và tên người nộp", "textfield").putObject("validate").put("required", true).put("minLength", 2).put("maxLength", 255);
        form.field("applicantIdNumber", "Số định danh cá nhân (CCCD, 12 chữ số)", "textfield").putObject("validate").put("required", true).put("pattern", "^[0-9]{12}$");
        form.field("applicantPhone", "Số điện thoại", "textfield").putObject("validate").put("pattern", "^(0|\\+84)[0-9]{9,10}$");
        form.field("applicantEmail", "Thư điện tử", "textfield").putObject("validate").put("validationType", "email");
        form.field("applicantAddress", "Nơi cư trú", "textfield").putObject("validate").put("required", true).put("maxLength", 500);
        form.field("summary", "Trích yếu hồ sơ", "textfield").putObject("validate").put("required", true).put("maxLength", 1000);
        ObjectNode channel = form.field("channel", "Hình thức nộp", "select");
        ArrayNode values = channel.putArray("values");
        values.addObject().put("label", "Trực tiếp tại bộ phận một cửa").put("value", "COUNTER");
        values.addObject().put("label", "Qua dịch vụ bưu chính").put("value", "POST");
        channel.putObject("validate").put("required", true);
        return form.json();
    }

    private static String intake(SkeletonPlan plan) {
        Form form = new Form(plan.processKey() + "." + plan.intake().formSuffix());
        dossierInfo(form);
        form.text("### " + inertMarkdown(plan.intake().row().name()));
        if (!plan.components().isEmpty()) {
            StringBuilder list = new StringBuilder("Thành phần hồ sơ theo quy định:");
            for (SkeletonPlan.Component c : plan.components()) {
                list.append("\n- ").append(inertMarkdown(c.name())).append(c.mandatory() ? " (bắt buộc)" : "");
            }
            form.text(list.toString());
        }
        form.field("componentsHandedIn", "Thành phần hồ sơ đã nhận (đánh dấu các giấy tờ người nộp đã nộp)", "checklist").put("valuesKey", "componentOptions");
        form.field("competent", "Hồ sơ thuộc thẩm quyền giải quyết của cơ quan", "checkbox");
        form.field("complete", "Thành phần hồ sơ đầy đủ, hợp lệ", "checkbox");
        radio(form, "intakeDecision", "Kết quả kiểm tra", List.of(
                new String[] {"Tiếp nhận hồ sơ, hẹn ngày trả kết quả", "accept"},
                new String[] {"Hướng dẫn bổ sung, hoàn thiện hồ sơ", "supplement"},
                new String[] {"Từ chối tiếp nhận", "refuse"}));
        conditionalText(form, "missingItems", "Nội dung cần bổ sung, hoàn thiện", "=intakeDecision != \"supplement\"");
        conditionalText(form, "refusalReason", "Lý do từ chối tiếp nhận", "=intakeDecision != \"refuse\"");
        return form.json();
    }

    private static String task(SkeletonPlan plan, Step step) {
        Form form = new Form(plan.processKey() + "." + step.formSuffix());
        dossierInfo(form);
        form.field("dossierDueDateText", "Hẹn trả kết quả", "textfield").put("readonly", true);
        form.text("### " + inertMarkdown(step.row().name()));
        if (step.kind() == Kind.APPRAISE) {
            radio(form, "appraisalDecision", "Kết quả thẩm định", List.of(
                    new String[] {"Hồ sơ đủ điều kiện, dự thảo kết quả", "propose"},
                    new String[] {"Hồ sơ cần bổ sung, hoàn thiện (tạm dừng thời hạn; mỗi cơ quan chỉ yêu cầu một lần)", "requestSupplement"}));
            conditionalText(form, "missingItems", "Nội dung cần bổ sung, hoàn thiện (ghi vào phiếu 02)", "=appraisalDecision != \"requestSupplement\"");
        } else if (step.kind() == Kind.REVIEW) {
            radio(form, "reviewDecision", "Quyết định", List.of(
                    new String[] {"Đồng ý, trình lãnh đạo ký", "approve"},
                    new String[] {"Trả lại chuyên viên thẩm định", "sendBack"}));
        }
        form.field("opinion", "Ý kiến", "textarea").putObject("validate").put("maxLength", 2000);
        return form.json();
    }

    private static void dossierInfo(Form form) {
        form.text("### Thông tin hồ sơ");
        form.field("dossierCode", "Mã hồ sơ", "textfield").put("readonly", true);
        form.field("procedureName", "Thủ tục", "textfield").put("readonly", true);
        form.field("applicantName", "Người nộp", "textfield").put("readonly", true);
        form.field("applicantIdNumber", "Số định danh cá nhân", "textfield").put("readonly", true);
    }

    private static void radio(Form form, String key, String label, List<String[]> options) {
        ObjectNode radio = form.field(key, label, "radio");
        ArrayNode values = radio.putArray("values");
        options.forEach(o -> values.addObject().put("label", o[0]).put("value", o[1]));
        radio.putObject("validate").put("required", true);
    }

    private static void conditionalText(Form form, String key, String label, String hide) {
        ObjectNode field = form.field(key, label, "textarea");
        field.putObject("validate").put("required", true).put("maxLength", 2000);
        field.putObject("conditional").put("hide", hide);
    }

    private static String unit(SkeletonPlan plan) {
        return switch (plan.durationUnit()) {
            case WORKING_DAYS -> "ngày làm việc";
            case WORKING_HOURS -> "giờ làm việc";
            case CALENDAR_DAYS -> "ngày";
        };
    }

    /**
     * Analyst text as inert Markdown: no template ({@code {{…}}}), no FEEL ({@code =…}), no HTML, no link or image,
     * no emphasis: braces, angle and square brackets become their full-width forms, Markdown marks are escaped.
     */
    static String inertMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '{' -> out.append('｛');
                case '}' -> out.append('｝');
                case '<' -> out.append('＜');
                case '>' -> out.append('＞');
                case '[' -> out.append('［');
                case ']' -> out.append('］');
                case '=' -> out.append(i == 0 ? '＝' : '=');
                case '\\', '*', '_', '#', '|', '`', '~', '!' -> out.append('\\').append(c);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A form being written; ids are Motcua's ({@code Field_<key>}, {@code Field_<form>_<n>}), never analyst text. */
    private static final class Form {
        private final ObjectNode root = JSON.createObjectNode();
        private final ArrayNode components;
        private final String suffix;

        Form(String id) {
            components = root.putArray("components");
            root.put("type", "default");
            root.put("id", id);
            root.put("executionPlatform", "Camunda Platform");
            root.put("executionPlatformVersion", "7.24.0");
            root.putObject("exporter").put("name", "Camunda Modeler").put("version", "5.40.0");
            root.put("schemaVersion", 16);
            root.put(SkeletonWriter.FORM_HASH_FIELD, BpmnSkeleton.HASH_PLACEHOLDER);
            suffix = id.substring(id.lastIndexOf('.') + 1).replace('-', '_');
        }

        void text(String text) {
            components.addObject().put("type", "text").put("text", text).put("id", "Field_" + suffix + "_" + components.size());
        }

        ObjectNode field(String key, String label, String type) {
            return components.addObject().put("key", key).put("label", label).put("type", type).put("id", "Field_" + key);
        }

        String json() {
            try {
                return JSON.writeValueAsString(root) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
