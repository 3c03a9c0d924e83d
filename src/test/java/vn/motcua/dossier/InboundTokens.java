package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * A test LGSP gateway: an RSA key whose public half Motcua is configured with (a PEM file), and access tokens
 * signed with it, or deliberately wrong ones (another key, another issuer or audience, expired, unsigned, HMAC).
 */
public final class InboundTokens {

    public static final String ISSUER = "https://lgsp.test.binhphuoc.gov.vn/oauth2";
    public static final String AUDIENCE = "motcua";
    public static final String SCOPE = "motcua.inbound";
    public static final KeyPair GATEWAY = rsa();
    public static final KeyPair STRANGER = rsa();
    public static final Path PUBLIC_KEY = pem(GATEWAY);

    private InboundTokens() {
    }

    /** A valid token of client "dvc-portal" with the inbound scope, changed by {@code change}. */
    public static String token(Consumer<JWTClaimsSet.Builder> change) {
        return sign(GATEWAY, change);
    }

    public static String token() {
        return token(c -> { });
    }

    public static String sign(KeyPair key, Consumer<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(change));
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned() {
        return new PlainJWT(claims(c -> { })).serialize();
    }

    /** HS256 with the gateway's public key as the shared secret (the classic key-confusion attack). */
    public static String hmacWithThePublicKey() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> { }));
            jwt.sign(new MACSigner(((RSAPublicKey) GATEWAY.getPublic()).getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(List.of(AUDIENCE))
                .subject("dvc-portal").claim("client_id", "dvc-portal").claim("scope", SCOPE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        change.accept(claims);
        return claims.build();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path pem(KeyPair key) {
        try {
            Path file = Files.createTempFile("lgsp-gateway", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
