package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The wording of the refusal notice every procedure shares (thông báo từ chối giải quyết hồ sơ), read from the data
 * file {@code results/refusal-notice.json}: its title, the form field that carries the reason per procedure, and the
 * legal basis it cites by the day it is issued (Decree 61/2018/NĐ-CP, then Decree 118/2025/NĐ-CP).
 */
final class RefusalNotices {

    static final String SHIPPED = "results/refusal-notice.json";

    /** The basis and closing sentence cited by the notices issued in [effectiveFrom, effectiveTo]. */
    record Version(LocalDate effectiveFrom, LocalDate effectiveTo, String basis, String closing, String source,
                   Boolean verified, String note) {
    }

    record File(String about, String title, String fileStem, String defaultSignerTitle, String defaultReasonField,
                Map<String, String> reasonFields, List<Version> versions) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String title;
    private final String fileStem;
    private final String defaultSignerTitle;
    private final String defaultReasonField;
    private final Map<String, String> reasonFields;
    private final List<Version> versions;

    private RefusalNotices(File file) {
        this.title = Require.text(file.title(), "title");
        this.fileStem = Require.text(file.fileStem(), "fileStem");
        if (!fileStem.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("fileStem must be lower-case ASCII letters, digits and '-'");
        }
        this.defaultSignerTitle = Require.text(file.defaultSignerTitle(), "defaultSignerTitle");
        this.defaultReasonField = field(file.defaultReasonField(), "defaultReasonField");
        this.reasonFields = file.reasonFields() == null ? Map.of() : Map.copyOf(file.reasonFields());
        reasonFields.forEach((procedure, field) -> field(field, "reasonFields." + procedure));
        List<Version> checked = new ArrayList<>(Require.list(file.versions(), "versions"));
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("versions must not be empty");
        }
        for (int i = 0; i < checked.size(); i++) {
            Version v = checked.get(i);
            String at = "versions[" + i + "].";
            Require.present(v.effectiveFrom(), at + "effectiveFrom");
            if (v.effectiveTo() != null && v.effectiveTo().isBefore(v.effectiveFrom())) {
                throw new IllegalArgumentException(at + "effectiveTo is before effectiveFrom");
            }
            Require.text(v.basis(), at + "basis");
            Require.text(v.closing(), at + "closing");
            Require.text(v.source(), at + "source");
            Require.present(v.verified(), at + "verified");
            for (int j = 0; j < i; j++) {
                if (overlap(v, checked.get(j))) {
                    throw new IllegalArgumentException(at + "effectiveFrom overlaps versions[" + j + "]");
                }
            }
        }
        this.versions = List.copyOf(checked);
    }

    /** A process variable's name: letters and digits, starting with a letter. */
    private static String field(String name, String what) {
        String field = Require.text(name, what);
        if (!field.matches("[a-zA-Z][a-zA-Z0-9]{0,63}")) {
            throw new IllegalArgumentException(what + " is not a variable name: " + field);
        }
        return field;
    }

    private static boolean overlap(Version a, Version b) {
        LocalDate aTo = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
        LocalDate bTo = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
        return !a.effectiveFrom().isAfter(bTo) && !b.effectiveFrom().isAfter(aTo);
    }

    /** The wording of a data file; fails naming the field of the first problem. */
    static RefusalNotices read(InputStream in, String name) {
        try {
            return new RefusalNotices(JSON.readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("refusal notice " + name + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("refusal notice " + name + ": " + e.getMessage(), e);
        }
    }

    /** The wording shipped with Motcua. */
    static RefusalNotices shipped() {
        try (InputStream in = RefusalNotices.class.getResourceAsStream("/" + SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the classpath");
            }
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The notice for a procedure: its reason field, and the signer's title of its own result ({@code main}, may be
     * null when the procedure has no result template of its own).
     */
    RefusalNoticeTemplate forProcedure(String procedureCode, ResultTemplate main) {
        return new RefusalNoticeTemplate(this, procedureCode, reasonFields.getOrDefault(procedureCode, defaultReasonField),
                main);
    }

    String title() {
        return title;
    }

    String fileStem() {
        return fileStem;
    }

    String defaultSignerTitle() {
        return defaultSignerTitle;
    }

    /** The version in force on {@code day}; fails naming the day when none is. */
    Version on(LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day)
                        && (v.effectiveTo() == null || !v.effectiveTo().isBefore(day))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có mẫu thông báo từ chối áp dụng cho ngày " + day));
    }
}
