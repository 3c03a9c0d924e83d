package vn.motcua.integration;

/** A notification channel could not hand a message over (the gateway refused it or did not answer): retried. */
public class NotificationFailure extends RuntimeException {

    public NotificationFailure(String message) {
        super(message);
    }
}
