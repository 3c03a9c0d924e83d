package vn.motcua.signature;

/** A signed PDF and the SHA-256 of its bytes (lowercase hex). */
public record SignedDocument(byte[] bytes, String sha256) {

    public static SignedDocument of(byte[] bytes) {
        return new SignedDocument(bytes, Hashes.sha256Hex(bytes));
    }
}
