package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.*;

/**
 * Metadata of a file handed in with a dossier (or with a supplement): the bytes live in the document store
 * under {@link #getStorageKey()}, never in process variables.
 */
@Entity
@Table(name = "dossier_attachment")
public class DossierAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Column(name = "supplement_id", updatable = false)
    private Long supplementId;

    @Column(name = "component_code", nullable = false)
    private String componentCode;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, unique = true)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DossierAttachment() {
    }

    DossierAttachment(Long dossierId, Long supplementId, String componentCode, String fileName, String contentType,
                      long sizeBytes, String sha256, String storageKey, Instant uploadedAt) {
        this.dossierId = dossierId;
        this.supplementId = supplementId;
        this.componentCode = componentCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Long getSupplementId() { return supplementId; }
    public String getComponentCode() { return componentCode; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public Instant getUploadedAt() { return uploadedAt; }
}
