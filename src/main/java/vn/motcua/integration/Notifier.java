package vn.motcua.integration;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a notification at once through every channel but those only the outbox uses (SMS and Zalo gateways); one
 * failing channel does not stop the others. The citizens' status notifications do not come this way: they go
 * through the outbox ({@link CitizenNotices}).
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final List<NotificationChannel> channels;

    Notifier(List<NotificationChannel> channels) {
        this.channels = channels;
    }

    /** Returns the number of deliveries made. */
    public int send(Notification notification) {
        int delivered = 0;
        for (NotificationChannel channel : channels) {
            if (channel.outboxOnly()) {
                continue;
            }
            try {
                delivered += channel.send(notification);
            } catch (RuntimeException e) {
                // the exception's message may carry the recipient's address: only its type is logged
                log.warn("Notification about {} through {} failed: {}", notification.dossierCode(), channel.name(),
                        e.getClass().getName());
            }
        }
        return delivered;
    }
}
