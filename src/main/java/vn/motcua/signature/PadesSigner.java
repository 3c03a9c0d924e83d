package vn.motcua.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES signatures on PDFBox and Bouncy Castle, as an incremental update of the document.
 * <ul>
 * <li>Baseline-B: SubFilter {@code ETSI.CAdES.detached}; a detached CMS SignedData over the byte range with
 * the signed attributes content-type, message-digest and signing-certificate-v2 (SHA-256 of the signer's
 * certificate), and no signing-time attribute (PAdES puts the claimed time in the signature dictionary's
 * {@code M}). The chain goes into the CMS.</li>
 * <li>Baseline-T: when a {@link TsaClient} is given, an RFC 3161 token over the signature value is added as
 * the unsigned attribute signature-time-stamp-token.</li>
 * </ul>
 * Plain Java: no Spring, no engine. One instance can sign many documents.
 */
final class PadesSigner {

    /** Room for the CMS in the file: the chain, and a time-stamp token with the TSA's chain. */
    private static final int SIGNATURE_SIZE = 16_384;
    private static final int SIGNATURE_SIZE_WITH_TIMESTAMP = 32_768;

    private final TsaClient tsa;

    /** @param tsa the time-stamp authority for baseline-T; null for baseline-B */
    PadesSigner(TsaClient tsa) {
        this.tsa = tsa;
    }

    /**
     * Signs the PDF with the key; the signature dictionary names the signer and carries the reason, the
     * location and {@code signingTime} as claimed time.
     */
    byte[] sign(byte[] pdf, SignerKey key, String reason, String location, Instant signingTime) {
        return sign(pdf, key, reason, location, signingTime, null);
    }

    /** As {@link #sign(byte[], SignerKey, String, String, Instant)}, shown on the page when {@code appearance} is given. */
    byte[] sign(byte[] pdf, SignerKey key, String reason, String location, Instant signingTime,
                SignatureAppearance appearance) {
        try (PDDocument doc = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(Certificates.commonName(key.certificate().getSubjectX500Principal()));
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar claimed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            claimed.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(claimed);
            options.setPreferredSignatureSize(tsa == null ? SIGNATURE_SIZE : SIGNATURE_SIZE_WITH_TIMESTAMP);
            if (appearance != null) {
                options.setVisualSignature(appearance.template(doc.getPage(appearance.page()), signature));
                options.setPage(appearance.page());
            }
            doc.addSignature(signature, content -> cms(content, key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("Không ký được tài liệu PDF: " + e.getMessage(), e);
        }
    }

    /** The detached CMS over the byte range PDFBox streams in. */
    private byte[] cms(InputStream content, SignerKey key) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            X509CertificateHolder certificate = new JcaX509CertificateHolder(key.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(certificate))
                    .build(new KeyContentSigner(key), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            if (tsa != null) {
                signed = withTimestamp(signed);
            }
            return signed.getEncoded("DER");
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IOException("cannot build the CMS signature: " + e.getMessage(), e);
        } catch (RuntimeOperatorException e) {
            throw new SigningException("Khóa ký số từ chối ký: " + e.getMessage(), e);
        }
    }

    /** Content type and message digest (added by Bouncy Castle), signing-certificate-v2; no signing time. */
    private static CMSAttributeTableGenerator signedAttributes(X509CertificateHolder certificate) throws IOException {
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                Hashes.sha256(certificate.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())), certificate.getSerialNumber()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private CMSSignedData withTimestamp(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.timestamp(Hashes.sha256(signer.getSignature())).getEncoded();
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** Bouncy Castle's view of a {@link SignerKey}: collects the bytes, lets the key sign them. */
    private static final class KeyContentSigner implements ContentSigner {

        private final SignerKey key;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        KeyContentSigner(SignerKey key) {
            this.key = key;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(key.signatureAlgorithm());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            try {
                return key.sign(buffer.toByteArray());
            } catch (GeneralSecurityException e) {
                throw new RuntimeOperatorException("the key could not sign: " + e.getMessage(), e);
            }
        }
    }
}
