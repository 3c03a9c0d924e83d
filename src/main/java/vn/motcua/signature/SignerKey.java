package vn.motcua.signature;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's key as the signature code needs it: the certificate chain and a way to sign bytes. The private
 * key itself need not be reachable: a USB token or an HSM signs inside the device (see
 * {@link SignerKeyProvider} and docs/signatures.md).
 */
public interface SignerKey {

    /** The signer's certificate first, then its issuers (the root may be left out). */
    List<X509Certificate> chain();

    /** The JCA signature algorithm, e.g. {@code SHA256withRSA} or {@code SHA256withECDSA}. */
    String signatureAlgorithm();

    /** Signs {@code data} (the DER of the CMS signed attributes) with {@link #signatureAlgorithm()}. */
    byte[] sign(byte[] data) throws GeneralSecurityException;

    default X509Certificate certificate() {
        return chain().get(0);
    }
}
