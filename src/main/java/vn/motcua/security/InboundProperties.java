package vn.motcua.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The technical client of {@code /api/inbound} ({@code motcua.inbound.*}, docs/security.md "Technical client"): the
 * LGSP's gateway issues it OAuth2 client-credentials access tokens (signed JWTs); Motcua checks them against the
 * gateway's key, its issuer and Motcua's audience, and lets only the inbound scope in. Without issuer, audience and
 * a key the inbound endpoints answer 503 to everyone.
 *
 * @param issuer            the gateway's issuer ({@code iss}), exactly as it writes it
 * @param audience          the audience the gateway writes for Motcua ({@code aud} must contain it)
 * @param jwkSetUri         the gateway's JWK set (HTTPS), or
 * @param publicKeyLocation its RSA public key as a PEM file ({@code file:/etc/motcua/lgsp-gateway.pem})
 * @param scope             the one scope that opens the inbound endpoints (allow-list of one)
 * @param clockSkew         tolerance on {@code exp}/{@code nbf}
 */
@ConfigurationProperties("motcua.inbound")
record InboundProperties(String issuer, String audience, String jwkSetUri, Resource publicKeyLocation,
                         @DefaultValue("motcua.inbound") String scope, @DefaultValue("PT60S") Duration clockSkew) {

    boolean configured() {
        return present(issuer) && present(audience) && (present(jwkSetUri) || publicKeyLocation != null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
