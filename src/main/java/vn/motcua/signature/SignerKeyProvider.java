package vn.motcua.signature;

import java.util.Optional;

/**
 * Port: where a signer's key comes from, by Camunda user id. Every Spring bean implementing it is asked in
 * {@link org.springframework.core.annotation.Order order}; the first that has a key for the user signs.
 *
 * <p>Shipped: PKCS#12 keystores configured per user ({@code motcua.signature.keystores.<userId>.*}) and,
 * in the demo, keys issued by a demo CA. Not shipped, by design: PKCS#11 tokens and HSMs. A USB token
 * plugged into the server is reached through the JDK's SunPKCS11 provider: configure the provider with the
 * token's library, load its {@code KeyStore.getInstance("PKCS11", provider)} with the PIN, and return a
 * {@link SignerKey} whose {@code sign} uses {@code Signature.getInstance(algorithm, provider)} on the
 * token's private-key handle; the key never leaves the token. A network HSM implements {@link SignerKey#sign}
 * with its client library. docs/signatures.md walks through both.
 */
public interface SignerKeyProvider {

    /** The user's signing key, or empty when this provider has none for the user. */
    Optional<SignerKey> find(String userId);

    /** The prefix of the key id of an agency's seal: {@code seal-<agency code>}. */
    String SEAL_PREFIX = "seal-";

    /**
     * The agency's seal key (the organisation's own certificate), by default the key this provider has under the
     * id {@code seal-<agencyCode>} (e.g. {@code motcua.signature.keystores.[seal-000.00.20.H10]}).
     */
    default Optional<SignerKey> findSeal(String agencyCode, String agencyName) {
        return find(SEAL_PREFIX + agencyCode);
    }
}
