package vn.motcua.integration;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The national public-service portal behind the LGSP, over HTTP: {@code POST <base-url><path>} with the event's
 * JSON (docs/integration.md) and header {@code Idempotency-Key}. Delivered only on a 2xx answer whose body is a
 * JSON object with {@code "received": true}; anything else (refusal, 5xx, timeout, an unreadable answer) is a
 * failure the outbox retries. Active only when {@code motcua.integration.lgsp.base-url} is set.
 */
@Component
@ConditionalOnProperty(prefix = "motcua.integration.lgsp", name = "base-url")
class HttpPortalChannel implements OutboundChannel {

    private final URI target;
    private final JsonHttp http;

    HttpPortalChannel(IntegrationProperties properties, ObjectMapper json) {
        IntegrationProperties.Lgsp lgsp = properties.lgsp();
        this.target = JsonHttp.target(lgsp.baseUrl(), lgsp.path());
        this.http = new JsonHttp("Cổng", lgsp.connectTimeout(), lgsp.readTimeout(), json);
    }

    @Override
    public void deliver(OutboundMessage message) throws OutboundFailure {
        if (!http.post(target, Map.of("Idempotency-Key", message.eventKey()), message.json()).path("received").asBoolean(false)) {
            throw new OutboundFailure("Cổng không xác nhận đã nhận (thiếu \"received\": true)", null);
        }
    }
}
