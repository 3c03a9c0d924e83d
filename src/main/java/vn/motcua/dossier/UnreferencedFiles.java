package vn.motcua.dossier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.document.DocumentStore;

/**
 * Removes files of the document store that no attachment row refers to: those a submission kept because its
 * commit was cut on its way and, as it turned out, did not land ({@link DossierSubmission#storeFiles}). Only files
 * older than {@code motcua.documents.sweep.after} (default one day) are looked at, far beyond any transaction's
 * life, so a submission still in progress is never touched. The store's keys are checked against
 * {@code dossier_attachment} in batches. Runs every night ({@link UnreferencedFileScheduling}).
 */
@Service
class UnreferencedFiles {

    private static final Logger log = LoggerFactory.getLogger(UnreferencedFiles.class);
    static final int BATCH = 500;

    private final DocumentStore store;
    private final DossierAttachmentRepository attachments;
    private final BusinessClock clock;
    private final Duration after;

    UnreferencedFiles(DocumentStore store, DossierAttachmentRepository attachments, BusinessClock clock,
                      @Value("${motcua.documents.sweep.after:P1D}") Duration after) {
        if (after.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("motcua.documents.sweep.after phải từ một giờ trở lên (là " + after
                    + "): tệp của một yêu cầu đang xử lý không được bị xóa");
        }
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
        this.after = after;
    }

    /** Removes the unreferenced files older than the threshold; the number removed. */
    int sweep() {
        List<String> batch = new ArrayList<>(BATCH);
        int[] removed = {0};
        store.forEachStoredBefore(clock.now().minus(after), key -> {
            batch.add(key);
            if (batch.size() == BATCH) {
                removed[0] += removeUnreferenced(batch);
                batch.clear();
            }
        });
        removed[0] += removeUnreferenced(batch);
        if (removed[0] > 0) {
            log.info("Đã xóa {} tệp không thuộc hồ sơ nào khỏi kho tài liệu (cũ hơn {})", removed[0], after);
        }
        return removed[0];
    }

    private int removeUnreferenced(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> referenced = new HashSet<>(attachments.findStorageKeys(keys));
        int removed = 0;
        for (String key : keys) {
            if (!referenced.contains(key)) {
                store.delete(key);
                removed++;
            }
        }
        return removed;
    }
}
