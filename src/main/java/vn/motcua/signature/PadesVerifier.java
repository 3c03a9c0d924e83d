package vn.motcua.signature;

import static vn.motcua.signature.VerificationReport.Status.INVALID;
import static vn.motcua.signature.VerificationReport.Status.MODIFIED_AFTER_SIGNING;
import static vn.motcua.signature.VerificationReport.Status.VALID;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Verifies the last signature of a PDF (the one that must cover the file as it is now):
 * <ol>
 * <li>its byte range starts at 0, skips exactly the signature's hex string and ends at the end of the file:
 * any byte appended after signing makes the document {@code MODIFIED_AFTER_SIGNING};</li>
 * <li>the CMS: the message digest against the signed bytes (a mismatch: {@code MODIFIED_AFTER_SIGNING}),
 * the signature value, the signing-certificate-v2 attribute against the signer's certificate, the signature
 * time stamp when there is one (its imprint and its own signature);</li>
 * <li>the signer's certificate and its issuers: valid at the signing time (the time stamp's, else the
 * claimed one) and chained to one of the trusted certificates (PKIX, no revocation check).</li>
 * </ol>
 * Plain Java: no Spring. Reasons come in Vietnamese and English.
 */
final class PadesVerifier {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> trusted;
    private final ZoneId zone;

    PadesVerifier(Collection<X509Certificate> trusted, ZoneId zone) {
        this.trusted = List.copyOf(trusted);
        this.anchors = trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
        this.zone = zone;
    }

    private record Found(int[] byteRange, Instant claimedTime) {
    }

    /** @throws NotAPdfException when the bytes are not a readable PDF */
    VerificationReport verify(byte[] pdf) {
        List<Found> signatures = signatures(pdf);
        if (signatures.isEmpty()) {
            return VerificationReport.unsigned();
        }
        List<Found> inOrder = new ArrayList<>(signatures);
        inOrder.sort(java.util.Comparator.comparingLong(f -> end(f.byteRange())));
        Found last = inOrder.get(inOrder.size() - 1);
        List<VerificationReport.Signature> each = new ArrayList<>();
        VerificationReport firstBad = null;
        VerificationReport lastReport = null;
        for (Found f : inOrder) {
            // an earlier signature (the signer's, before the seal) is followed by the later ones' updates
            VerificationReport r = new Check(pdf, f, signatures.size(), f != last).run();
            each.add(new VerificationReport.Signature(r.signerName(), r.signingTime(), r.status(), r.reason()));
            if (firstBad == null && !r.valid()) {
                firstBad = r;
            }
            lastReport = r;
        }
        VerificationReport verdict = firstBad != null ? firstBad : lastReport;
        return verdict.withSignatures(each);
    }

    private static long end(int[] range) {
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    private static List<Found> signatures(byte[] pdf) {
        String head = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new NotAPdfException("no %PDF- header", null);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Found> found = new ArrayList<>();
            for (PDSignature s : doc.getSignatureDictionaries()) {
                found.add(new Found(s.getByteRange(), s.getSignDate() == null ? null : s.getSignDate().toInstant()));
            }
            return found;
        } catch (IOException e) {
            throw new NotAPdfException("unreadable PDF: " + e.getMessage(), e);
        }
    }

    /** One signature's check; collects what it learns on the way for the report. */
    private final class Check {

        private final byte[] pdf;
        private final Found found;
        private final int count;
        private final boolean coveredByLater;
        private String signerName;
        private Instant signingTime;
        private boolean timestamped;
        private List<String> chain = List.of();

        Check(byte[] pdf, Found found, int count, boolean coveredByLater) {
            this.pdf = pdf;
            this.coveredByLater = coveredByLater;
            this.found = found;
            this.count = count;
            this.signingTime = found.claimedTime();
        }

        private VerificationReport report(VerificationReport.Status status, String vi, String en) {
            return new VerificationReport(status, signerName, signingTime, timestamped, chain, count, vi, en);
        }

        VerificationReport run() {
            int[] r = found.byteRange();
            if (r == null || r.length != 4 || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] + 1 || r[3] < 0
                    || end(r) > pdf.length || pdf[r[1]] != '<' || pdf[r[2] - 1] != '>') {
                return report(INVALID, "Phạm vi ký (ByteRange) của chữ ký không hợp lệ.",
                        "The signature's byte range is malformed.");
            }
            CMSSignedData cms;
            SignerInformation signer;
            X509Certificate certificate;
            List<X509Certificate> embedded = new ArrayList<>();
            try {
                byte[] contents = contents(r);
                byte[] signed = new byte[r[1] + r[3]];
                System.arraycopy(pdf, 0, signed, 0, r[1]);
                System.arraycopy(pdf, r[2], signed, r[1], r[3]);
                cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
                Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
                if (signers.size() != 1) {
                    return report(INVALID, "Chữ ký phải có đúng một người ký (có " + signers.size() + ").",
                            "The signature must have exactly one signer (it has " + signers.size() + ").");
                }
                signer = signers.iterator().next();
                JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
                for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
                    embedded.add(converter.getCertificate(h));
                }
                Collection<X509CertificateHolder> own = cms.getCertificates().getMatches(signer.getSID());
                if (own.isEmpty()) {
                    return report(INVALID, "Chữ ký không kèm chứng thư số của người ký.",
                            "The signature does not carry the signer's certificate.");
                }
                certificate = converter.getCertificate(own.iterator().next());
            } catch (IllegalArgumentException | CMSException | GeneralSecurityException e) {
                return report(INVALID, "Chữ ký số bị hỏng, không đọc được.", "The signature is damaged and cannot be read.");
            }
            signerName = Certificates.commonName(certificate.getSubjectX500Principal());
            chain = order(certificate, embedded).stream()
                    .map(c -> Certificates.readable(c.getSubjectX500Principal())).toList();

            try {
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return report(INVALID, "Giá trị chữ ký số không hợp lệ.", "The signature value does not verify.");
                }
            } catch (CMSSignerDigestMismatchException e) {
                return report(MODIFIED_AFTER_SIGNING, "Nội dung tài liệu đã bị thay đổi sau khi ký (giá trị băm không khớp).",
                        "The document's content was changed after signing (message digest mismatch).");
            } catch (CMSException | OperatorCreationException | RuntimeException e) {
                return report(INVALID, "Giá trị chữ ký số không hợp lệ.", "The signature value does not verify.");
            }
            if (end(r) < pdf.length && !coveredByLater) {
                long extra = pdf.length - end(r);
                return report(MODIFIED_AFTER_SIGNING, "Tài liệu đã bị thêm nội dung sau khi ký (" + extra
                        + " byte nằm ngoài phạm vi chữ ký).", "Bytes were added to the document after it was signed ("
                        + extra + " bytes outside the signed range).");
            }
            if (!signingCertificateMatches(signer, certificate)) {
                return report(INVALID, "Thuộc tính chứng thư ký (signing-certificate-v2) không khớp chứng thư số của người ký.",
                        "The signing-certificate-v2 attribute does not match the signer's certificate.");
            }
            Attribute stamp = signer.getUnsignedAttributes() == null ? null
                    : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (stamp != null) {
                timestamped = true;
                try {
                    signingTime = timestamp(stamp, signer.getSignature());
                } catch (TSPException | IOException | OperatorCreationException | GeneralSecurityException
                         | IllegalArgumentException e) {
                    return report(INVALID, "Dấu thời gian của chữ ký không hợp lệ.", "The signature time stamp is not valid.");
                }
            }
            return certificates(certificate, embedded);
        }

        private byte[] contents(int[] r) {
            String hex = new String(pdf, r[1] + 1, r[2] - r[1] - 2, StandardCharsets.ISO_8859_1).strip();
            if (hex.length() % 2 == 1) {
                hex = hex + "0";
            }
            return HexFormat.of().parseHex(hex);
        }

        private Instant timestamp(Attribute stamp, byte[] signatureValue)
                throws TSPException, IOException, OperatorCreationException, GeneralSecurityException {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(stamp.getAttrValues().getObjectAt(0)));
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(token.getTimeStampInfo().getMessageImprintAlgOID()));
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signatureValue);
            }
            if (!Arrays.equals(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
                throw new TSPException("imprint does not match the signature value");
            }
            Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
            if (tsa.isEmpty()) {
                throw new TSPException("the token does not carry the TSA certificate");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.iterator().next()));
            return token.getTimeStampInfo().getGenTime().toInstant();
        }

        private VerificationReport certificates(X509Certificate certificate, List<X509Certificate> embedded) {
            Instant at = signingTime == null ? Instant.now() : signingTime;
            List<X509Certificate> path = order(certificate, embedded);
            for (X509Certificate c : path) {
                boolean own = c.equals(certificate);
                String whoVi = own ? "của người ký" : "của tổ chức cấp (" + Certificates.commonName(c.getSubjectX500Principal()) + ")";
                String whoEn = own ? "The signer's certificate" : "The issuer's certificate ("
                        + Certificates.commonName(c.getSubjectX500Principal()) + ")";
                try {
                    c.checkValidity(Date.from(at));
                } catch (CertificateExpiredException e) {
                    return report(INVALID, "Chứng thư số " + whoVi + " đã hết hạn tại thời điểm ký (hết hạn ngày "
                            + VI_DATE.format(c.getNotAfter().toInstant().atZone(zone)) + ").",
                            whoEn + " had expired at signing time (expired on "
                            + EN_DATE.format(c.getNotAfter().toInstant().atZone(zone)) + ").");
                } catch (CertificateNotYetValidException e) {
                    return report(INVALID, "Chứng thư số " + whoVi + " chưa có hiệu lực tại thời điểm ký (hiệu lực từ ngày "
                            + VI_DATE.format(c.getNotBefore().toInstant().atZone(zone)) + ").",
                            whoEn + " was not yet valid at signing time (valid from "
                            + EN_DATE.format(c.getNotBefore().toInstant().atZone(zone)) + ").");
                }
            }
            String issuer = Certificates.readable(path.get(path.size() - 1).getIssuerX500Principal());
            if (anchors.isEmpty()) {
                return report(INVALID, "Chưa cấu hình danh sách tổ chức chứng thực tin cậy (motcua.signature.trust-store).",
                        "No trusted certification authority is configured (motcua.signature.trust-store).");
            }
            try {
                X509CertSelector target = new X509CertSelector();
                target.setCertificate(certificate);
                PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(embedded)));
                PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
                List<String> subjects = new ArrayList<>();
                result.getCertPath().getCertificates().forEach(c ->
                        subjects.add(Certificates.readable(((X509Certificate) c).getSubjectX500Principal())));
                subjects.add(Certificates.readable(result.getTrustAnchor().getTrustedCert().getSubjectX500Principal()));
                chain = List.copyOf(new LinkedHashSet<>(subjects));
            } catch (CertPathBuilderException e) {
                return report(INVALID, "Chứng thư số của người ký không do tổ chức chứng thực tin cậy cấp (tổ chức cấp: "
                        + issuer + ").", "The signer's certificate was not issued by a trusted certification authority "
                        + "(issuer: " + issuer + ").");
            } catch (GeneralSecurityException e) {
                return report(INVALID, "Không kiểm tra được chuỗi chứng thư số: " + e.getMessage(),
                        "The certificate chain could not be checked: " + e.getMessage());
            }
            return report(VALID, "Chữ ký số hợp lệ: tài liệu không bị thay đổi từ khi ký; chứng thư số của người ký còn "
                    + "hiệu lực tại thời điểm ký và do tổ chức chứng thực tin cậy cấp.",
                    "The signature is valid: the document is unchanged since signing, and the signer's certificate was "
                    + "valid at signing time and issued by a trusted certification authority.");
        }

        private boolean signingCertificateMatches(SignerInformation signer, X509Certificate certificate) {
            Attribute attribute = signer.getSignedAttributes() == null ? null
                    : signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (attribute == null) {
                return true; // not required outside PAdES; the digest over the signer's certificate is checked when present
            }
            try {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
                DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(id.getHashAlgorithm());
                try (OutputStream out = digest.getOutputStream()) {
                    out.write(certificate.getEncoded());
                }
                return Arrays.equals(digest.getDigest(), id.getCertHash());
            } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
                return false;
            }
        }
    }

    /** The signer's certificate, then each issuer found among the embedded and trusted certificates. */
    private List<X509Certificate> order(X509Certificate certificate, List<X509Certificate> embedded) {
        List<X509Certificate> candidates = new ArrayList<>(embedded);
        candidates.addAll(trusted);
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = certificate;
        while (current != null && !path.contains(current) && path.size() < 10) {
            path.add(current);
            if (current.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                break;
            }
            X509Certificate from = current;
            current = candidates.stream().filter(c -> c.getSubjectX500Principal().equals(from.getIssuerX500Principal()))
                    .filter(c -> verifies(from, c)).findFirst().orElse(null);
        }
        return path;
    }

    private static boolean verifies(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
