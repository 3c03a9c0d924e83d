package vn.motcua.integration;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Sends a notification through every channel; one failing channel does not stop the others. */
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
