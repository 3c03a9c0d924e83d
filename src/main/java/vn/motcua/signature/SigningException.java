package vn.motcua.signature;

/** Signing could not be done: no key for the signer, the key refused, the TSA failed. Message in Vietnamese. */
public class SigningException extends RuntimeException {

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
