package vn.motcua.document;

/**
 * What a result document says to the applicant: the procedure's own result (a certificate, a permit, a birth
 * certificate) or a written refusal with its reasons (Decree 61/2018/NĐ-CP, then Decree 118/2025/NĐ-CP: a dossier
 * that is not eligible is returned with a notice giving the reasons). The register of outgoing documents and the
 * national portal's events carry it.
 */
public enum ResultKind {
    /** The procedure's own result: what the applicant asked for is granted. */
    GRANTED,
    /** The notice refusing to resolve the dossier, with the reasons. */
    REFUSED
}
