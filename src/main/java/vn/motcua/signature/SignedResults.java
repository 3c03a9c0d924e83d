package vn.motcua.signature;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of signed results: the row (dossier, file name, SHA-256, signer, time) and the bytes. */
@Service
public class SignedResults {

    private final SignedResultRepository repository;
    private final ResultFileStore files;

    SignedResults(SignedResultRepository repository, ResultFileStore files) {
        this.repository = repository;
        this.files = files;
    }

    /** Keeps a signed document of the dossier; its SHA-256 is recomputed from the bytes that are stored. */
    @Transactional
    public SignedResult store(Long dossierId, String fileName, SignedDocument document, String signerUser, Instant signedAt) {
        if (dossierId == null) {
            throw new IllegalArgumentException("dossierId must not be null");
        }
        String sha256 = Hashes.sha256Hex(document.bytes());
        if (document.sha256() != null && !document.sha256().equals(sha256)) {
            throw new IllegalArgumentException("the document's sha256 does not match its bytes");
        }
        String key = files.put(fileName, document.bytes());
        return repository.save(new SignedResult(dossierId, fileName, sha256, document.bytes().length, signerUser,
                signedAt, key));
    }

    /** The latest signed result of the dossier, with its bytes and metadata; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<SignedResultFile> signedResult(Long dossierId) {
        return repository.findFirstByDossierIdOrderBySignedAtDescIdDesc(dossierId).map(this::read);
    }

    /** The signed result with this id. */
    @Transactional(readOnly = true)
    public Optional<SignedResultFile> load(Long signedResultId) {
        return repository.findById(signedResultId).map(this::read);
    }

    private SignedResultFile read(SignedResult row) {
        byte[] bytes = files.get(row.getStorageKey());
        return new SignedResultFile(row.getId(), row.getDossierId(), row.getFileName(), row.getSha256(),
                row.getSignerUser(), row.getSignedAt(), bytes, Hashes.sha256Hex(bytes).equals(row.getSha256()));
    }
}
