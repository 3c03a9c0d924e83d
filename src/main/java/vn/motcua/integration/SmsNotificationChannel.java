package vn.motcua.integration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.ContactChannel;
import vn.motcua.integration.OutboundChannel.OutboundFailure;

/**
 * SMS through the configured gateway: {@code POST <base-url><path>} with {@code {"to", "sender", "text",
 * "reference"}}, headers {@code Authorization: Bearer <api-key>} and {@code Idempotency-Key} (the reference: a
 * repeat after a lost answer is the same message); sent when the answer is 2xx JSON with {@code "accepted": true}.
 * Only the outbox uses it. On when {@code motcua.notifications.sms.base-url} is set.
 */
@Component
@ConditionalOnProperty(prefix = "motcua.notifications.sms", name = "base-url")
class SmsNotificationChannel implements NotificationChannel {

    private final NotificationProperties.Sms sms;
    private final URI target;
    private final JsonHttp http;
    private final ObjectMapper json;

    SmsNotificationChannel(NotificationProperties properties, ObjectMapper json) {
        this.sms = properties.sms();
        this.json = json;
        this.target = JsonHttp.target(sms.baseUrl(), sms.path());
        this.http = new JsonHttp("Cổng SMS", sms.connectTimeout(), sms.readTimeout(), json);
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public ContactChannel contact() {
        return ContactChannel.SMS;
    }

    @Override
    public boolean outboxOnly() {
        return true;
    }

    @Override
    public int send(Notification notification) {
        int sent = 0;
        for (Notification.Recipient recipient : notification.recipients()) {
            if (recipient.phone() == null || recipient.phone().isBlank()) {
                continue;
            }
            String reference = notification.fields().getOrDefault(CitizenNotices.REFERENCE, notification.dossierCode());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("to", recipient.phone());
            body.put("sender", sms.sender());
            body.put("text", notification.body());
            body.put("reference", reference);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Idempotency-Key", reference);
            if (sms.apiKey() != null && !sms.apiKey().isBlank()) {
                headers.put("Authorization", "Bearer " + sms.apiKey());
            }
            try {
                if (!http.post(target, headers, json.writeValueAsString(body)).path("accepted").asBoolean(false)) {
                    throw new NotificationFailure("Cổng SMS không nhận tin (thiếu \"accepted\": true)");
                }
            } catch (OutboundFailure failure) {
                throw new NotificationFailure(failure.getMessage());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            sent++;
        }
        return sent;
    }
}
