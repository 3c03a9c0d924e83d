package vn.motcua.document;

import static vn.motcua.document.SlipPdf.bold;
import static vn.motcua.document.SlipPdf.italic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A result document whose body is the procedure's fields as numbered items under its title (for example
 * a construction permit or a birth certificate): one instance per procedure, declared in
 * {@link ResultTemplateCatalog} from the data file {@code results/itemized-results.json}.
 */
class ItemizedResultTemplate extends OfficialResultTemplate {

    private final String procedureCode;
    private final String title;
    private final String filePrefix;
    private final String signerTitle;
    private final List<ResultField> fields;
    private final Map<String, Map<String, String>> valueLabels;
    private final String resultType;
    private final String headerNumberField;

    ItemizedResultTemplate(String procedureCode, String title, String filePrefix, String signerTitle,
                           List<ResultField> fields, Map<String, Map<String, String>> valueLabels) {
        this(procedureCode, title, filePrefix, signerTitle, fields, valueLabels, null, null);
    }

    /**
     * @param valueLabels       for fields whose stored value is a code (a form's select or radio), the words to
     *                          print for each value
     * @param resultType        the value of the process variable {@code resultType} that chooses this result among
     *                          the procedure's outcomes; null when its forms set none
     * @param headerNumberField the field whose value the legal form prints after "Số:" in the header instead of the
     *                          register's number (e.g. the judicial record certificate's number); one of
     *                          {@code fields}, not repeated as an item; null: the register's number
     */
    ItemizedResultTemplate(String procedureCode, String title, String filePrefix, String signerTitle,
                           List<ResultField> fields, Map<String, Map<String, String>> valueLabels, String resultType,
                           String headerNumberField) {
        this.procedureCode = Require.text(procedureCode, "procedureCode");
        this.title = Require.text(title, "title");
        this.filePrefix = Require.text(filePrefix, "filePrefix");
        this.signerTitle = Require.text(signerTitle, "signerTitle");
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("fields must not be empty");
        }
        this.fields = List.copyOf(fields);
        this.valueLabels = Map.copyOf(valueLabels);
        this.resultType = Require.optional(resultType);
        if (this.resultType != null && !this.resultType.matches(ResultTemplates.RESULT_TYPE_PATTERN)) {
            throw new IllegalArgumentException("resultType must match " + ResultTemplates.RESULT_TYPE_PATTERN);
        }
        if (ResultTemplates.REFUSAL.equals(this.resultType)) {
            throw new IllegalArgumentException("resultType '" + ResultTemplates.REFUSAL
                    + "' is the shared refusal notice's (refusal-notice.json)");
        }
        this.headerNumberField = Require.optional(headerNumberField);
        if (this.headerNumberField != null && this.fields.stream().noneMatch(f -> f.name().equals(this.headerNumberField)
                && !f.optional())) {
            throw new IllegalArgumentException("headerNumberField '" + this.headerNumberField
                    + "' must be one of the required fields");
        }
    }

    @Override
    public String resultType() {
        return resultType;
    }

    /** The field printed after "Số:" in the header, or null for the register's number. */
    String headerNumberField() {
        return headerNumberField;
    }

    @Override
    public String procedureCode() {
        return procedureCode;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<ResultField> fields() {
        return fields;
    }

    @Override
    String defaultSignerTitle() {
        return signerTitle;
    }

    /** The value as people read it: the label of a code, a whole number without ".0". */
    private String display(ResultField field, ResultData data) {
        if (field.optional() && data.optionalText(field.name()).isEmpty()) {
            return "";
        }
        return display(field.name(), data);
    }

    private String display(String field, ResultData data) {
        String text = data.text(field);
        Map<String, String> labels = valueLabels.get(field);
        if (labels != null && labels.containsKey(text)) {
            return labels.get(text);
        }
        Object value = data.fields().get(field);
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return text;
    }

    @Override
    public String fileName(ResultData data) {
        return filePrefix + "-" + ascii(data.dossierCode()) + ".pdf";
    }

    @Override
    public byte[] render(ResultData data) {
        Require.present(data, "data");
        String number = headerNumberField == null ? data.documentNumber() : data.text(headerNumberField);
        try (SlipPdf pdf = page(title + " - " + data.dossierCode())) {
            header(pdf, data, number);
            pdf.moveDown(18);
            centered(pdf, List.of(bold(title.toUpperCase(new Locale("vi")))), TITLE);
            centered(pdf, List.of(italic("Số hồ sơ: " + data.dossierCode())), BODY);
            pdf.moveDown(16);
            int item = 0;
            for (ResultField field : fields) {
                if (!field.name().equals(headerNumberField)) {
                    item(pdf, (++item) + ". " + field.label() + ": ", display(field, data), false);
                }
            }
            signer(pdf, data);
            return pdf.finish(data.dossierCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " of " + data.dossierCode(), e);
        }
    }
}
