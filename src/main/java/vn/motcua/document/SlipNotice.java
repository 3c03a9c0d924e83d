package vn.motcua.document;

import java.time.Instant;

/**
 * Who issues a supplement request, a refusal or an apology, when, and why.
 *
 * @param issuedAt when the slip is issued, required
 * @param issuedBy optional: the officer (or head of agency, for an apology) who signs it
 * @param reason the reason, required
 * @param legalBasis optional: the legal basis (căn cứ) of the request or refusal
 */
public record SlipNotice(Instant issuedAt, String issuedBy, String reason, String legalBasis) {

    public SlipNotice {
        Require.present(issuedAt, "issuedAt");
        issuedBy = Require.optional(issuedBy);
        reason = Require.text(reason, "reason");
        legalBasis = Require.optional(legalBasis);
    }
}
