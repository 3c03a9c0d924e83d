package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Without a configured gateway the inbound door is shut for everyone, with a clear 503, never open. */
@ApiIntegrationTest
class InboundUnconfiguredTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void shouldAnswer503ToEveryoneWhileNoGatewayIsConfigured() {
        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(InboundTokens.token());
        bearer.setContentType(MediaType.APPLICATION_JSON);
        bearer.set("Message-Id", "m-1");
        for (ResponseEntity<String> answer : new ResponseEntity[] {
                http.exchange("/api/inbound/dossiers/X/withdrawal", HttpMethod.POST, new HttpEntity<>("{}", bearer), String.class),
                http.withBasicAuth("admin", "admin").exchange("/api/inbound/dossiers/X/payment", HttpMethod.POST,
                        TestFiles.json("{}"), String.class),
                http.getForEntity("/api/inbound/dossiers", String.class)}) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody()).contains("motcua.inbound");
        }
    }
}
