package vn.motcua.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamp client over HTTP (the JDK client; Bouncy Castle's TSP classes for the messages).
 * Asks for the TSA's certificate in the token and checks the reply against the request (status, imprint,
 * nonce) before handing the token back.
 */
final class TsaClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    TsaClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    URI url() {
        return url;
    }

    /** A time-stamp token over a SHA-256 digest. */
    TimeStampToken timestamp(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, RANDOM));
        try {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200) {
                throw new SigningException("Máy chủ cấp dấu thời gian " + url + " trả lời HTTP " + reply.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new SigningException("Máy chủ cấp dấu thời gian " + url + " từ chối: " + response.getStatusString());
            }
            return token;
        } catch (TSPException e) {
            throw new SigningException("Dấu thời gian của " + url + " không hợp lệ: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SigningException("Không kết nối được máy chủ cấp dấu thời gian " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException("Bị ngắt khi chờ dấu thời gian từ " + url, e);
        }
    }
}
