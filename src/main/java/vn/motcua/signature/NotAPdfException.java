package vn.motcua.signature;

/** The bytes given for verification are not a PDF that can be read. */
public class NotAPdfException extends RuntimeException {

    public NotAPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
