package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.PostgresTestServer;
import vn.motcua.security.Webapp;
import vn.motcua.system.TestOneStopShop;

/**
 * Issue 15, point 5: two Motcua nodes on one PostgreSQL database, both with a job executor, each on its own port, as
 * behind a load balancer (production profile, one shared document store). Dossiers are submitted and accepted on
 * one node and carried to their return on the other through the HTTP APIs; the signing jobs run on whichever
 * node's job executor takes them, and each dossier has exactly one signed result, one register line and one outbox
 * event per change. A Tasklist login made on one node is valid on the other (sessions in the database). A dossier's
 * due-soon timer falls due while the first node is stopped, and the second fires it.
 *
 * <p>The first node runs in the test's JVM, the second in a child JVM: two Motcuas in one JVM would share Camunda's
 * JVM-wide registry of engines, which the engine REST API and the webapps read, so both ports would reach the same
 * engine. It runs in a JVM of its own (pom: surefire execution {@code own-jvm}), like the other tests that start a
 * whole Motcua.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestServer.URL, matches = "jdbc:postgresql:.+")
class TwoNodesPostgresTest {

    static final String DATABASE = "motcua_perf_nodes_" + Long.toHexString(System.nanoTime());
    static final int DOSSIERS = 4;
    static final ObjectMapper JSON = new ObjectMapper();
    /** The job executor's longest idle wait between acquisitions (Camunda's default is 60 s; docs/operations.md). */
    static final String MAX_WAIT = "--camunda.bpm.job-execution.max-wait=5000";

    @TempDir
    static Path dir;

    @AfterAll
    static void dropDatabase() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Test
    void shouldCarryDossiersAcrossTwoNodesRunEachJobOnceKeepTimersAndSessions() throws Exception {
        ProductionApplication motcua = new ProductionApplication(dir.resolve("keys"));
        Path documents = dir.resolve("documents");
        PostgresTestServer.create(DATABASE);
        ConfigurableApplicationContext one = motcua.start(PostgresTestServer.datasource(DATABASE), documents, MAX_WAIT);
        Process two = null;
        try {
            TestOneStopShop.seed(one);
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> second = new ArrayList<>(motcua.arguments(PostgresTestServer.datasource(DATABASE), documents, MAX_WAIT,
                    "--logging.level.root=WARN"));
            second.replaceAll(argument -> argument.equals("--server.port=0") ? "--server.port=" + port : argument);
            two = startChild(second, port);
            List<String> nodes = List.of(base(one).toString(), "http://localhost:" + port + "/");
            JdbcTemplate db = one.getBean(JdbcTemplate.class);

            // started on one node, finished on the other; the signing job runs on whichever node takes it
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String start = nodes.get(i % 2);
                String other = nodes.get((i + 1) % 2);
                String code = ProductionApplication.submitAndAccept(LifecycleBenchmark.http(start, "tiepnhan"), "07917755000" + i);
                LifecycleBenchmark.httpComplete(LifecycleBenchmark.http(other, "chuyenvien"), "chuyenvien", code, "Task_Appraise",
                        Map.of("appraisalDecision", "propose", "registrationNumber", "44A87700" + i, "opinion", "Hồ sơ hợp lệ"));
                LifecycleBenchmark.httpComplete(LifecycleBenchmark.http(start, "truongphong"), "truongphong", code, "Task_Review",
                        Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
                LifecycleBenchmark.httpComplete(LifecycleBenchmark.http(other, "lanhdao"), "lanhdao", code, "Task_Sign",
                        Map.of("signDecision", "approve", "opinion", "Ký"));
                codes.add(code);
            }
            for (int i = 0; i < DOSSIERS; i++) {
                TestRestTemplate returnDesk = LifecycleBenchmark.http(nodes.get(i % 2), "traketqua");
                awaitStep(returnDesk, codes.get(i), "Task_ReturnResult");
                LifecycleBenchmark.httpComplete(returnDesk, "traketqua", codes.get(i), "Task_ReturnResult",
                        Map.of("returnMethod", "COUNTER", "resultReceiver", "Nguyễn Văn An", "feeCollected", true));
            }
            List<Long> outboxPerDossier = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String code = codes.get(i);
                ResponseEntity<String> read = LifecycleBenchmark.http(nodes.get((i + 1) % 2), "tiepnhan")
                        .getForEntity("/api/dossiers/{code}", String.class, code);
                assertThat(JSON.readTree(read.getBody()).at("/status/code").asInt()).as("%s returned", code).isEqualTo(10);
                Long id = db.queryForObject("select id from dossier where code = ?", Long.class, code);
                assertThat(count(db, "select count(*) from signed_result where dossier_id = ?", id)).as("signed results of %s", code).isOne();
                assertThat(count(db, "select count(*) from document_register_entry where dossier_id = ?", id)).as("register lines of %s", code).isOne();
                assertThat(count(db, "select count(*) from outbox_event where dossier_id = ? and kind = 'DOCUMENT_ISSUED'", id))
                        .as("document issued events of %s", code).isOne();
                outboxPerDossier.add(count(db, "select count(*) from outbox_event where dossier_id = ?", id));
            }
            assertThat(outboxPerDossier).as("one outbox event per change: the same lifecycle, the same events").containsOnly(outboxPerDossier.get(0));
            assertThat(count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_def_type_ = 'async-continuation'"
                    + " and job_state_ = 2 group by job_id_ having count(*) > 1) twice")).as("jobs that succeeded twice").isZero();
            assertThat(count(db, "select count(*) from act_hi_job_log where job_def_type_ = 'async-continuation' and job_state_ = 2"))
                    .as("one successful signing per dossier").isEqualTo(DOSSIERS);

            // a Tasklist login on one node is a login on the other: the session is in the database
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            Webapp tasklist = Webapp.open(http, base(one), "10.0.0.7");
            assertThat(tasklist.login("tiepnhan", TestOneStopShop.password()).statusCode()).isEqualTo(200);
            HttpResponse<String> who = tasklist.getOn(URI.create(nodes.get(1)), "/camunda/api/admin/auth/user/default");
            assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
            assertThat(JSON.readTree(who.body()).get("userId").asText()).isEqualTo("tiepnhan");
            HttpResponse<String> taskCount = tasklist.getOn(URI.create(nodes.get(1)), "/camunda/api/engine/engine/default/task/count");
            assertThat(taskCount.statusCode()).as(taskCount.body()).isEqualTo(200);

            // a timer due while the second node is down fires on the first
            String waiting = ProductionApplication.submitAndAccept(LifecycleBenchmark.http(nodes.get(1), "tiepnhan"), "079177550099");
            String instance = db.queryForObject("select process_instance_id from dossier where code = ?", String.class, waiting);
            ManagementService management = one.getBean(ManagementService.class);
            Job dueSoon = management.createJobQuery().processInstanceId(instance).timers().activityId("BoundaryEvent_DueSoon")
                    .singleResult();
            assertThat(dueSoon).as("due-soon timer of %s", waiting).isNotNull();
            two.destroy();
            assertThat(two.waitFor(60, TimeUnit.SECONDS)).as("second node stopped").isTrue();
            management.setJobDuedate(dueSoon.getId(), Date.from(Instant.now().plusSeconds(2)));
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (db.queryForObject("select due_soon_warned_at from dossier where code = ?", java.sql.Timestamp.class, waiting) == null
                    && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            assertThat(db.queryForObject("select due_soon_warned_at from dossier where code = ?", java.sql.Timestamp.class, waiting))
                    .as("the due-soon warning of %s, fired by the node still up", waiting).isNotNull();
        } finally {
            if (two != null && two.isAlive()) {
                two.destroyForcibly();
            }
            one.close();
        }
    }

    /** The second node: Motcua in a child JVM on the tests' class path, ready when its health answers. */
    private static Process startChild(List<String> arguments, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", classPath(), MotcuaApplication.class.getName()));
        command.addAll(arguments);
        Path log = dir.resolve("second-node.log");
        Process child = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!child.isAlive()) {
                List<String> lines = java.nio.file.Files.readAllLines(log);
                throw new AssertionError("second node stopped while starting:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
            assertThat(Instant.now()).as("second node started within 4 minutes").isBefore(until);
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return child;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
    }

    /** The tests' class path without empty entries (an empty one reads as the working directory). */
    private static String classPath() {
        return java.util.stream.Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(java.io.File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static URI base(ConfigurableApplicationContext app) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/");
    }

    private static long count(JdbcTemplate db, String sql, Object... arguments) {
        return db.queryForObject(sql, Long.class, arguments);
    }

    /** Waits until the user sees the dossier's step (the job executor of either node signs before the return). */
    private static void awaitStep(TestRestTemplate client, String code, String step) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (LifecycleBenchmark.httpTasks(client, code, step).isEmpty()) {
            assertThat(Instant.now()).as("%s of %s within 60 s", step, code).isBefore(until);
            Thread.sleep(200);
        }
    }
}
