package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;

/**
 * Issue 16, point 2, the document store: a real file system of 1 MB (tmpfs) as the store, filled up, then
 * remounted read-only, then writable again. A submission that cannot store its papers answers {@code 503}
 * problem+json naming the cause, with {@code Retry-After}; no dossier row, attachment row or file (not even a
 * partly written one) is left; once the store is writable Motcua takes dossiers again without a restart.
 * Needs the rights to mount (root, as the CI machine runs); skipped elsewhere.
 */
@Tag("faults")
@EnabledIf("canMount")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-store-faults;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false"})
class DocumentStoreFaultTest {

    static final Path STORE = Path.of("target", "store-faults-" + ProcessHandle.current().pid()).toAbsolutePath();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(STORE);
        run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", STORE.toString());
        registry.add("motcua.documents.dir", STORE::toString);
    }

    @AfterAll
    static void unmount() throws Exception {
        run("umount", STORE.toString());
    }

    static boolean canMount() {
        try {
            Path probe = Files.createTempDirectory("motcua-mount-probe");
            try {
                Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString())
                        .redirectErrorStream(true).start();
                boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
                if (mounted) {
                    new ProcessBuilder("umount", probe.toString()).start().waitFor(10, TimeUnit.SECONDS);
                }
                return mounted;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    @Order(1)
    void shouldRefuseASubmissionWhoseFilesDoNotFitAndLeaveNothing() throws Exception {
        byte[] big = new byte[1536 * 1024];
        System.arraycopy(TestFiles.PDF, 0, big, 0, TestFiles.PDF.length);
        Arrays.fill(big, TestFiles.PDF.length, big.length, (byte) ' ');
        MultiValueMap<String, Object> parts = TestFiles.onlineSubmission(
                TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079188000001"));
        parts.set("GIAY_DE_NGHI", TestFiles.file("giay-de-nghi.pdf", MediaType.APPLICATION_PDF, big));

        long[] before = stored();
        assertRefused(clerk().postForEntity("/api/dossiers", DossierApiFlowTest.multipart(parts), String.class),
                "Kho tài liệu đã đầy");
        assertNothingLeftOf("079188000001", before);
    }

    @Test
    @Order(2)
    void shouldRefuseWhileTheStoreIsReadOnlyAndTakeDossiersAgainAfter() throws Exception {
        long[] before = stored();
        run("mount", "-o", "remount,ro", STORE.toString());
        try {
            assertRefused(submit("079188000002"), "chỉ đọc");
            assertNothingLeftOf("079188000002", before);
        } finally {
            run("mount", "-o", "remount,rw", STORE.toString());
        }
        ResponseEntity<String> again = submit("079188000003");
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored()).as("the accepted submission's two attachment rows and files")
                .containsExactly(before[0] + 2, before[1] + 2);
    }

    private ResponseEntity<String> submit(String idNumber) {
        return clerk().postForEntity("/api/dossiers", DossierApiFlowTest.multipart(
                TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber))), String.class);
    }

    private TestRestTemplate clerk() {
        return http.withBasicAuth("tiepnhan", "demo");
    }

    private static void assertRefused(ResponseEntity<String> response, String cause) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        assertThat(response.getBody()).contains(cause, "chưa được thực hiện");
    }

    /** Attachment rows and files in the store (the demo's own dossiers included). */
    private long[] stored() throws Exception {
        return new long[] {jdbc.queryForObject("select count(*) from dossier_attachment", Long.class), files()};
    }

    private void assertNothingLeftOf(String idNumber, long[] before) throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from dossier where applicant_id_number = ?", Long.class, idNumber)).isZero();
        assertThat(stored()).as("no attachment row and no file, not even a partly written one").containsExactly(before);
    }

    private static long files() throws Exception {
        try (Stream<Path> paths = Files.walk(STORE)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
