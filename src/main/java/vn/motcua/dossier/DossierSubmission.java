package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.SubmissionValidator.UploadedFile;
import vn.motcua.dossier.SubmissionValidator.ValidSubmission;
import vn.motcua.document.DocumentStore;
import vn.motcua.calendar.BusinessClock;

/**
 * Submission of a dossier: in one transaction the dossier is registered under a new code, its files go to the
 * document store (their metadata to the register), and its process starts and waits at the intake task. A
 * failure anywhere rolls back all of it, the code counter included, and removes the stored files (kept only when
 * the commit itself failed, whose outcome is unknown: see {@link #storeFiles}).
 *
 * <p>With an {@code Idempotency-Key} the key row is written first: a retry (or a racing twin) finds it,
 * or fails on its unique constraint and then finds it, and gets the first answer, never a second dossier. A twin
 * that still holds the key after about two seconds of waiting gets a 409 asking to retry, never a 500.
 */
@Service
class DossierSubmission {

    private static final Logger log = LoggerFactory.getLogger(DossierSubmission.class);

    /** The answer: the dossier's JSON and whether this call created it (false for a replay). */
    record Result(String body, String code, boolean created) {
    }

    private final DossierRegister register;
    private final DossierAttachmentRepository attachments;
    private final IdempotencyKeyRepository keys;
    private final DocumentStore store;
    private final DossierProcesses processes;
    private final DossierQueries queries;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final BusinessClock clock;

    DossierSubmission(DossierRegister register, DossierAttachmentRepository attachments, IdempotencyKeyRepository keys,
                      DocumentStore store, DossierProcesses processes, DossierQueries queries, ObjectMapper json,
                      PlatformTransactionManager transactions, BusinessClock clock) {
        this.clock = clock;
        this.register = register;
        this.attachments = attachments;
        this.keys = keys;
        this.store = store;
        this.processes = processes;
        this.queries = queries;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    Result submit(ValidSubmission submission, String idempotencyKey) {
        String agency = submission.request().agencyCode();
        if (!queries.scope().includes(agency)) {
            throw ApiProblems.forbidden("agencyCode", "Người dùng không tiếp nhận hồ sơ cho cơ quan " + agency);
        }
        if (idempotencyKey == null) {
            return transaction.execute(tx -> create(submission, null));
        }
        String fingerprint = fingerprint(submission);
        for (int attempt = 0; attempt < KEY_ATTEMPTS; attempt++) {
            Optional<Result> replay = replay(idempotencyKey, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            try {
                return transaction.execute(tx -> {
                    IdempotencyKey key = keys.saveAndFlush(new IdempotencyKey(idempotencyKey, fingerprint, clock.now()));
                    return create(submission, key);
                });
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                // another request with the same key committed (or is committing) first: wait for its answer
                pause(attempt);
            }
        }
        // the twin holding the key has not answered in time (or failed): nothing of this request was kept
        throw ApiProblems.keyInProgress(idempotencyKey);
    }

    /** Attempts at a key held by a racing twin, waiting 50, 100, ... ms between them (about 2 s in all). */
    static final int KEY_ATTEMPTS = 9;

    /** Waits before the next attempt at a key held by a twin (also for the inbound messages' ids). */
    static void pause(int attempt) {
        try {
            Thread.sleep(50L * (attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentChange("Bị ngắt khi chờ yêu cầu cùng khóa", e);
        }
    }

    private Optional<Result> replay(String idempotencyKey, String fingerprint) {
        return keys.findByKey(idempotencyKey).map(key -> {
            if (!key.getFingerprint().equals(fingerprint)) {
                throw ApiProblems.invalid("Idempotency-Key", "Khóa Idempotency-Key '" + idempotencyKey
                        + "' đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho hồ sơ mới");
            }
            if (key.getResponseBody() == null) {
                return null; // the first request has not finished (a database that shows uncommitted rows): try again
            }
            return new Result(key.getResponseBody(), null, false);
        });
    }

    private Result create(ValidSubmission submission, IdempotencyKey key) {
        Instant now = clock.now();
        Dossier dossier = register.register(submission.toNewDossier(), now);
        if (!submission.data().isEmpty()) {
            dossier.recordProcedureData(body(submission.data()));
        }
        storeFiles(dossier.getId(), null, submission.files(), now);
        processes.start(dossier);
        String body = body(queries.view(dossier));
        if (key != null) {
            key.answered(dossier.getId(), body);
        }
        return new Result(body, dossier.getCode(), true);
    }

    /**
     * Stores the files and their metadata; the bytes are removed again if the transaction rolled back before its
     * commit was sent. When the commit itself failed (the connection broke while it was on its way, so PostgreSQL
     * may have committed it), the outcome is unknown here and the bytes stay: a file without a row is harmless, a
     * committed dossier without its files is not. The client got a 503 and retries with the same
     * {@code Idempotency-Key}, which answers the dossier if it was stored.
     */
    void storeFiles(Long dossierId, Long supplementId, List<UploadedFile> files, Instant at) {
        for (UploadedFile file : files) {
            String storageKey = store.put(file.content());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private boolean commitSent;

                @Override
                public void beforeCommit(boolean readOnly) {
                    commitSent = true;
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        return;
                    }
                    if (commitSent) {
                        log.warn("Commit của giao dịch lưu tệp {} thất bại, kết quả không rõ; giữ tệp trong kho tài liệu",
                                storageKey);
                    } else {
                        store.delete(storageKey);
                    }
                }
            });
            attachments.save(new DossierAttachment(dossierId, supplementId, file.componentCode(), file.fileName(),
                    file.contentType(), file.content().length, sha256(file.content()), storageKey, at));
        }
    }

    /** SHA-256 over the JSON part (as parsed) and every file (component code, name, type, content hash). */
    private String fingerprint(ValidSubmission submission) {
        StringBuilder text = new StringBuilder(body(submission.request()));
        submission.files().forEach(f -> text.append('\n').append(f.componentCode()).append('|').append(f.fileName())
                .append('|').append(f.contentType()).append('|').append(sha256(f.content())));
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String body(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
