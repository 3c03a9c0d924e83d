package vn.motcua.integration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.ContactChannel;

/**
 * E-mail through the configured SMTP server ({@code spring.mail.*}); on when
 * {@code motcua.notifications.mail.enabled=true}. A failure of the server is thrown (the outbox retries).
 */
@Component
@ConditionalOnProperty(name = "motcua.notifications.mail.enabled", havingValue = "true")
class MailNotificationChannel implements NotificationChannel {

    private final JavaMailSender mail;
    private final String from;

    MailNotificationChannel(JavaMailSender mail, @Value("${motcua.notifications.mail.from:motcua@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public ContactChannel contact() {
        return ContactChannel.EMAIL;
    }

    @Override
    public int send(Notification notification) {
        int sent = 0;
        for (Notification.Recipient recipient : notification.recipients()) {
            if (recipient.email() == null || recipient.email().isBlank()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            message.setSubject("[" + notification.dossierCode() + "] " + notification.subject());
            message.setText("Kính gửi " + recipient.name() + ",\n\n" + notification.body() + "\n\nMã hồ sơ: "
                    + notification.dossierCode());
            mail.send(message);
            sent++;
        }
        return sent;
    }
}
