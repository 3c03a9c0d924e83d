package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.*;

/**
 * An {@code Idempotency-Key} seen on a submission: the fingerprint of the request it came with, the dossier
 * it created and the body that was answered, so that a retry gets the same answer and never a second dossier.
 */
@Entity
@Table(name = "idempotency_key")
class IdempotencyKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idem_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    IdempotencyKey(String key, String fingerprint, Instant createdAt) {
        this.key = key;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    void answered(Long dossierId, String responseBody) {
        this.dossierId = dossierId;
        this.responseBody = responseBody;
    }

    String getKey() { return key; }
    String getFingerprint() { return fingerprint; }
    Long getDossierId() { return dossierId; }
    String getResponseBody() { return responseBody; }
    Instant getCreatedAt() { return createdAt; }
}
