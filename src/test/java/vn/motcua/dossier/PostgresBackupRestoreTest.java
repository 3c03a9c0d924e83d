package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;


import vn.motcua.PostgresTestServer;
import vn.motcua.process.ResultSignature;
import vn.motcua.security.EngineLogin;
import vn.motcua.signature.SignatureVerifier;
import vn.motcua.system.TestOneStopShop;

/**
 * Issue 16, point 5: the backup and restore of docs/operations.md §7, played exactly as written, on PostgreSQL
 * under the production profile. Dossiers with attachments and a signed result are written; the database is dumped
 * with {@code pg_dump} while the application runs, a dossier is registered after the dump, then the document store
 * is copied (database first, then the files). The dump is restored with {@code pg_restore} into a new database,
 * the copy into a new document store, and the application is started on them: every dossier of the dump is there
 * with every attachment and signed result, byte for byte (SHA-256 of the register), the signature still verifies,
 * the dossier registered after the dump is absent (its files are harmless leftovers), and the restored
 * application registers new dossiers.
 */
@Tag("faults")
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
class PostgresBackupRestoreTest {

    static final String SOURCE = "motcua_backup_" + Long.toHexString(System.nanoTime());
    static final String RESTORED = SOURCE + "_restored";

    @TempDir
    static Path dir;

    @AfterAll
    static void dropDatabases() throws Exception {
        PostgresTestServer.drop(SOURCE);
        PostgresTestServer.drop(RESTORED);
    }

    @Test
    void shouldRestoreTheDatabaseAndTheDocumentStoreTogether() throws Exception {
        ProductionApplication motcua = new ProductionApplication(dir.resolve("keys"));
        Path documents = dir.resolve("documents");
        Path dump = dir.resolve("motcua.dump");
        Path copy = dir.resolve("backup-documents");

        PostgresTestServer.create(SOURCE);
        List<String> codes = new ArrayList<>();
        String signedCode;
        String afterDump;
        List<String> leftovers;
        try (ConfigurableApplicationContext app = start(motcua, SOURCE, documents)) {
            TestOneStopShop.seed(app);
            TestRestTemplate clerk = ProductionApplication.clerk(app);
            for (int i = 0; i < 3; i++) {
                codes.add(ProductionApplication.submitAndAccept(clerk, "07919000000" + i));
            }
            signedCode = codes.get(0);
            sign(app, signedCode);
            assertThat(jdbc(app).queryForObject("select count(*) from signed_result", Long.class)).isEqualTo(1);

            // 1. database (while Motcua runs), then a dossier arrives, then 2. the documents
            run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + PostgresTestServer.libpqUrl(SOURCE));
            afterDump = ProductionApplication.submitAndAccept(clerk, "079190000099");
            copyTree(documents, copy);
            leftovers = jdbc(app).queryForList("select a.storage_key from dossier_attachment a join dossier d"
                    + " on d.id = a.dossier_id where d.code = ?", String.class, afterDump);
            assertThat(leftovers).hasSize(2);
        }

        PostgresTestServer.create(RESTORED);
        run("pg_restore", "--no-owner", "--dbname=" + PostgresTestServer.libpqUrl(RESTORED), dump.toString());
        Path restoredDocuments = dir.resolve("restored-documents");
        copyTree(copy, restoredDocuments);

        try (ConfigurableApplicationContext app = start(motcua, RESTORED, restoredDocuments)) {
            JdbcTemplate db = jdbc(app);
            assertThat(db.queryForList("select code from dossier", String.class)).containsExactlyInAnyOrderElementsOf(codes)
                    .doesNotContain(afterDump);

            List<Map<String, Object>> attachments = db.queryForList(
                    "select d.code, a.storage_key, a.sha256 from dossier_attachment a join dossier d on d.id = a.dossier_id");
            assertThat(attachments).as("two papers per dossier").hasSize(2 * codes.size());
            for (Map<String, Object> row : attachments) {
                Path file = restoredDocuments.resolve((String) row.get("storage_key"));
                assertThat(file).as("attachment of %s", row.get("code")).exists();
                assertThat(sha256(Files.readAllBytes(file))).as("attachment %s", file).isEqualTo(row.get("sha256"));
            }

            assertThat(leftovers).as("the files of the dossier registered after the dump are in the copy, unreferenced")
                    .allSatisfy(key -> assertThat(restoredDocuments.resolve(key)).exists())
                    .noneMatch(key -> attachments.stream().anyMatch(row -> key.equals(row.get("storage_key"))));

            Long dossierId = db.queryForObject("select id from dossier where code = ?", Long.class, signedCode);
            var result = app.getBean(vn.motcua.signature.SignedResults.class).signedResult(dossierId).orElseThrow();
            assertThat(result.intact()).as("signed result bytes match the register's SHA-256").isTrue();
            assertThat(app.getBean(SignatureVerifier.class).verify(result.bytes()).valid()).isTrue();
            ResponseEntity<byte[]> served = ProductionApplication.clerk(app).getForEntity("/api/dossiers/{code}/result", byte[].class, signedCode);
            assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(sha256(served.getBody())).isEqualTo(result.sha256());

            // the restored one-stop shop goes on registering: counters and sequences came back with the dump
            String next = ProductionApplication.submitAndAccept(ProductionApplication.clerk(app), "079190000100");
            assertThat(next).isNotIn(codes);
        }
    }

    private static ConfigurableApplicationContext start(ProductionApplication motcua, String database, Path documents) {
        return motcua.start(PostgresTestServer.datasource(database), documents, "--camunda.bpm.job-execution.enabled=false");
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class);
    }

    /** Appraisal, review and signature of the dossier, as the demo staff. */
    private static void sign(ConfigurableApplicationContext app, String code) {
        IdentityService identity = app.getBean(IdentityService.class);
        TaskService tasks = app.getBean(TaskService.class);
        EngineLogin.complete(identity, tasks, "chuyenvien", code, "Task_Appraise", Map.of("appraisalDecision", "propose",
                "registrationNumber", "44A8009999", "opinion", "Hồ sơ hợp lệ"));
        EngineLogin.complete(identity, tasks, "truongphong", code, "Task_Review", Map.of("reviewDecision", "approve",
                "opinion", "Đồng ý"));
        EngineLogin.complete(identity, tasks, "lanhdao", code, ResultSignature.Element.Task_Sign.name(),
                Map.of("signDecision", "approve", "opinion", "Ký"));
        app.getBean(vn.motcua.system.AutomaticSteps.class).run(code); // the signing runs after the approval
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
    }

    /** {@code rsync -a} of docs/operations.md, in Java: every file and folder, timestamps kept. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
