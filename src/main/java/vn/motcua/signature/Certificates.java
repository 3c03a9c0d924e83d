package vn.motcua.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Issues X.509 certificates: the demo CA and its signers, and the test PKI. Not for production keys. */
final class Certificates {

    enum Kind { CA, SIGNER, TIME_STAMPING }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A name such as {@code CN=Phạm Văn Hùng, O=..., C=VN} (UTF-8 strings). */
    static X500Name name(String commonName, String organization) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organization != null) {
            builder.addRDN(BCStyle.O, organization);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    /** Self-signed when {@code issuerKey} is the subject's own key and {@code issuer} is null. */
    static X509Certificate issue(X500Name subject, PublicKey subjectKey, X509Certificate issuer, PrivateKey issuerKey,
                                 Instant notBefore, Instant notAfter, Kind kind) {
        try {
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(96, RANDOM).setBit(95), Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
            }
            switch (kind) {
                case CA -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                }
                case SIGNER -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                }
                case TIME_STAMPING -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                }
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + subject, e);
        }
    }

    /** The common name of a certificate's subject (UTF-8, as written), or the whole name when it has none. */
    static String commonName(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        var cns = name.getRDNs(BCStyle.CN);
        return cns.length == 0 ? principal.getName() : IETFUtils.valueToString(cns[0].getFirst().getValue());
    }

    /** The subject as people read it, most specific first: "CN=Phạm Văn Hùng,O=Motcua demo,C=VN". */
    static String readable(X500Principal principal) {
        RDN[] rdns = X500Name.getInstance(principal.getEncoded()).getRDNs();
        StringBuilder out = new StringBuilder();
        for (int i = rdns.length - 1; i >= 0; i--) {
            AttributeTypeAndValue first = rdns[i].getFirst();
            String type = BCStyle.INSTANCE.oidToDisplayName(first.getType());
            out.append(out.isEmpty() ? "" : ",").append(type == null ? first.getType().getId() : type).append('=')
                    .append(IETFUtils.valueToString(first.getValue()));
        }
        return out.toString();
    }
}
