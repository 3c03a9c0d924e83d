package vn.motcua.integration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes every notification to the log (category {@code motcua.notifications}): always on. Only the dossier
 * code, the subject and how many people it is for: names, addresses, phone numbers and the text (which names
 * the applicant) are personal data and stay out of the logs.
 */
@Component
class LoggingNotificationChannel implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger("motcua.notifications");

    @Override
    public String name() {
        return "log";
    }

    @Override
    public int send(Notification notification) {
        log.info("[{}] {} — {} người nhận", notification.dossierCode(), notification.subject(),
                notification.recipients().size());
        return notification.recipients().size();
    }
}
