package vn.motcua.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
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

    private final IntegrationProperties.Lgsp lgsp;
    private final URI target;
    private final HttpClient client;
    private final ObjectMapper json;

    HttpPortalChannel(IntegrationProperties properties, ObjectMapper json) {
        this.lgsp = properties.lgsp();
        this.json = json;
        this.target = URI.create(lgsp.baseUrl().replaceAll("/+$", "") + lgsp.path());
        this.client = HttpClient.newBuilder().connectTimeout(lgsp.connectTimeout()).build();
    }

    @Override
    public void deliver(OutboundMessage message) throws OutboundFailure {
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(lgsp.readTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.eventKey())
                .POST(HttpRequest.BodyPublishers.ofString(message.json()))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OutboundFailure("Cổng không trả lời: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundFailure("Gửi bị ngắt", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new OutboundFailure("Cổng trả lời HTTP " + response.statusCode(), null);
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer == null || !answer.path("received").asBoolean(false)) {
                throw new OutboundFailure("Cổng không xác nhận đã nhận (thiếu \"received\": true)", null);
            }
        } catch (IOException e) {
            throw new OutboundFailure("Cổng trả lời không đọc được", e);
        }
    }
}
