package vn.motcua.signature;

import java.time.Instant;

/**
 * A stored signed result with its bytes.
 *
 * @param intact whether the stored bytes still have the SHA-256 recorded when they were stored
 */
public record SignedResultFile(Long id, Long dossierId, String fileName, String sha256, String signerUser,
        Instant signedAt, byte[] bytes, boolean intact) {
}
