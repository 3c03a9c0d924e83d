package vn.motcua.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Keys and certificates made when the tests run (nothing is kept on disk or in the repository): a trusted
 * test CA, a second CA nobody trusts, and signers. RSA keys are slow to make, so the common ones are shared.
 */
final class TestPki {

    static final Instant NOW = Instant.now();

    static final KeyPair CA_KEYS = Certificates.rsaKeyPair();
    static final X509Certificate CA = Certificates.issue(Certificates.name("Motcua test CA", "Motcua tests"),
            CA_KEYS.getPublic(), null, CA_KEYS.getPrivate(), NOW.minus(Duration.ofDays(3650)),
            NOW.plus(Duration.ofDays(3650)), Certificates.Kind.CA);

    /** The seal of an agency: the organisation's own certificate. */
    static final JcaSignerKey SEAL = signer("UBND thành phố Đồng Xoài", NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));
    static final JcaSignerKey SIGNER = signer("Phạm Văn Hùng", NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)));

    private TestPki() {
    }

    /** A signer certificate issued by the trusted test CA, valid between the two instants. */
    static JcaSignerKey signer(String commonName, Instant notBefore, Instant notAfter) {
        KeyPair keys = Certificates.rsaKeyPair();
        X509Certificate certificate = Certificates.issue(Certificates.name(commonName, "UBND thành phố Đồng Xoài"),
                keys.getPublic(), CA, CA_KEYS.getPrivate(), notBefore, notAfter, Certificates.Kind.SIGNER);
        return new JcaSignerKey(keys.getPrivate(), List.of(certificate, CA), null);
    }

    /** A signer whose CA is nobody's trust anchor. */
    static JcaSignerKey untrustedSigner(String commonName) {
        KeyPair caKeys = Certificates.rsaKeyPair();
        X509Certificate ca = Certificates.issue(Certificates.name("Rogue CA", "Nobody"), caKeys.getPublic(), null,
                caKeys.getPrivate(), NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(365)), Certificates.Kind.CA);
        KeyPair keys = Certificates.rsaKeyPair();
        X509Certificate certificate = Certificates.issue(Certificates.name(commonName, null), keys.getPublic(), ca,
                caKeys.getPrivate(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), Certificates.Kind.SIGNER);
        return new JcaSignerKey(keys.getPrivate(), List.of(certificate, ca), null);
    }

    /** A small unsigned PDF. */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Giay chung nhan dang ky ho kinh doanh");
                cs.endText();
            }
            doc.getDocumentInformation().setCreator("Motcua");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
