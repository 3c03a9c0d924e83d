package vn.motcua.signature;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed result document in the register: who signed it when, its SHA-256 and where its bytes are. */
@Entity
@Table(name = "signed_result")
public class SignedResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "signer_user", nullable = false, updatable = false)
    private String signerUser;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;

    protected SignedResult() {
    }

    SignedResult(Long dossierId, String fileName, String sha256, long sizeBytes, String signerUser, Instant signedAt,
                 String storageKey) {
        this.dossierId = dossierId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.signerUser = signerUser;
        this.signedAt = signedAt;
        this.storageKey = storageKey;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSignerUser() { return signerUser; }
    public Instant getSignedAt() { return signedAt; }
    public String getStorageKey() { return storageKey; }
}
