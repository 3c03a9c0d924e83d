package vn.motcua.integration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.ContactChannel;
import vn.motcua.integration.OutboundChannel.OutboundFailure;

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
class ZaloNotificationChannel implements NotificationChannel {

    private final NotificationProperties.Zalo zalo;
    private final URI target;
    private final JsonHttp http;
    private final ObjectMapper json;

    ZaloNotificationChannel(NotificationProperties properties, ObjectMapper json) {
        this.zalo = properties.zalo();
        this.json = json;
        this.target = JsonHttp.target(zalo.baseUrl(), zalo.path());
        this.http = new JsonHttp("Zalo", zalo.connectTimeout(), zalo.readTimeout(), json);
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
    public boolean outboxOnly() {
        return true;
    }

    @Override
    public boolean carries(String template) {
        return template != null && zalo.templates().containsKey(template);
    }

    @Override
    public int send(Notification notification) {
        if (!carries(notification.template())) {
            return 0;
        }
        int sent = 0;
        for (Notification.Recipient recipient : notification.recipients()) {
            if (recipient.phone() == null || !recipient.phone().matches("0[0-9]{9,10}")) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("phone", "84" + recipient.phone().substring(1));
            body.put("template_id", zalo.templates().get(notification.template()));
            Map<String, String> data = new LinkedHashMap<>(notification.fields());
            data.remove(CitizenNotices.REFERENCE);
            body.put("template_data", data);
            body.put("tracking_id", notification.fields().getOrDefault(CitizenNotices.REFERENCE, notification.dossierCode()));
            try {
                JsonNode answer = http.post(target, Map.of("access_token", zalo.accessToken()), json.writeValueAsString(body));
                if (!answer.has("error") || answer.get("error").asInt(-1) != 0) {
                    throw new NotificationFailure("Zalo từ chối tin: error " + answer.path("error").asText("?") + " "
                            + answer.path("message").asText(""));
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
