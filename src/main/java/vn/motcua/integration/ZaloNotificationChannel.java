package vn.motcua.integration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.ContactChannel;

/**
 * Zalo, through the official account's notification service (ZNS: a template registered with Zalo, sent to a phone
 * number): {@code POST <base-url><path>} with header {@code access_token} and {@code {"phone": "84…", "template_id",
 * "template_data": {…the notice's fields…}, "tracking_id"}}; sent when Zalo answers {@code "error": 0}. A notice
 * whose template has no Zalo template id configured is not sent this way. Only the outbox uses it. On when
 * {@code motcua.notifications.zalo.access-token} is set. (The request follows Zalo's published ZNS API as Motcua's
 * authors know it; check it against Zalo's current documentation before going live: docs/integration.md.)
 */
@Component
@ConditionalOnProperty(prefix = "motcua.notifications.zalo", name = "access-token")
class ZaloNotificationChannel extends PhoneGatewayChannel {

    private final NotificationProperties.Zalo zalo;

    ZaloNotificationChannel(NotificationProperties properties, ObjectMapper json) {
        super("Zalo", properties.zalo().baseUrl(), properties.zalo().path(), properties.zalo().connectTimeout(),
                properties.zalo().readTimeout(), json);
        this.zalo = properties.zalo();
    }

    @Override
    public String name() {
        return "zalo";
    }

    @Override
    public ContactChannel contact() {
        return ContactChannel.ZALO;
    }

    @Override
    public boolean carries(String template) {
        return template != null && zalo.templates().containsKey(template);
    }

    @Override
    Map<String, Object> body(Notification notification, String phone) {
        if (!carries(notification.template()) || !phone.matches("0[0-9]{9,10}")) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", "84" + phone.substring(1));
        body.put("template_id", zalo.templates().get(notification.template()));
        Map<String, String> data = new LinkedHashMap<>(notification.fields());
        data.remove(CitizenNotices.REFERENCE);
        body.put("template_data", data);
        body.put("tracking_id", reference(notification));
        return body;
    }

    @Override
    Map<String, String> headers(Notification notification) {
        return Map.of("access_token", zalo.accessToken());
    }

    @Override
    String refusal(JsonNode answer) {
        return answer.has("error") && answer.get("error").asInt(-1) == 0 ? null
                : "Zalo từ chối tin: error " + answer.path("error").asText("?") + " " + answer.path("message").asText("");
    }
}
