package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class SignerKeysTest {

    @TempDir
    Path dir;

    static SignatureProperties properties(Map<String, SignatureProperties.Keystore> keystores, Path demoDir) {
        return new SignatureProperties(keystores, null, Duration.ofSeconds(5), null, demoDir, "demo", List.of("lanhdao"),
                DataSize.ofMegabytes(1), null);
    }

    @Test
    void shouldReadTheConfiguredPkcs12KeystoreOfAUser() {
        Path file = dir.resolve("lanhdao.p12");
        Keystores.savePkcs12(file, "ky-so", TestPki.SIGNER.privateKey(), TestPki.SIGNER.chain(), "secret".toCharArray());
        Pkcs12SignerKeyProvider provider = new Pkcs12SignerKeyProvider(properties(Map.of(
                "lanhdao", new SignatureProperties.Keystore(file, "secret", null, "PKCS12")), dir));

        SignerKey key = provider.find("lanhdao").orElseThrow();

        assertThat(key.certificate()).isEqualTo(TestPki.SIGNER.certificate());
        assertThat(key.chain()).hasSize(2);
        assertThat(provider.find("chuyenvien")).isEmpty();
    }

    @Test
    void shouldSayWhatIsWrongWithAKeystore() {
        Path file = dir.resolve("lanhdao.p12");
        Keystores.savePkcs12(file, "ky-so", TestPki.SIGNER.privateKey(), TestPki.SIGNER.chain(), "secret".toCharArray());
        assertThatThrownBy(() -> new Pkcs12SignerKeyProvider(properties(Map.of("lanhdao",
                new SignatureProperties.Keystore(file, "wrong", null, "PKCS12")), dir)).find("lanhdao"))
                .isInstanceOf(SigningException.class).hasMessageContaining("lanhdao.p12");
        assertThatThrownBy(() -> new Pkcs12SignerKeyProvider(properties(Map.of("lanhdao",
                new SignatureProperties.Keystore(file, "secret", "other", "PKCS12")), dir)).find("lanhdao"))
                .isInstanceOf(SigningException.class).hasMessageContaining("'other'");
    }

    @Test
    void shouldMakeTheDemoCaAndASignerNamedAfterTheUserOnceAndKeepThem() throws Exception {
        Clock clock = Clock.systemUTC();
        DemoCertificateAuthority authority = new DemoCertificateAuthority(dir, "demo", clock);

        JcaSignerKey key = authority.signer("lanhdao", Optional.of("Phạm Văn Hùng"));

        assertThat(Files.exists(dir.resolve("demo-ca.p12"))).isTrue();
        assertThat(Files.exists(dir.resolve("signers/lanhdao.p12"))).isTrue();
        assertThat(Certificates.commonName(key.certificate().getSubjectX500Principal())).isEqualTo("Phạm Văn Hùng");
        assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(authority.caCertificate().getSubjectX500Principal());

        DemoCertificateAuthority restarted = new DemoCertificateAuthority(dir, "demo", clock);
        assertThat(restarted.caCertificate()).isEqualTo(authority.caCertificate());
        assertThat(restarted.signer("lanhdao", Optional.of("Other Name")).certificate()).isEqualTo(key.certificate());
        assertThatThrownBy(() -> restarted.signer("../etc", Optional.empty())).isInstanceOf(SigningException.class);

        byte[] signed = new PadesSigner(null).sign(TestPki.pdf(), key, "r", "l", Instant.now());
        VerificationReport report = new PadesVerifier(List.of(restarted.caCertificate()), ZoneId.of("Asia/Ho_Chi_Minh"))
                .verify(signed);
        assertThat(report.status()).isEqualTo(VerificationReport.Status.VALID);
        assertThat(report.signerName()).isEqualTo("Phạm Văn Hùng");
    }

    @Test
    void shouldAskTheProvidersInOrderAndNameTheMissingKey() {
        SignerKeyProvider none = userId -> Optional.empty();
        SignerKeyProvider test = userId -> "lanhdao".equals(userId) ? Optional.of(TestPki.SIGNER) : Optional.empty();
        SigningService signing = new SigningService(List.of(none, test), properties(Map.of(), dir), Clock.systemUTC(),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThat(signing.signerName("lanhdao")).isEqualTo("Phạm Văn Hùng");
        SignedDocument signed = signing.sign(TestPki.pdf(), "lanhdao", "r", "l");
        assertThat(signed.sha256()).hasSize(64).isEqualTo(Hashes.sha256Hex(signed.bytes()));
        assertThatThrownBy(() -> signing.sign(TestPki.pdf(), "chuyenvien", "r", "l"))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("chuyenvien").hasMessageContaining("motcua.signature.keystores.chuyenvien");
    }

    @Test
    void shouldFindThePlaceInTheAgencyName() {
        assertThat(ResultSigning.placeOf("UBND thành phố Đồng Xoài")).isEqualTo("Đồng Xoài");
        assertThat(ResultSigning.placeOf("UBND thị xã Bình Long")).isEqualTo("Bình Long");
        assertThat(ResultSigning.placeOf("Sở Tư pháp tỉnh Bình Phước")).isEqualTo("Bình Phước");
        assertThat(ResultSigning.placeOf("UBND phường Tân Phú")).isEqualTo("Tân Phú");
        assertThat(ResultSigning.placeOf("Bộ Kế hoạch và Đầu tư")).isNull();
    }
}
