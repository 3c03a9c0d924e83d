package vn.motcua.dossier;

/**
 * Another request changed the same dossier, task or process at the same moment and won: this one changed
 * nothing (its transaction rolled back). Answered 409 problem+json; the client reads the dossier again.
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}
