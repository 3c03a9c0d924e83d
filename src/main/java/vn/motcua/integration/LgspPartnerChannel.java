package vn.motcua.integration;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.integration.OutboundChannel.OutboundFailure;

/**
 * The LGSP adapter's door to partner agencies (liên thông): {@code POST <base-url><partner-path>} with the part's
 * request ({@link PartnerTransfers}) and header {@code Idempotency-Key}; delivered only on a 2xx JSON answer with
 * {@code "received": true}. Active when {@code motcua.integration.lgsp.base-url} is set.
 */
@Component
@ConditionalOnProperty(prefix = "motcua.integration.lgsp", name = "base-url")
class LgspPartnerChannel {

    private final URI target;
    private final JsonHttp http;

    LgspPartnerChannel(IntegrationProperties properties, ObjectMapper json) {
        IntegrationProperties.Lgsp lgsp = properties.lgsp();
        this.target = JsonHttp.target(lgsp.baseUrl(), lgsp.partnerPath());
        this.http = new JsonHttp("Trục LGSP", lgsp.connectTimeout(), lgsp.readTimeout(), json);
    }

    void deliver(String eventKey, String payload) throws OutboundFailure {
        if (!http.post(target, Map.of("Idempotency-Key", eventKey), payload).path("received").asBoolean(false)) {
            throw new OutboundFailure("Trục LGSP không xác nhận đã nhận (thiếu \"received\": true)", null);
        }
    }
}
