package vn.motcua.integration;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.integration.OutboundChannel.OutboundFailure;

/**
 * A channel that reaches the applicant's phone through an HTTP gateway (SMS, Zalo): one JSON {@code POST} per
 * recipient with a phone; the gateway's refusal, silence or unreadable answer is a {@link NotificationFailure}
 * (the outbox retries). Only the outbox uses these channels. Subclasses say what to send and what "accepted" is.
 */
abstract class PhoneGatewayChannel implements NotificationChannel {

    private final URI target;
    private final JsonHttp http;
    private final ObjectMapper json;

    PhoneGatewayChannel(String partner, String baseUrl, String path, Duration connectTimeout, Duration readTimeout,
                        ObjectMapper json) {
        this.json = json;
        this.target = JsonHttp.target(baseUrl, path);
        this.http = new JsonHttp(partner, connectTimeout, readTimeout, json);
    }

    @Override
    public boolean outboxOnly() {
        return true;
    }

    /** The request for one recipient's phone, or null when this phone cannot be reached this way. */
    abstract Map<String, Object> body(Notification notification, String phone);

    abstract Map<String, String> headers(Notification notification);

    /** Null when the gateway took the message, else why not (no personal data). */
    abstract String refusal(JsonNode answer);

    @Override
    public int send(Notification notification) {
        int sent = 0;
        for (Notification.Recipient recipient : notification.recipients()) {
            Map<String, Object> body = recipient.phone() == null || recipient.phone().isBlank() ? null
                    : body(notification, recipient.phone());
            if (body == null) {
                continue;
            }
            try {
                String refused = refusal(http.post(target, headers(notification), json.writeValueAsString(body)));
                if (refused != null) {
                    throw new NotificationFailure(refused);
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

    /** The idempotency reference of a notification: its outbox event key. */
    static String reference(Notification notification) {
        return notification.fields().getOrDefault(CitizenNotices.REFERENCE, notification.dossierCode());
    }
}
