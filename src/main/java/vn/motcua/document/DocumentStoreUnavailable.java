package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * A file could not be written to the document store: the file system is full or read-only, or the store is not
 * there. The request that needed it is refused as a whole ({@code 503}, nothing of it kept), and Motcua goes on
 * once the store is writable again. docs/operations.md, "When the document store cannot be written".
 */
public class DocumentStoreUnavailable extends UncheckedIOException {

    /** Why, in words for the caller: full, read-only, or not writable. */
    public enum Reason {
        FULL("Kho tài liệu đã đầy"),
        READ_ONLY("Kho tài liệu đang ở chế độ chỉ đọc"),
        NOT_WRITABLE("Không ghi được vào kho tài liệu");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final Reason reason;

    public DocumentStoreUnavailable(String message, IOException cause) {
        super(message, cause);
        this.reason = reasonOf(cause);
    }

    public Reason reason() {
        return reason;
    }

    static Reason reasonOf(IOException cause) {
        String why = cause instanceof FileSystemException f && f.getReason() != null ? f.getReason() : cause.getMessage();
        if (why != null && why.contains("No space left")) {
            return Reason.FULL;
        }
        if (why != null && why.contains("Read-only file system")) {
            return Reason.READ_ONLY;
        }
        return Reason.NOT_WRITABLE;
    }
}
