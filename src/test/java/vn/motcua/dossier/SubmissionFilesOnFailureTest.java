package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import vn.motcua.document.DocumentStore;
import vn.motcua.dossier.SubmissionValidator.UploadedFile;

/**
 * What happens to a submission's stored files when its transaction does not commit: removed when it rolled back
 * before the commit was sent; kept when the commit itself failed (a connection cut on its way: PostgreSQL may have
 * committed the rows, and a dossier must never lose its files). The phases are driven as Spring's transaction
 * manager drives them.
 */
class SubmissionFilesOnFailureTest {

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final DocumentStore store = new DocumentStore() {
        @Override
        public String put(byte[] content) {
            String key = UUID.randomUUID().toString();
            files.put(key, content);
            return key;
        }

        @Override
        public InputStream open(String key) {
            return new ByteArrayInputStream(files.get(key));
        }

        @Override
        public boolean exists(String key) {
            return files.containsKey(key);
        }

        @Override
        public void delete(String key) {
            files.remove(key);
        }

        @Override
        public void forEachStoredBefore(Instant before, Consumer<String> action) {
            files.keySet().forEach(action);
        }
    };
    final DossierSubmission submission = new DossierSubmission(null, mock(DossierAttachmentRepository.class), null,
            store, null, null, null, null, null);

    @BeforeEach
    void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void end() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void shouldRemoveTheFilesWhenTheTransactionRolledBackBeforeItsCommit() {
        storeTwoFiles();
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(files).isEmpty();
    }

    @Test
    void shouldKeepTheFilesWhenTheCommitItselfFailed() {
        storeTwoFiles();
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
        // Spring reports a failed commit as rolled back or unknown, depending on where it failed: both keep the files
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(files).hasSize(2);
    }

    @Test
    void shouldKeepTheFilesOfACommittedTransaction() {
        storeTwoFiles();
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_COMMITTED);
        assertThat(files).hasSize(2);
    }

    private void storeTwoFiles() {
        submission.storeFiles(1L, null, List.of(
                new UploadedFile("GIAY_DE_NGHI", "don.pdf", "application/pdf", new byte[] {1, 2, 3}),
                new UploadedFile("CCCD", "cccd.pdf", "application/pdf", new byte[] {4, 5, 6})), Instant.now());
        assertThat(files).hasSize(2);
    }
}
