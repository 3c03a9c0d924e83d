package vn.motcua.signature;

import java.time.Instant;
import java.util.List;

/**
 * What the verification of a signed PDF found, about its last signature (the one that must cover the file).
 *
 * @param status the verdict
 * @param signerName the common name of the signer's certificate; null when unsigned or unreadable
 * @param signingTime the time of the time-stamp token when there is one, else the time the signer claims
 * @param timestamped whether the signature carries an RFC 3161 signature time stamp (PAdES baseline-T)
 * @param certificateChain subjects from the signer's certificate up to the root
 * @param signatureCount how many signatures the document holds
 * @param reason the reason in Vietnamese, for people
 * @param reasonEn the same reason in English, for logs and foreign tools
 * @param signatures every signature in signing order (the signer's, then the agency's seal), each with its own
 *     verdict; the report's status is VALID only when every one is
 */
public record VerificationReport(Status status, String signerName, Instant signingTime, boolean timestamped,
        List<String> certificateChain, int signatureCount, String reason, String reasonEn, List<Signature> signatures) {

    /** One signature of the document: who signed (person or agency seal), when, and its own verdict. */
    public record Signature(String signerName, Instant signingTime, Status status, String reason) {
    }

    public VerificationReport(Status status, String signerName, Instant signingTime, boolean timestamped,
                              List<String> certificateChain, int signatureCount, String reason, String reasonEn) {
        this(status, signerName, signingTime, timestamped, certificateChain, signatureCount, reason, reasonEn, List.of());
    }

    VerificationReport withSignatures(List<Signature> each) {
        return new VerificationReport(status, signerName, signingTime, timestamped, certificateChain, signatureCount,
                reason, reasonEn, each);
    }

    public enum Status {
        /** Signature intact, covers the whole file, certificate valid at signing time and trusted. */
        VALID,
        /** The signature or its certificate does not hold: broken value, expired or untrusted certificate. */
        INVALID,
        /** The signed bytes were changed, or bytes were added after the signature. */
        MODIFIED_AFTER_SIGNING,
        /** No signature at all. */
        UNSIGNED
    }

    public VerificationReport {
        certificateChain = certificateChain == null ? List.of() : List.copyOf(certificateChain);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    public boolean valid() {
        return status == Status.VALID;
    }

    static VerificationReport unsigned() {
        return new VerificationReport(Status.UNSIGNED, null, null, false, List.of(), 0,
                "Tài liệu không có chữ ký số.", "The document carries no digital signature.");
    }
}
