package vn.motcua.document;

import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the bytes of handed-in files live, outside the database and outside process variables. The
 * register keeps the metadata (name, type, size, SHA-256) and the storage key.
 */
public interface DocumentStore {

    /** Stores the bytes and returns the new key; the key is opaque to callers. */
    String put(byte[] content);

    /** The bytes stored under the key. */
    InputStream open(String key);

    boolean exists(String key);

    /** Removes the bytes (used when the submission that stored them rolls back); no error when absent. */
    void delete(String key);

    /** Calls {@code action} with the key of every document stored before {@code before}, one at a time. */
    void forEachStoredBefore(Instant before, Consumer<String> action);
}
