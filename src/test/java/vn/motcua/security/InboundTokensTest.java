package vn.motcua.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import vn.motcua.dossier.InboundTokens;

/**
 * The technical client's token check on its own, with the gateway's keys from a JWK set served over HTTP (a
 * WireMock double of the gateway) and from a PEM file; and the configuration that is not complete is not
 * "configured" (the inbound door then answers 503, InboundUnconfiguredTest).
 */
class InboundTokensTest {

    static final WireMockServer GATEWAY = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        GATEWAY.start();
        GATEWAY.stubFor(get(urlEqualTo("/oauth2/jwks")).willReturn(okJson(new JWKSet(
                new RSAKey.Builder((RSAPublicKey) InboundTokens.GATEWAY.getPublic()).keyID("gw-1").build()).toString())));
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop();
    }

    InboundProperties jwks() {
        return new InboundProperties(InboundTokens.ISSUER, InboundTokens.AUDIENCE, GATEWAY.baseUrl() + "/oauth2/jwks", null,
                InboundTokens.SCOPE, Duration.ofSeconds(60));
    }

    @Test
    void shouldTakeTheGatewaysTokensFromItsJwkSet() {
        JwtDecoder decoder = decoder(jwks());
        assertThat(decoder.decode(InboundTokens.token()).getClaimAsString("client_id")).isEqualTo("dvc-portal");
        assertThatThrownBy(() -> decoder.decode(InboundTokens.sign(InboundTokens.STRANGER, c -> { })))
                .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(InboundTokens.token(c -> c.issuer("https://lgsp.test.binhphuoc.gov.vn/oauth2/"))))
                .as("the issuer must match exactly").isInstanceOf(JwtException.class).hasMessageContaining("iss");
        assertThatThrownBy(() -> decoder.decode(InboundTokens.token(c -> c.audience(java.util.List.of("motcua-test", "x")))))
                .isInstanceOf(JwtException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(InboundTokens.unsigned())).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(InboundTokens.hmacWithThePublicKey())).isInstanceOf(JwtException.class);
    }

    @Test
    void shouldTakeTheGatewaysTokensWithItsPublicKeyFileAndTheSkew() {
        InboundProperties pem = new InboundProperties(InboundTokens.ISSUER, InboundTokens.AUDIENCE, null,
                new FileSystemResource(InboundTokens.PUBLIC_KEY), InboundTokens.SCOPE, Duration.ofSeconds(60));
        JwtDecoder decoder = decoder(pem);
        assertThat(decoder.decode(InboundTokens.token(c -> c.issueTime(Date.from(Instant.now().minusSeconds(300)))
                .expirationTime(Date.from(Instant.now().minusSeconds(30)))))
                .getSubject()).as("within the skew").isEqualTo("dvc-portal");
        assertThatThrownBy(() -> decoder.decode(InboundTokens.token(c -> c.issueTime(Date.from(Instant.now().minusSeconds(300)))
                .expirationTime(Date.from(Instant.now().minusSeconds(120))))))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void shouldCountAsConfiguredOnlyWithIssuerAudienceAndAKey() {
        assertThat(jwks().configured()).isTrue();
        assertThat(new InboundProperties(null, "motcua", "https://x/jwks", null, "s", Duration.ZERO).configured()).isFalse();
        assertThat(new InboundProperties("https://i", " ", "https://x/jwks", null, "s", Duration.ZERO).configured()).isFalse();
        assertThat(new InboundProperties("https://i", "motcua", null, null, "s", Duration.ZERO).configured()).isFalse();
    }

    private static JwtDecoder decoder(InboundProperties properties) {
        return vn.motcua.security.InboundTokens.decoder(properties);
    }
}
