package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The wording of the result documents printed as numbered items, read from the data file
 * {@code results/itemized-results.json} (docs/signatures.md, "Result templates"): per procedure version its title,
 * signer's title, items and their labels (an item may be {@code optional}), words for coded values, the value of
 * {@code resultType} that chooses it, the field printed after "Số:" in the header, the days the wording applies to and
 * its source. A change of legal wording is an edit of that file, not of Java.
 */
final class ResultTemplateCatalog {

    record Entry(String procedureCode, LocalDate effectiveFrom, LocalDate effectiveTo, String title, String fileStem,
                 String signerTitle, List<ResultField> fields, Map<String, Map<String, String>> valueLabels,
                 String resultType, String headerNumberField, String source, Boolean verified, String note) {
    }

    record File(String about, List<Entry> templates) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultTemplateCatalog() {
    }

    /** One template per entry; fails naming the entry and field of the first problem. */
    static List<ResultTemplate> read(InputStream in, String name) {
        File file;
        try {
            file = JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("result templates " + name + ": " + e.getMessage(), e);
        }
        if (file.templates() == null || file.templates().isEmpty()) {
            throw new IllegalArgumentException("result templates " + name + ": templates must not be empty");
        }
        List<ResultTemplate> templates = new ArrayList<>();
        for (int i = 0; i < file.templates().size(); i++) {
            Entry entry = file.templates().get(i);
            String at = "result templates " + name + ": templates[" + i + "]";
            try {
                Require.text(entry.source(), "source");
                Require.present(entry.effectiveFrom(), "effectiveFrom");
                if (entry.effectiveTo() != null && entry.effectiveTo().isBefore(entry.effectiveFrom())) {
                    throw new IllegalArgumentException("effectiveTo is before effectiveFrom");
                }
                Map<String, Map<String, String>> labels = entry.valueLabels() == null ? Map.of()
                        : new LinkedHashMap<>(entry.valueLabels());
                templates.add(new ItemizedResultTemplate(entry.procedureCode(), entry.title(), entry.fileStem(),
                        entry.signerTitle(), entry.fields(), labels, entry.resultType(), entry.headerNumberField()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        return templates;
    }

    /** The templates of the file shipped with Motcua. */
    static List<ResultTemplate> shipped() {
        try (InputStream in = ResultTemplateCatalog.class.getResourceAsStream("/" + ResultTemplates.SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(ResultTemplates.SHIPPED + " is not on the classpath");
            }
            return read(in, ResultTemplates.SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped template of one procedure code (tests, the layout check). */
    static ResultTemplate shipped(String procedureCode) {
        return shipped().stream().filter(t -> t.procedureCode().equals(procedureCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shipped result template for " + procedureCode));
    }
}
