package vn.motcua.integration;

import vn.motcua.dossier.ContactChannel;

/**
 * A way to reach people: the port of notifications. Motcua ships e-mail (Spring Mail), SMS and Zalo OA (HTTP to a
 * configured gateway) and a log; a Spring bean of this type is picked up. A channel that reaches applicants names
 * its {@link #contact()}: the citizens' notifications go out through it from the outbox (docs/integration.md
 * "Citizen notifications"), retried and parked like the portal's events.
 */
public interface NotificationChannel {

    /** A short name for logs, e.g. "email". */
    String name();

    /**
     * Sends to the recipients this channel can reach; returns how many it reached. A failure to hand it over (the
     * gateway refused, did not answer) is thrown, so that the outbox retries.
     */
    int send(Notification notification);

    /** The applicant contact this channel delivers the outbox's notifications through; null for staff-only channels. */
    default ContactChannel contact() {
        return null;
    }

    /** True for a channel only the outbox uses: the inline {@link Notifier} of the escalation steps leaves it out. */
    default boolean outboxOnly() {
        return false;
    }

    /** Whether the channel can carry the notice of this template (Zalo needs a template registered with Zalo). */
    default boolean carries(String template) {
        return true;
    }
}
