package vn.motcua.signature;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key reachable through the JCA: a software key from a PKCS#12 file, or a private-key handle of a
 * PKCS#11 token with the token's provider.
 *
 * @param provider the JCA provider that holds the key; null for the default providers
 */
record JcaSignerKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) implements SignerKey {

    JcaSignerKey {
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a signer key needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    @Override
    public String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("unsupported key algorithm " + privateKey.getAlgorithm());
        };
    }

    @Override
    public byte[] sign(byte[] data) throws GeneralSecurityException {
        Signature signature = provider == null ? Signature.getInstance(signatureAlgorithm())
                : Signature.getInstance(signatureAlgorithm(), provider);
        signature.initSign(privateKey);
        signature.update(data);
        return signature.sign();
    }

    @Override
    public String toString() {
        return "JcaSignerKey[" + chain.get(0).getSubjectX500Principal() + "]";
    }
}
