package vn.motcua.integration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.ContactChannel;

/**
 * SMS through the configured gateway: {@code POST <base-url><path>} with {@code {"to", "sender", "text",
 * "reference"}}, headers {@code Authorization: Bearer <api-key>} and {@code Idempotency-Key} (the reference: a
 * repeat after a lost answer is the same message); sent when the answer is 2xx JSON with {@code "accepted": true}.
 * Only the outbox uses it. On when {@code motcua.notifications.sms.base-url} is set.
 */
@Component
@ConditionalOnProperty(prefix = "motcua.notifications.sms", name = "base-url")
class SmsNotificationChannel extends PhoneGatewayChannel {

    private final NotificationProperties.Sms sms;

    SmsNotificationChannel(NotificationProperties properties, ObjectMapper json) {
        super("Cổng SMS", properties.sms().baseUrl(), properties.sms().path(), properties.sms().connectTimeout(),
                properties.sms().readTimeout(), json);
        this.sms = properties.sms();
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
    Map<String, Object> body(Notification notification, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", phone);
        body.put("sender", sms.sender());
        body.put("text", notification.body());
        body.put("reference", reference(notification));
        return body;
    }

    @Override
    Map<String, String> headers(Notification notification) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Idempotency-Key", reference(notification));
        if (sms.apiKey() != null && !sms.apiKey().isBlank()) {
            headers.put("Authorization", "Bearer " + sms.apiKey());
        }
        return headers;
    }

    @Override
    String refusal(JsonNode answer) {
        return answer.path("accepted").asBoolean(false) ? null : "Cổng SMS không nhận tin (thiếu \"accepted\": true)";
    }
}
