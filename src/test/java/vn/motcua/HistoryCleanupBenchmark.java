package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.process.HouseholdBusinessRegistration;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.ResultSignature;
import vn.motcua.security.EngineLogin;
import vn.motcua.system.AutomaticSteps;

/**
 * The engine's history cleanup on PostgreSQL (issue 15.6; docs/performance.md, "History cleanup"): Motcua with its
 * defaults on a fresh database, N dossiers of the household-business procedure carried to their return (the dossier's
 * process and the two it calls), then the engine clock moved past their removal time (end + historyTimeToLive) and
 * the cleanup job run by hand, job after job, until no expired history is left. It prints the rows each engine table
 * lost, the time, rows per second, and checks that the register (dossiers, hand-overs) lost nothing. Not a timed
 * test: it asserts only that the expired history is gone and the register whole.
 *
 * <pre>
 * ./mvnw -o -q -B test -Dtest=HistoryCleanupBenchmark -Dmotcua.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 *   # -Dbench.dossiers=100 -Dmotcua.benchmark.pg=jdbc:postgresql://127.0.0.1:5432/ -Dmotcua.benchmark.user=postgres
 * </pre>
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
class HistoryCleanupBenchmark {

    static final String HOST = System.getProperty("motcua.benchmark.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("motcua.benchmark.user", "postgres");
    static final int DOSSIERS = Integer.getInteger("bench.dossiers", 100);
    static final Path REPORT = Path.of("target", "history-cleanup-benchmark.md");

    @TempDir
    Path dir;

    Connection connection;

    @Test
    void cleanup() throws Exception {
        String db = "motcua_cleanup_" + ProcessHandle.current().pid();
        admin("create database " + db);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        Instant began = Instant.now();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class).run(
                "--server.port=0", "--logging.level.root=WARN", "--camunda.bpm.job-execution.enabled=false",
                "--motcua.documents.dir=" + dir.resolve("documents"), "--motcua.signature.demo-dir=" + dir.resolve("signature"),
                "--spring.datasource.url=" + HOST + db, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=Trust-Auth-Ignores-1", "--spring.datasource.hikari.maximum-pool-size=4");
             Connection c = DriverManager.getConnection(HOST + db, USER, "")) {
            connection = c;
            Map<String, Long> beforeLifecycles = rows(db);
            for (int i = 0; i < DOSSIERS; i++) {
                lifecycle(app, i);
            }
            Map<String, Long> before = rows(db);
            long dossiers = count(db, "select count(*) from dossier");
            long handOvers = count(db, "select count(*) from dossier_history");
            long expiredProcesses = count(db, "select count(*) from act_hi_procinst where end_time_ is not null");

            // past every removal time: the lifecycles ended now, their models keep history 730 days
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(731, ChronoUnit.DAYS)));
            HistoryService history = app.getBean(HistoryService.class);
            ManagementService management = app.getBean(ManagementService.class);
            long t0 = System.nanoTime();
            int runs = 0;
            Job job = history.cleanUpHistoryAsync(true);
            String expired = expiredRows(db);
            for (long left = count(db, expired); left > 0; ) {
                management.executeJob(job.getId());
                runs++;
                long now = count(db, expired);
                assertThat(now).as("cleanup run %d removed expired rows", runs).isLessThan(left);
                left = now;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            ClockUtil.reset();
            Map<String, Long> after = rows(db);

            long unexpired = count(db, "select count(*) from act_hi_procinst where end_time_ is not null");
            assertThat(count(db, "select count(*) from dossier")).as("the register keeps every dossier").isEqualTo(dossiers);
            assertThat(count(db, "select count(*) from dossier_history")).as("and every hand-over").isEqualTo(handOvers);

            StringBuilder md = new StringBuilder();
            long deleted = 0;
            Map<String, Long> lost = new LinkedHashMap<>();
            for (var e : before.entrySet()) {
                long d = e.getValue() - after.getOrDefault(e.getKey(), 0L);
                if (d > 0) {
                    lost.put(e.getKey(), d);
                    deleted += d;
                }
            }
            long written = before.entrySet().stream().mapToLong(e -> e.getValue() - beforeLifecycles.getOrDefault(e.getKey(), 0L))
                    .sum();
            md.append("Run ").append(began.truncatedTo(ChronoUnit.SECONDS)).append(", ").append(DOSSIERS)
                    .append(" lifecycles; load average before `").append(load).append("`, after `")
                    .append(Files.readString(Path.of("/proc/loadavg")).trim()).append("`\n\n");
            md.append("| finished process instances | rows deleted | cleanup job runs | seconds | rows/s | engine rows written per lifecycle |\n");
            md.append("|---|---|---|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %d | %.1f | %,.0f | %.1f |%n", expiredProcesses, deleted, runs, seconds,
                    deleted / seconds, (double) written / DOSSIERS));
            md.append("\nRows deleted per table: ").append(String.join(", ", lost.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue())).toList())).append('\n');
            md.append(String.format(Locale.ROOT, "%nEnded process instances left (not yet expired on the moved clock): %d%n", unexpired));
            System.out.println(md);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, md);
            assertThat(count(db, expired)).as("no expired history left").isZero();
            assertThat(count(db, "select count(*) from act_hi_procinst where business_key_ in (select code from dossier"
                    + " where applicant_id_number like '079188%')")).as("the history of the benchmark's dossiers is gone").isZero();
        } finally {
            ClockUtil.reset();
            admin("drop database if exists " + db + " with (force)");
        }
    }

    /** Submit at the counter, accept, appraise, review, sign (the signing run at once), return. */
    private void lifecycle(ConfigurableApplicationContext app, int i) {
        IdentityService identity = app.getBean(IdentityService.class);
        TaskService tasks = app.getBean(TaskService.class);
        String pid = EngineLogin.as(identity, "tiepnhan", () -> app.getBean(RuntimeService.class).startProcessInstanceByKey(
                HouseholdBusinessRegistration.PROCESS_KEY, ApplicationScenarios.startVariables("Người dọn " + i,
                        String.format(Locale.ROOT, "079188%06d", i))).getId());
        String code = app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(pid).singleResult()
                .getBusinessKey();
        List<Object[]> steps = List.of(
                new Object[] {"tiepnhan", HouseholdBusinessRegistration.Element.Task_CheckDossier.id(),
                        Map.of("competent", true, "complete", true, "intakeDecision", "accept")},
                new Object[] {"chuyenvien", HouseholdBusinessRegistration.Element.Task_Appraise.id(),
                        Map.of("appraisalDecision", "propose", "registrationNumber", String.format(Locale.ROOT, "44C%07d", i), "opinion", "Đủ")},
                new Object[] {"truongphong", HouseholdBusinessRegistration.Element.Task_Review.id(),
                        Map.of("reviewDecision", "approve", "opinion", "Đồng ý")},
                new Object[] {"lanhdao", ResultSignature.Element.Task_Sign.id(), Map.of("signDecision", "approve", "opinion", "Ký")},
                new Object[] {"traketqua", ResultReturn.Element.Task_ReturnResult.id(),
                        Map.of("returnMethod", "COUNTER", "resultReceiver", "Người dọn " + i, "feeCollected", true)});
        for (Object[] step : steps) {
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) step[2];
            EngineLogin.complete(identity, tasks, (String) step[0], code, (String) step[1], variables);
            app.getBean(AutomaticSteps.class).run(code);
        }
        assertThat(app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
                .getEndTime()).as("dossier %s returned", code).isNotNull();
    }

    /** Rows of every engine history table and of the byte arrays (historic variables' values live there). */
    private Map<String, Long> rows(String db) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        Connection c = connection;
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                     + " and (table_name like 'act\\_hi\\_%' or table_name = 'act_ge_bytearray') order by table_name")) {
            List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                try (Statement q = c.createStatement(); ResultSet r = q.executeQuery("select count(*) from " + name)) {
                    r.next();
                    rows.put(name, r.getLong(1));
                }
            }
        }
        return rows;
    }

    /** A query counting the rows, over every table with a removal time, whose removal time has passed on the moved clock. */
    private String expiredRows(String db) throws Exception {
        List<String> parts = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("select table_name from information_schema.columns where table_schema = 'public'"
                     + " and column_name = 'removal_time_' order by table_name")) {
            while (r.next()) {
                parts.add("(select count(*) from " + r.getString(1) + " where removal_time_ <= now() + interval '731 days')");
            }
        }
        return "select " + String.join(" + ", parts);
    }

    /** On the benchmark's one connection: the shared server may have few to spare. */
    private long count(String db, String sql) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(HOST + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
