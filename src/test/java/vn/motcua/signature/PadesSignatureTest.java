package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.signature.VerificationReport.Status.INVALID;
import static vn.motcua.signature.VerificationReport.Status.MODIFIED_AFTER_SIGNING;
import static vn.motcua.signature.VerificationReport.Status.UNSIGNED;
import static vn.motcua.signature.VerificationReport.Status.VALID;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

class PadesSignatureTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PadesSigner signer = new PadesSigner(null);
    private final PadesVerifier verifier = new PadesVerifier(List.of(TestPki.CA), ZONE);

    private byte[] signed(JcaSignerKey key, Instant at) {
        return signer.sign(TestPki.pdf(), key, "Phê duyệt kết quả", "Đồng Xoài", at);
    }

    @Test
    void shouldVerifyASignedResultAsValidWithTheSignersName() throws Exception {
        byte[] pdf = signed(TestPki.SIGNER, Instant.now());

        VerificationReport report = verifier.verify(pdf);

        assertThat(report.status()).as(report.reasonEn()).isEqualTo(VALID);
        assertThat(report.signerName()).isEqualTo("Phạm Văn Hùng");
        assertThat(report.signatureCount()).isOne();
        assertThat(report.timestamped()).isFalse();
        assertThat(report.signingTime()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(report.certificateChain()).hasSize(2);
        assertThat(report.certificateChain().get(0)).contains("CN=Phạm Văn Hùng");
        assertThat(report.certificateChain().get(1)).contains("CN=Motcua test CA");
        assertThat(report.reason()).startsWith("Chữ ký số hợp lệ");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("Phạm Văn Hùng");
            assertThat(signature.getReason()).isEqualTo("Phê duyệt kết quả");
            SignerInformation info = new CMSSignedData(signature.getContents(pdf)).getSignerInfos().iterator().next();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime))
                    .as("PAdES: no signing-time attribute").isNull();
            assertThat(info.getUnsignedAttributes()).isNull();
        }
    }

    @Test
    void shouldReportAChangedByteAsModified() {
        byte[] pdf = signed(TestPki.SIGNER, Instant.now());
        int at = indexOf(pdf, "Motcua");
        pdf[at] = 'N';

        VerificationReport report = verifier.verify(pdf);

        assertThat(report.status()).isEqualTo(MODIFIED_AFTER_SIGNING);
        assertThat(report.reason()).contains("đã bị thay đổi sau khi ký");
        assertThat(report.reasonEn()).contains("changed after signing");
        assertThat(report.signerName()).isEqualTo("Phạm Văn Hùng");
    }

    @Test
    void shouldReportABrokenSignatureValueAsInvalid() throws Exception {
        byte[] pdf = signed(TestPki.SIGNER, Instant.now());
        int[] range;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        // the signature value sits near the end of the CMS, before the zero padding
        String hex = new String(pdf, range[1] + 1, range[2] - range[1] - 2, StandardCharsets.ISO_8859_1);
        int lastNonZero = hex.replaceAll("0+$", "").length() - 1;
        int at = range[1] + 1 + lastNonZero - 20;
        pdf[at] = (byte) (pdf[at] == 'A' ? 'B' : 'A');

        VerificationReport report = verifier.verify(pdf);

        assertThat(report.status()).isEqualTo(INVALID);
        assertThat(report.reasonEn()).containsAnyOf("does not verify", "damaged");
    }

    @Test
    void shouldReportAppendedBytesAsModified() {
        byte[] signed = signed(TestPki.SIGNER, Instant.now());
        byte[] pdf = Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n%appended\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, signed.length, 11);

        VerificationReport report = verifier.verify(pdf);

        assertThat(report.status()).isEqualTo(MODIFIED_AFTER_SIGNING);
        assertThat(report.reason()).contains("thêm nội dung sau khi ký", "12 byte");
    }

    @Test
    void shouldReportAnIncrementalUpdateAfterSigningAsModified() throws Exception {
        byte[] signed = signed(TestPki.SIGNER, Instant.now());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setTitle("Đã sửa sau khi ký");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }

        VerificationReport report = verifier.verify(out.toByteArray());

        assertThat(report.status()).isEqualTo(MODIFIED_AFTER_SIGNING);
    }

    @Test
    void shouldReportAnExpiredCertificateAsInvalid() {
        JcaSignerKey expired = TestPki.signer("Lê Thị Hoa", Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(35)));

        VerificationReport report = verifier.verify(signed(expired, Instant.now()));

        assertThat(report.status()).isEqualTo(INVALID);
        assertThat(report.signerName()).isEqualTo("Lê Thị Hoa");
        assertThat(report.reason()).contains("Chứng thư số của người ký đã hết hạn tại thời điểm ký");
        assertThat(report.reasonEn()).contains("had expired at signing time");
    }

    @Test
    void shouldReportACertificateNotYetValidAsInvalid() {
        JcaSignerKey future = TestPki.signer("Lê Thị Hoa", Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(300)));

        VerificationReport report = verifier.verify(signed(future, Instant.now()));

        assertThat(report.status()).isEqualTo(INVALID);
        assertThat(report.reason()).contains("chưa có hiệu lực");
    }

    @Test
    void shouldReportACertificateFromAnUntrustedAuthorityAsInvalid() {
        VerificationReport report = verifier.verify(signed(TestPki.untrustedSigner("Kẻ Giả Mạo"), Instant.now()));

        assertThat(report.status()).isEqualTo(INVALID);
        assertThat(report.signerName()).isEqualTo("Kẻ Giả Mạo");
        assertThat(report.reason()).contains("không do tổ chức chứng thực tin cậy cấp", "Rogue CA");
        assertThat(report.reasonEn()).contains("not issued by a trusted certification authority");
    }

    @Test
    void shouldReportANoTrustStoreAsInvalid() {
        VerificationReport report = new PadesVerifier(List.of(), ZONE).verify(signed(TestPki.SIGNER, Instant.now()));

        assertThat(report.status()).isEqualTo(INVALID);
        assertThat(report.reason()).contains("motcua.signature.trust-store");
    }

    @Test
    void shouldReportAnUnsignedPdfAsUnsigned() {
        VerificationReport report = verifier.verify(TestPki.pdf());

        assertThat(report.status()).isEqualTo(UNSIGNED);
        assertThat(report.signatureCount()).isZero();
        assertThat(report.reason()).isEqualTo("Tài liệu không có chữ ký số.");
    }

    @Test
    void shouldRefuseWhatIsNotAPdf() {
        assertThatThrownBy(() -> verifier.verify("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(NotAPdfException.class);
        assertThatThrownBy(() -> verifier.verify("%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(NotAPdfException.class);
    }

    @Test
    void shouldAddASignatureTimeStampFromTheTsaForBaselineT() throws Exception {
        try (LocalTsa tsa = new LocalTsa()) {
            PadesSigner withTsa = new PadesSigner(new TsaClient(tsa.url(), Duration.ofSeconds(10)));
            Instant claimed = Instant.now().minus(Duration.ofHours(2));
            byte[] pdf = withTsa.sign(TestPki.pdf(), TestPki.SIGNER, "Phê duyệt", "Đồng Xoài", claimed);

            assertThat(tsa.requests()).isOne();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDSignature signature = doc.getLastSignatureDictionary();
                SignerInformation info = new CMSSignedData(signature.getContents(pdf)).getSignerInfos().iterator().next();
                assertThat(info.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
                        .as("signature-time-stamp-token").isNotNull();
            }
            VerificationReport report = verifier.verify(pdf);
            assertThat(report.status()).as(report.reasonEn()).isEqualTo(VALID);
            assertThat(report.timestamped()).isTrue();
            assertThat(report.signingTime()).as("the time stamp's time, not the claimed one")
                    .isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        }
    }

    @Test
    void shouldFailClearlyWhenTheTsaIsUnreachable() throws Exception {
        java.net.URI closed;
        try (LocalTsa tsa = new LocalTsa()) {
            closed = tsa.url();
        }
        PadesSigner withTsa = new PadesSigner(new TsaClient(closed, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> withTsa.sign(TestPki.pdf(), TestPki.SIGNER, "r", "l", Instant.now()))
                .isInstanceOf(SigningException.class).hasMessageContaining("dấu thời gian");
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(d.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(text + " not found");
    }
}
