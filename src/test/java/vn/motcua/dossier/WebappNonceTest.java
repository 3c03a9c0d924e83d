package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each Tasklist and Cockpit page carries the Content-Security-Policy nonce of its own response, also when many
 * pages are asked for at the same time (Camunda 7.24 alone mixes them up: security.WebappNonceIsolation). A
 * page with another response's nonce is blank in the browser: its scripts are blocked.
 */
@ApiIntegrationTest
class WebappNonceTest {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void shouldGiveEveryPageTheNonceOfItsOwnResponseUnderParallelRequests() {
        HttpClient http = HttpClient.newHttpClient();
        List<String> mismatches = new ArrayList<>();
        int pages = 0;
        for (int round = 0; round < 15; round++) {
            List<CompletableFuture<HttpResponse<String>>> parallel = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String app = i % 2 == 0 ? "tasklist" : "cockpit";
                parallel.add(http.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/app/" + app + "/default/")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> future : parallel) {
                HttpResponse<String> page = future.join();
                assertThat(page.statusCode()).isEqualTo(200);
                Matcher header = HEADER_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
                assertThat(header.find()).as("the policy has a nonce").isTrue();
                Matcher body = PAGE_NONCE.matcher(page.body());
                int scripts = 0;
                while (body.find()) {
                    scripts++;
                    if (!body.group(1).equals(header.group(1))) {
                        mismatches.add(header.group(1) + " != " + body.group(1));
                    }
                }
                assertThat(scripts).as("the page's scripts carry a nonce").isPositive();
                pages++;
            }
        }
        assertThat(mismatches).as("pages whose scripts carry another response's nonce, of %d", pages).isEmpty();
    }
}
