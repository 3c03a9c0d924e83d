package vn.motcua.signature;

/**
 * Where signed result bytes are kept, by an opaque storage key. Small on purpose: a general document store
 * can take its place by implementing it.
 */
interface ResultFileStore {

    /** Stores the bytes and returns their key. */
    String put(String fileName, byte[] bytes);

    /** @throws IllegalStateException when nothing is stored under the key */
    byte[] get(String storageKey);
}
