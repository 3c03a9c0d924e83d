package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed result checked by an independent tool: poppler's {@code pdfsig} (Debian package poppler-utils).
 * Its certificate check fails on our test CA, which is in no system store; the signature check must pass.
 */
class PdfsigTest {

    @TempDir
    Path dir;

    static String pdfsig;

    @BeforeAll
    static void findPdfsig() {
        pdfsig = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "pdfsig")).filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
        assumeTrue(pdfsig != null, "pdfsig is not installed: apt-get install -y poppler-utils (the CI installs it)");
    }

    private String run(Path file) throws Exception {
        Process process = new ProcessBuilder(pdfsig, file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldBeValidForPdfsig() throws Exception {
        Path file = dir.resolve("signed.pdf");
        Files.write(file, new PadesSigner(null).sign(TestPki.pdf(), TestPki.SIGNER, "Phê duyệt kết quả", "Đồng Xoài",
                Instant.now()));

        String out = run(file);

        assertThat(out).contains("Signature #1", "Phạm Văn Hùng", "ETSI.CAdES.detached", "Signature is Valid.",
                "Total document signed");
    }

    @Test
    void shouldBeValidForPdfsigWithATimeStamp() throws Exception {
        try (LocalTsa tsa = new LocalTsa()) {
            Path file = dir.resolve("signed-t.pdf");
            Files.write(file, new PadesSigner(new TsaClient(tsa.url(), Duration.ofSeconds(10)))
                    .sign(TestPki.pdf(), TestPki.SIGNER, "Phê duyệt", "Đồng Xoài", Instant.now()));

            assertThat(run(file)).contains("Signature #1", "Signature is Valid.");
        }
    }

    @Test
    void shouldBeInvalidForPdfsigWhenChanged() throws Exception {
        byte[] pdf = new PadesSigner(null).sign(TestPki.pdf(), TestPki.SIGNER, "r", "l", Instant.now());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        pdf[text.indexOf("Motcua")] = 'N';
        Path file = dir.resolve("changed.pdf");
        Files.write(file, pdf);

        assertThat(run(file)).contains("Signature #1").doesNotContain("Signature is Valid.");
    }

    @Test
    void shouldFindTheSignersVisibleSignatureAndTheAgencysSealValid() throws Exception {
        byte[] result = new vn.motcua.document.HouseholdBusinessCertificateTemplate().render(new vn.motcua.document.ResultData(
                "1.001612", "000.00.20.H10-250205-0001", "UBND thành phố Đồng Xoài", null, "Đồng Xoài",
                java.time.LocalDate.now(), null, "Phạm Văn Hùng", SignedResultFlowTest.dossier(), "7/GCN-UBND"));
        SignerKeyProvider keys = id -> "lanhdao".equals(id) ? java.util.Optional.of(TestPki.SIGNER)
                : "seal-000.00.20.H10".equals(id) ? java.util.Optional.of(TestPki.SEAL) : java.util.Optional.empty();
        SigningService signing = new SigningService(java.util.List.of(keys), SignerKeysTest.properties(java.util.Map.of(), dir),
                java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Path file = dir.resolve("signed-sealed.pdf");
        Files.write(file, signing.signAndSeal(result, "lanhdao", "CHỦ TỊCH", "000.00.20.H10", "UBND thành phố Đồng Xoài",
                "Ký ban hành", "Đồng Xoài").bytes());

        String out = run(file);

        assertThat(out).contains("Signature #1", "Phạm Văn Hùng", "Signature #2", "UBND thành phố Đồng Xoài",
                "Total document signed");
        assertThat(out.split("Signature is Valid\\.", -1)).hasSize(3);
    }
}
