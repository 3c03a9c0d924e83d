package vn.motcua.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.integration.OutboundChannel.OutboundFailure;

/**
 * A JSON {@code POST} to a partner over HTTP (the portal through the LGSP, an SMS gateway, Zalo): the answer's JSON
 * when the status is 2xx, otherwise — refusal, 5xx, timeout, a body that is not JSON — an {@link OutboundFailure}
 * whose message names what went wrong and never the request's content (it may carry personal data).
 */
final class JsonHttp {

    private final HttpClient client;
    private final Duration readTimeout;
    private final ObjectMapper json;
    private final String partner;

    JsonHttp(String partner, Duration connectTimeout, Duration readTimeout, ObjectMapper json) {
        this.partner = partner;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.readTimeout = readTimeout;
        this.json = json;
    }

    JsonNode post(URI target, Map<String, String> headers, String body) throws OutboundFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OutboundFailure(partner + " không trả lời: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundFailure("Gửi bị ngắt", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new OutboundFailure(partner + " trả lời HTTP " + response.statusCode(), null);
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer == null || !answer.isObject()) {
                throw new OutboundFailure(partner + " trả lời không phải đối tượng JSON", null);
            }
            return answer;
        } catch (IOException e) {
            throw new OutboundFailure(partner + " trả lời không đọc được", e);
        }
    }

    /** The base URL without trailing slashes, then the path. */
    static URI target(String baseUrl, String path) {
        return URI.create(baseUrl.replaceAll("/+$", "") + path);
    }
}
