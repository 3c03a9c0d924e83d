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

    /**
     * @param valueLabels for fields whose stored value is a code (a form's select or radio), the words to
     *                    print for each value
     */
    ItemizedResultTemplate(String procedureCode, String title, String filePrefix, String signerTitle,
                           List<ResultField> fields, Map<String, Map<String, String>> valueLabels) {
        this.procedureCode = Require.text(procedureCode, "procedureCode");
        this.title = Require.text(title, "title");
        this.filePrefix = Require.text(filePrefix, "filePrefix");
        this.signerTitle = Require.text(signerTitle, "signerTitle");
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("fields must not be empty");
        }
        this.fields = List.copyOf(fields);
        this.valueLabels = Map.copyOf(valueLabels);
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
        try (SlipPdf pdf = page(title + " - " + data.dossierCode())) {
            header(pdf, data);
            pdf.moveDown(18);
            centered(pdf, List.of(bold(title.toUpperCase(new Locale("vi")))), TITLE);
            centered(pdf, List.of(italic("Số hồ sơ: " + data.dossierCode())), BODY);
            pdf.moveDown(16);
            int number = 0;
            for (ResultField field : fields) {
                item(pdf, (++number) + ". " + field.label() + ": ", display(field.name(), data), false);
            }
            signer(pdf, data);
            return pdf.finish(data.dossierCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " of " + data.dossierCode(), e);
        }
    }
}
