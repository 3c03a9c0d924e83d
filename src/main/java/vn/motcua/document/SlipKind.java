package vn.motcua.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of one-stop-shop slip, whatever the set that numbers them: a slip is asked for, stored and named by its
 * kind; the number printed on it ("Mẫu số 0x") comes from the dossier's slip set ({@link SlipSet}).
 */
public enum SlipKind {
    RECEIPT("receipt", "01"),
    SUPPLEMENT("supplement", "02"),
    REFUSAL("refusal", "03"),
    APOLOGY("apology", "04"),
    /** Circular 03/2025 only: the stop at the applicant's request. */
    STOP("stop", null),
    CONTROL("control", "05"),
    /** Per desk and date range, not per dossier. */
    LOG_BOOK("log-book", null);

    private final String slug;
    private final String legacyNumber;

    SlipKind(String slug, String legacyNumber) {
        this.slug = slug;
        this.legacyNumber = legacyNumber;
    }

    /** The name in addresses and file names, e.g. "receipt", "log-book". */
    public String slug() {
        return slug;
    }

    /**
     * The kind a dossier's slip address names: its slug, or the number the API took before slips had kinds
     * ("01" to "05", the numbering of Circular 01/2018, kept so that old links keep working).
     */
    public static Optional<SlipKind> ofAddress(String name) {
        return Arrays.stream(values()).filter(k -> k != LOG_BOOK)
                .filter(k -> k.slug.equals(name) || (k.legacyNumber != null && k.legacyNumber.equals(name)))
                .findFirst();
    }

    /** The stored file's name, {@code <dossier code>_<kind>_<form number>.pdf}, e.g. "…-0007_receipt_01.pdf". */
    public String fileName(String dossierCode, String formNumber) {
        return Require.text(dossierCode, "dossierCode") + "_" + slug + "_" + Require.text(formNumber, "formNumber") + ".pdf";
    }
}
