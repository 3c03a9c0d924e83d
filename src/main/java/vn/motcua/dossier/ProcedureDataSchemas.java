package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The procedure data (e-form) of each process, declared once: derived from the process's start form
 * ({@code forms/<processKey>.start.form}), so the counter (Tasklist start form) and the portal ({@code data} of
 * {@code POST /api/dossiers}) collect the same fields with the same checks. The applicant, summary and channel
 * fields of the form are not part of it: the API takes them as {@code applicant}, {@code summary} and
 * {@code channel}.
 *
 * <p>Only the schema's keys are accepted and only plain values (text, number, yes/no); a value is data, never
 * an expression: it becomes a process variable of the same name and is printed as it is.
 */
@Component
public class ProcedureDataSchemas {

    /** Start-form keys the API carries outside {@code data}. */
    static final Set<String> COMMON_KEYS = Set.of("applicantName", "applicantIdNumber", "applicantPhone",
            "applicantEmail", "applicantAddress", "summary", "channel");

    /** The value kinds of a field, from the form field's type. */
    public enum Kind {
        TEXT, NUMBER, DATE, CHOICE, YES_NO
    }

    /** One field: its key (= process variable), label, kind and the checks of the form's validate block. */
    public record Field(String key, String label, Kind kind, boolean required, Integer minLength, Integer maxLength,
                        BigDecimal min, BigDecimal max, String pattern, boolean email, List<String> values) {
    }

    /** The fields of one process's start form. */
    public record Schema(String processKey, List<Field> fields) {
        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }
    }

    private final ObjectMapper json;
    private final Map<String, Schema> cache = new ConcurrentHashMap<>();

    public ProcedureDataSchemas(ObjectMapper json) {
        this.json = json;
    }

    /** The schema of the process (empty when it has no start form). */
    public Schema of(String processKey) {
        return cache.computeIfAbsent(processKey, this::load);
    }

    private Schema load(String processKey) {
        ClassPathResource form = new ClassPathResource("forms/" + processKey + ".start.form");
        if (!form.exists()) {
            return new Schema(processKey, List.of());
        }
        try (InputStream in = form.getInputStream()) {
            List<Field> fields = new ArrayList<>();
            collect(json.readTree(in), fields);
            return new Schema(processKey, List.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được biểu mẫu " + form.getPath(), e);
        }
    }

    private static void collect(JsonNode container, List<Field> fields) {
        for (JsonNode c : container.path("components")) {
            String key = c.path("key").asText(null);
            Kind kind = kind(c.path("type").asText());
            if (key != null && kind != null && !COMMON_KEYS.contains(key)) {
                JsonNode v = c.path("validate");
                List<String> values = new ArrayList<>();
                c.path("values").forEach(o -> values.add(o.path("value").asText()));
                fields.add(new Field(key, c.path("label").asText(key), kind, v.path("required").asBoolean(false),
                        v.has("minLength") ? v.get("minLength").asInt() : null,
                        v.has("maxLength") ? v.get("maxLength").asInt() : null,
                        v.has("min") ? v.get("min").decimalValue() : null,
                        v.has("max") ? v.get("max").decimalValue() : null,
                        v.has("pattern") ? v.get("pattern").asText() : null,
                        "email".equals(v.path("validationType").asText()), List.copyOf(values)));
            }
            collect(c, fields);
        }
    }

    /** The kind of a form field type; null for layout and display components. */
    static Kind kind(String formType) {
        return switch (formType) {
            case "textfield", "textarea" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "datetime" -> Kind.DATE;
            case "select", "radio" -> Kind.CHOICE;
            case "checkbox" -> Kind.YES_NO;
            default -> null;
        };
    }

    /**
     * Checks the data against the process's schema and answers it with plain values (text, number, yes/no) in
     * the schema's order; every bad or unknown field is added to {@code errors} as {@code data.<key>}.
     */
    public Map<String, Object> check(String processKey, Map<String, Object> data, List<FieldProblem> errors) {
        Schema schema = of(processKey);
        Map<String, Object> given = data == null ? Map.of() : data;
        Map<String, Object> clean = new LinkedHashMap<>();
        given.keySet().stream().sorted().filter(k -> schema.field(k).isEmpty()).forEach(k ->
                errors.add(new FieldProblem("data." + shown(k), "'" + shown(k) + "' không phải trường dữ liệu của thủ tục"
                        + " (các trường: " + String.join(", ", schema.fields().stream().map(Field::key).toList()) + ")")));
        for (Field field : schema.fields()) {
            Object value = given.get(field.key());
            if (value == null || value instanceof String s && s.isBlank()) {
                if (field.required()) {
                    errors.add(new FieldProblem("data." + field.key(), field.label() + " là bắt buộc"));
                }
                continue;
            }
            String problem = problem(field, value);
            if (problem != null) {
                errors.add(new FieldProblem("data." + field.key(), field.label() + ": " + problem));
            } else {
                clean.put(field.key(), value instanceof String s ? s.trim() : value);
            }
        }
        return clean;
    }

    private static String problem(Field field, Object value) {
        switch (field.kind()) {
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    return "phải là một số";
                }
                BigDecimal number = new BigDecimal(n.toString());
                if (field.min() != null && number.compareTo(field.min()) < 0) {
                    return "không được nhỏ hơn " + field.min().toPlainString();
                }
                if (field.max() != null && number.compareTo(field.max()) > 0) {
                    return "không được lớn hơn " + field.max().toPlainString();
                }
                return null;
            }
            case YES_NO -> {
                return value instanceof Boolean ? null : "phải là true hoặc false";
            }
            default -> {
                if (!(value instanceof String text)) {
                    return "phải là một chuỗi ký tự";
                }
                return textProblem(field, text.trim());
            }
        }
    }

    private static String textProblem(Field field, String text) {
        if (field.kind() == Kind.DATE) {
            try {
                LocalDate.parse(text);
                return null;
            } catch (DateTimeParseException e) {
                return "ngày phải theo định dạng YYYY-MM-DD";
            }
        }
        if (field.kind() == Kind.CHOICE) {
            return field.values().contains(text) ? null : "phải là một trong " + String.join(", ", field.values());
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            return "tối thiểu " + field.minLength() + " ký tự";
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return "tối đa " + field.maxLength() + " ký tự";
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            return "không đúng định dạng";
        }
        if (field.email() && !Pattern.compile(Formats.EMAIL).matcher(text).matches()) {
            return "địa chỉ thư điện tử không hợp lệ";
        }
        return null;
    }

    /** A key as shown in a problem: bounded and without control characters. */
    private static String shown(String key) {
        String safe = key.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
