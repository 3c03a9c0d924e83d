package vn.motcua.integration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes every notification to the log (category {@code motcua.notifications}): always on. */
@Component
class LoggingNotificationChannel implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger("motcua.notifications");

    @Override
    public String name() {
        return "log";
    }

    @Override
    public int send(Notification notification) {
        for (Notification.Recipient recipient : notification.recipients()) {
            log.info("[{}] to {}: {} — {}", notification.dossierCode(), recipient.name(), notification.subject(),
                    notification.body());
        }
        return notification.recipients().size();
    }
}
