package vn.motcua.signature;

import java.time.Instant;

/**
 * A result signed, sealed and numbered in the agency's register of outgoing documents, published by
 * {@link ResultSigning#sign} inside the signing transaction: a synchronous listener's writes (the outbox row that
 * files it in the agency's document-management system) commit or roll back with the number.
 *
 * @param entryId the register line ({@link DocumentRegister.Entry#id()})
 * @param notation number and symbol, e.g. {@code 123/GCN-UBND}
 * @param kindSymbol the kind's abbreviation, e.g. {@code GCN}
 * @param signerPosition the signer's title as printed in the signature block (e.g. "KT. CHỦ TỊCH ...")
 * @param storageKey where the signed PDF is kept ({@link SignedResults#load})
 */
public record DocumentIssued(long entryId, String agencyCode, String agencyName, int year, int number,
        String notation, String kindSymbol, String procedureCode, String title, Instant issuedAt, String signerUser,
        String signerName, String signerPosition, long dossierId, String dossierCode, long signedResultId,
        String fileName, String sha256, long sizeBytes, String storageKey) {
}
