package vn.motcua.integration;

/**
 * The port toward the outside (the national public-service portal through the LGSP). An implementation either
 * returns normally (the receiver has the event) or throws {@link OutboundFailure}; the outbox retries and, after
 * too many failures, parks the event. The receiver must treat a repeated {@link OutboundMessage#eventKey()} as
 * the same event (a delivery may be repeated when an answer is lost).
 */
public interface OutboundChannel {

    void deliver(OutboundMessage message) throws OutboundFailure;

    /** An event as it leaves Motcua: its idempotency key, dossier, kind and documented JSON body. */
    record OutboundMessage(String eventKey, String dossierCode, String kind, String json) {
    }

    /** The receiver did not take the event (unreachable, slow, refused, answered something unreadable). */
    class OutboundFailure extends Exception {
        public OutboundFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
