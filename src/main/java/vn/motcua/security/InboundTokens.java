package vn.motcua.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Decodes the technical client's access tokens: RS256 only (an unsigned {@code alg=none} token, an HMAC token or one
 * signed by another key fails), issuer equal to the configured one, audience containing Motcua's, an expiry that must
 * be present and not passed (with the configured skew).
 */
final class InboundTokens {

    private InboundTokens() {
    }

    static JwtDecoder decoder(InboundProperties properties) {
        NimbusJwtDecoder decoder = properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusJwtDecoder.withPublicKey(publicKey(properties)).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(InboundProperties properties) {
        String audience = properties.audience();
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
    }

    private static RSAPublicKey publicKey(InboundProperties properties) {
        try (InputStream in = properties.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("motcua.inbound.public-key-location: không đọc được khóa công khai RSA (PEM)", e);
        }
    }
}
