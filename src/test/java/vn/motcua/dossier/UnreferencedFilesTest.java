package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.document.DocumentStore;

/**
 * The nightly sweep of the document store: a file no attachment row refers to (left by a submission whose commit
 * was cut and did not land) goes once it is older than a day; a younger one (a submission may still be in
 * progress) and every file of a dossier stay, however old.
 */
@ApiIntegrationTest
class UnreferencedFilesTest {

    static final Path STORE = Path.of("target/test-documents");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DocumentStore store;
    @Autowired
    UnreferencedFiles sweep;
    @Autowired
    DossierAttachmentRepository attachments;
    @Autowired
    DossierRepository dossiers;

    @Test
    void shouldRemoveOnlyOldFilesThatNoDossierRefersTo() throws Exception {
        ResponseEntity<String> submitted = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(TestFiles.onlineSubmission(
                        TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079100000931"))), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        Long id = dossiers.findByCode(json.readTree(submitted.getBody()).get("code").asText()).orElseThrow().getId();
        String referenced = attachments.findByDossierIdOrderByIdAsc(id).get(0).getStorageKey();
        String orphanOld = store.put(new byte[] {1});
        String orphanYoung = store.put(new byte[] {2});
        age(referenced, Duration.ofDays(400));
        age(orphanOld, Duration.ofHours(25));
        age(orphanYoung, Duration.ofHours(23));

        assertThat(sweep.sweep()).isPositive();

        assertThat(store.exists(orphanOld)).as("old file without a row").isFalse();
        assertThat(store.exists(orphanYoung)).as("file younger than a day").isTrue();
        assertThat(store.exists(referenced)).as("a dossier's file").isTrue();
        assertThat(sweep.sweep()).as("nothing left to remove").isZero();
    }

    @Test
    void shouldRefuseAThresholdThatCouldTouchASubmissionInProgress() {
        assertThatThrownBy(() -> new UnreferencedFiles(store, attachments, Instant::now, Duration.ofMinutes(5)))
                .hasMessageContaining("motcua.documents.sweep.after");
    }

    private static void age(String key, Duration age) throws Exception {
        Files.setLastModifiedTime(STORE.resolve(key), FileTime.from(Instant.now().minus(age)));
    }
}
