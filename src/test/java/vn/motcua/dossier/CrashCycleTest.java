package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.PostgresTestServer;

/**
 * Issue 16, point 1: whole lifecycles driven by several clients while Motcua is killed with SIGKILL at random
 * moments and started again, on PostgreSQL. Motcua runs in a child JVM (the embedded default with its demo, on a
 * PostgreSQL database), so the kill is a real one. Each client carries its dossiers from online submission through
 * acceptance, appraisal, review, signature and return, retrying whatever a crash interrupted (the submission with
 * the same {@code Idempotency-Key}). Before the last cycle a dossier's legal-deadline timer is moved to fall due
 * while Motcua is down. At the end: every acknowledged submission exists exactly once, returned, with the history
 * of a lifecycle without crashes; register and engine agree; each has exactly one signed result, intact; every
 * attachment and result file is there with the register's SHA-256; and the timer due during the downtime fired
 * after the restart.
 *
 * <p>Slow (one application start per cycle), so it runs only when asked:
 * {@code MOTCUA_TEST_PG_URL=… ./mvnw -B test -Dtest=CrashCycleTest -Dfaults.crash-cycles=10}.
 */
@Tag("faults")
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
@EnabledIfSystemProperty(named = "faults.crash-cycles", matches = "\\d+")
class CrashCycleTest {

    static final String DATABASE = "motcua_crash_" + Long.toHexString(System.nanoTime());
    static final int CLIENTS = 3;
    static final int DOSSIERS_PER_CLIENT = 3;
    static final List<String> LIFECYCLE = List.of("Task_CheckDossier", "Task_Appraise", "Task_Review", "Task_Sign",
            "Task_ReturnResult");

    /** The child's output, kept after the run. */
    static final Path LOG = Path.of("target", "crash-cycles.log").toAbsolutePath();

    @TempDir
    static Path dir;

    final ObjectMapper json = new ObjectMapper();
    final Random random = new Random(Long.getLong("faults.seed", System.nanoTime()));
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final List<String> kills = Collections.synchronizedList(new ArrayList<>());
    Process motcua;
    int port;

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Test
    void shouldLoseNothingAndDuplicateNothingAcrossKills() throws Exception {
        int cycles = Integer.getInteger("faults.crash-cycles");
        PostgresTestServer.create(DATABASE);
        Files.deleteIfExists(LOG);
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        start();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<String>>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(clients.submit(() -> {
                List<String> codes = new ArrayList<>();
                for (int d = 0; d < DOSSIERS_PER_CLIENT; d++) {
                    codes.add(lifecycle(String.format("07919%d%06d", client, d)));
                }
                return codes;
            }));
        }
        String timed = null;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            Thread.sleep(3000 + random.nextInt(12_000));
            if (cycle == cycles) {
                timed = dueDuringDowntime();
            }
            kill(cycle);
            Thread.sleep(cycle == cycles ? 8000 : 1000);
            start();
        }
        List<String> codes = new ArrayList<>();
        for (Future<List<String>> f : work) {
            codes.addAll(f.get(15, TimeUnit.MINUTES));
        }
        clients.shutdown();

        JdbcTemplate db = database();
        assertThat(codes).hasSize(CLIENTS * DOSSIERS_PER_CLIENT).doesNotHaveDuplicates();
        assertThat(acknowledged).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(db.queryForList("select applicant_id_number from dossier where applicant_id_number like '07919%'"
                + " group by applicant_id_number having count(*) > 1", String.class)).as("a submission stored twice").isEmpty();
        for (String code : codes) {
            Map<String, Object> dossier = db.queryForMap("select id, status, process_instance_id from dossier where code = ?", code);
            assertThat(dossier.get("status")).as("%s returned", code).isEqualTo(10);
            assertThat(db.queryForList("select from_step from dossier_history where dossier_id = ? order by id", String.class,
                    dossier.get("id"))).as("history of %s", code).containsExactlyElementsOf(LIFECYCLE);
            assertThat(db.queryForObject("select count(*) from act_hi_procinst where proc_inst_id_ = ? and end_time_ is not null"
                    + " and state_ = 'COMPLETED'", Long.class, dossier.get("process_instance_id"))).as("engine finished %s", code)
                    .isEqualTo(1);
            assertThat(db.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Long.class, code))
                    .as("nothing of %s still running", code).isZero();
            List<Map<String, Object>> results = db.queryForList("select storage_key, sha256 from signed_result where dossier_id = ?",
                    dossier.get("id"));
            assertThat(results).as("one signed result of %s", code).hasSize(1);
            assertFiles(results);
            assertFiles(db.queryForList("select storage_key, sha256 from dossier_attachment where dossier_id = ?", dossier.get("id")));
        }
        {
            String code = timed;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Boolean.TRUE.equals(db.queryForObject("select overdue from dossier where code = ?", Boolean.class, code))) {
                assertThat(System.nanoTime()).as("the deadline timer of %s, due while Motcua was down, fired after the restart",
                        code).isLessThan(deadline);
                Thread.sleep(500);
            }
        }
        System.out.printf("Crash cycles: %d kills at %s; %d lifecycles, %d unreferenced files left by kills%n",
                kills.size(), kills, codes.size(), unreferencedFiles(db));
        motcua.destroyForcibly().waitFor();
    }

    /** One dossier from online submission to return; retries every step a crash interrupted. */
    private String lifecycle(String idNumber) throws Exception {
        String key = UUID.randomUUID().toString();
        String code = null;
        while (code == null) {
            ResponseEntity<String> answer = call(() -> http("tiepnhan").postForEntity("/api/dossiers",
                    DossierApiFlowTest.multipart(TestFiles.onlineSubmission(
                            TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber)), key), String.class));
            if (answer != null && (answer.getStatusCode() == HttpStatus.CREATED || answer.getStatusCode() == HttpStatus.OK)) {
                code = json.readTree(answer.getBody()).get("code").asText();
                acknowledged.add(code);
            } else {
                pause();
            }
        }
        while (true) {
            String c = code;
            ResponseEntity<String> read = call(() -> http("tiepnhan").getForEntity("/api/dossiers/{code}", String.class, c));
            if (read == null || read.getStatusCode() != HttpStatus.OK) {
                pause();
                continue;
            }
            JsonNode dossier = json.readTree(read.getBody());
            int status = dossier.at("/status/code").asInt();
            String step = dossier.path("currentStep").asText(null);
            if (status == 10) {
                return code;
            }
            if (status == 1) {
                call(() -> http("tiepnhan").postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json(
                        "{\"componentsHandedIn\":[\"GIAY_DE_NGHI\",\"CCCD\"],\"opinion\":\"Đủ hồ sơ\"}"), String.class, c));
            } else if ("Task_Appraise".equals(step)) {
                complete("chuyenvien", code, step, Map.of("appraisalDecision", "propose", "registrationNumber", "44A80" + idNumber.substring(7),
                        "opinion", "Hồ sơ hợp lệ"));
            } else if ("Task_Review".equals(step)) {
                complete("truongphong", code, step, Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
            } else if ("Task_Sign".equals(step)) {
                complete("lanhdao", code, step, Map.of("signDecision", "approve", "opinion", "Ký"));
            } else if ("Task_ReturnResult".equals(step)) {
                complete("traketqua", code, step, Map.of("returnMethod", "COUNTER", "resultReceiver", "Nguyễn Văn An",
                        "feeCollected", true));
            }
            pause();
        }
    }

    /** Claims and completes the dossier's open task of the step through the engine REST API, as the user. */
    private void complete(String user, String code, String step, Map<String, Object> variables) throws Exception {
        ResponseEntity<String> tasks = call(() -> http(user).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={code}&taskDefinitionKey={step}", String.class, code, step));
        if (tasks == null || tasks.getStatusCode() != HttpStatus.OK || json.readTree(tasks.getBody()).isEmpty()) {
            return;
        }
        String id = json.readTree(tasks.getBody()).get(0).get("id").asText();
        call(() -> http(user).postForEntity("/engine-rest/task/{id}/claim", jsonBody(Map.of("userId", user)), String.class, id));
        Map<String, Object> typed = new java.util.HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        call(() -> http(user).postForEntity("/engine-rest/task/{id}/complete", jsonBody(Map.of("variables", typed)),
                String.class, id));
    }

    /**
     * A dossier of its own, accepted, whose legal-deadline timer is moved (engine REST, as the administrator) to
     * fall due in 2 s; the kill follows at once, so it falls due while Motcua is down.
     */
    private String dueDuringDowntime() throws Exception {
        String code = null;
        while (code == null) {
            ResponseEntity<String> answer = call(() -> http("tiepnhan").postForEntity("/api/dossiers",
                    DossierApiFlowTest.multipart(TestFiles.onlineSubmission(
                            TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079199000001")), "timer"), String.class));
            if (answer != null && answer.getStatusCode().is2xxSuccessful()) {
                code = json.readTree(answer.getBody()).get("code").asText();
            } else {
                pause();
            }
        }
        String c = code;
        String job = null;
        while (job == null) {
            call(() -> http("tiepnhan").postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json(
                    "{\"componentsHandedIn\":[\"GIAY_DE_NGHI\",\"CCCD\"],\"opinion\":\"Đủ hồ sơ\"}"), String.class, c));
            List<String> jobs = database().queryForList("select j.id_ from act_ru_job j join act_ru_jobdef jd"
                    + " on jd.id_ = j.job_def_id_ join dossier d on d.process_instance_id = j.process_instance_id_"
                    + " where d.code = ? and jd.act_id_ = 'BoundaryEvent_LegalDeadline'", String.class, c);
            if (jobs.isEmpty()) {
                pause();
                continue;
            }
            String id = jobs.get(0);
            ResponseEntity<String> moved = call(() -> http("admin").exchange("/engine-rest/job/{id}/duedate",
                    HttpMethod.PUT, jsonBody(Map.of("duedate", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                            .withZone(ZoneOffset.UTC).format(Instant.now().plusSeconds(2)))), String.class, id));
            if (moved != null && moved.getStatusCode() == HttpStatus.NO_CONTENT) {
                job = id;
            }
        }
        assertThat(database().queryForObject("select overdue from dossier where code = ?", Boolean.class, c)).isFalse();
        return code;
    }

    private void assertFiles(List<Map<String, Object>> rows) throws Exception {
        for (Map<String, Object> row : rows) {
            Path file = dir.resolve("documents").resolve((String) row.get("storage_key"));
            assertThat(file).exists();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))
                    .as("%s", file).isEqualTo(row.get("sha256"));
        }
    }

    private long unreferencedFiles(JdbcTemplate db) throws Exception {
        Set<String> referenced = new java.util.HashSet<>(db.queryForList("select storage_key from dossier_attachment", String.class));
        referenced.addAll(db.queryForList("select storage_key from signed_result", String.class));
        Path documents = dir.resolve("documents");
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile).map(f -> documents.relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(key -> !referenced.contains(key)).count();
        }
    }

    private void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", classPath(), MotcuaApplication.class.getName(),
                "--server.port=" + port, "--motcua.documents.dir=" + dir.resolve("documents"),
                "--motcua.signature.demo-dir=" + dir.resolve("signature"), "--logging.level.root=WARN"));
        command.addAll(PostgresTestServer.datasource(DATABASE));
        motcua = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (true) {
            assertThat(motcua.isAlive()).as("Motcua is running (log: %s)", LOG).isTrue();
            assertThat(System.nanoTime()).as("Motcua started within 4 minutes").isLessThan(deadline);
            ResponseEntity<String> health = call(() -> new TestRestTemplate(new RestTemplateBuilder()
                    .rootUri("http://localhost:" + port)).getForEntity("/actuator/health", String.class));
            if (health != null && health.getStatusCode() == HttpStatus.OK) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /**
     * The tests' class path for the child, without empty entries: Java reads an empty entry as the working
     * directory, where a second {@code processes/} folder would be deployed twice.
     */
    private static String classPath() {
        return Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private void kill(int cycle) throws Exception {
        motcua.destroyForcibly(); // SIGKILL
        assertThat(motcua.waitFor(30, TimeUnit.SECONDS)).isTrue();
        kills.add("cycle " + cycle + " " + Instant.now());
    }

    private JdbcTemplate database() {
        String server = System.getenv(PostgresTestServer.URL);
        DriverManagerDataSource source = new DriverManagerDataSource(server.substring(0, server.lastIndexOf('/') + 1) + DATABASE,
                System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("MOTCUA_TEST_PG_PASSWORD", ""));
        return new JdbcTemplate(source);
    }

    private TestRestTemplate http(String user) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port))
                .withBasicAuth(user, user.equals("admin") ? "admin" : "demo");
    }

    private static HttpEntity<Map<String, Object>> jsonBody(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** The call's answer, or null when Motcua is not there (killed, starting). */
    private static <T> ResponseEntity<T> call(java.util.concurrent.Callable<ResponseEntity<T>> request) {
        try {
            return request.call();
        } catch (Exception e) {
            return null;
        }
    }

    private void pause() throws InterruptedException {
        Thread.sleep(300 + random.nextInt(400));
    }
}
