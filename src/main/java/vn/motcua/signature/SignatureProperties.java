package vn.motcua.signature;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Signature settings ({@code motcua.signature.*}); docs/signatures.md explains each.
 *
 * @param keystores PKCS#12 keystores by Camunda user id (ids with dots go in brackets:
 *     {@code motcua.signature.keystores.[tiepnhan.binhlong].path})
 * @param tsaUrl an RFC 3161 time-stamp authority; when set, signatures are PAdES baseline-T, else baseline-B
 * @param tsaTimeout how long to wait for the time-stamp authority
 * @param trustStore the certification authorities whose signers are trusted on verification
 * @param demoDir where the demo CA and the demo signers' keystores are created (demo only)
 * @param demoPassword the password of the demo keystores (demo only)
 * @param demoSigners the users who get a demo certificate at start (others get one on their first signature)
 * @param maxVerificationSize the largest PDF the verification endpoint accepts
 * @param signatureImages an image (PNG or JPEG) of each signer's handwritten signature, by Camunda user id,
 *     shown in the visible signature; optional
 */
@ConfigurationProperties("motcua.signature")
public record SignatureProperties(Map<String, Keystore> keystores, URI tsaUrl,
        @DefaultValue("PT20S") Duration tsaTimeout, TrustStore trustStore,
        @DefaultValue("./data/signature") Path demoDir, @DefaultValue("demo") String demoPassword,
        @DefaultValue("lanhdao") List<String> demoSigners, @DefaultValue("20MB") DataSize maxVerificationSize,
        Map<String, Path> signatureImages) {

    public SignatureProperties {
        keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
        demoSigners = demoSigners == null ? List.of() : List.copyOf(demoSigners);
        signatureImages = signatureImages == null ? Map.of() : Map.copyOf(signatureImages);
    }

    /**
     * A signer's keystore.
     *
     * @param alias the key entry; may be left out when the keystore holds one key
     */
    public record Keystore(Path path, String password, String alias, @DefaultValue("PKCS12") String type) {
    }

    /** A keystore of trusted CA certificates (PKCS12 or JKS). */
    public record TrustStore(Path path, String password, @DefaultValue("PKCS12") String type) {
    }
}
