package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.security.EngineLogin;

/**
 * Not a test: issue 15, the clerk's task list and the intake rate with 100,000 open dossiers holding their SLA timers,
 * on PostgreSQL (a fresh database, dropped at the end), Motcua started as {@link LifecycleBenchmark} starts it (demo
 * one-stop shop, job executor on). Steps:
 * <ol>
 * <li>intake (online submission + the desk's acceptance, in-JVM as {@code tiepnhan}, {@code bench.threads} client
 * threads) of {@code bench.intakes} dossiers, three times: the rate with (almost) none open;
 * <li>the clerk's task list as Tasklist reads it for {@code chuyenvien} (the stored filter "Việc của nhóm tôi": his
 * groups' candidate tasks, engine authorizations and his agencies as tenants; first page of 15 by creation date,
 * newest first, with the filter's three variables; and the filter's count, which Tasklist shows beside it);
 * <li>the engine's job acquisition query ({@link AcquireJobsCmd}, as the job executor runs it);
 * <li>then {@code bench.open} open dossiers are added as copies of the engine's own runtime rows of the dossiers just
 * received (see {@link #copyOpenDossiers}), every one at the appraisal step with its two SLA timer jobs due in the
 * future, and the three measures are repeated; then once more after the indexes of V157 and with the acquisition
 * settings chosen ({@code camunda.bpm.job-execution.*}, applied to the running job executor).
 * </ol>
 * Runs only with {@code -Dmotcua.benchmark=true}; see docs/performance.md for the command and the numbers.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
class EngineScaleBenchmark {

    static final String HOST = LifecycleBenchmark.HOST;
    static final String USER = LifecycleBenchmark.USER;
    static final int OPEN = Integer.getInteger("bench.open", 100_000);
    static final int INTAKES = Integer.getInteger("bench.intakes", 60);
    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int RUNS = Integer.getInteger("bench.runs", 50);
    static final String CLERK = "chuyenvien";
    static final Path REPORT = Path.of("target", "engine-scale-benchmark.md");
    static final boolean KEEP = Boolean.getBoolean("bench.keep");

    @TempDir
    Path dir;

    private final AtomicInteger next = new AtomicInteger(600_000);
    private final List<String> lines = new ArrayList<>();

    @Test
    void benchmark() throws Exception {
        String db = "motcua_scale_" + ProcessHandle.current().pid();
        LifecycleBenchmark.admin("create database " + db);
        try {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class).run(
                    "--server.port=0", "--logging.level.root=WARN",
                    "--motcua.documents.dir=" + dir.resolve("documents"),
                    "--motcua.signature.demo-dir=" + dir.resolve("signature"),
                    "--camunda.bpm.job-execution.enabled=true",
                    "--spring.datasource.url=" + HOST + db, "--spring.datasource.username=" + USER,
                    "--spring.datasource.password=Trust-Auth-Ignores-1");
            try {
                run(app, db);
            } finally {
                app.close();
            }
        } finally {
            if (admin != null) {
                admin.close();
            }
            if (!KEEP) {
                LifecycleBenchmark.admin("drop database if exists " + db + " with (force)");
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines);
    }

    private void run(ConfigurableApplicationContext app, String db) throws Exception {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        JobExecutor jobs = engine.getJobExecutor();
        assertThat(jobs.isActive()).as("the job executor runs").isTrue();
        assertThat(engine.getAuthorizationCheckRevokes()).as("application.yaml").isEqualTo("always");
        assertThat(engine.isJobExecutorAcquireByDueDate()).as("application.yaml").isTrue();
        print("| open dossiers | stage | intake/s, three runs | intake/s, median | submit p50/p95 ms | accept p50/p95 ms"
                + " | task list page p50/p95 ms | task count p50/p95 ms | acquisition p50/p95 ms |");
        print("|---|---|---|---|---|---|---|---|---|");
        // the engine as Camunda ships it: without the index Motcua adds at start (EngineIndexesPlugin), put back below
        assertThat(count(db, "select count(*) from pg_indexes where indexname = 'ix_act_ru_job_duedate'")).isEqualTo(1);
        try (Statement s = sql(db).createStatement()) {
            s.execute("drop index ix_act_ru_job_duedate");
        }
        // first the engine's acquisition defaults (application.yaml chooses otherwise, applied again below)
        jobs.shutdown();
        engine.setJobExecutorAcquireByDueDate(false);
        engine.setEnsureJobDueDateNotNull(false);
        jobs.start();
        intake(app, Math.max(4, INTAKES / 5), new HashMap<>()); // warm-up, not counted
        stage(app, db, engine, "engine's acquisition defaults, no job index");

        long t = System.nanoTime();
        int copies = copyOpenDossiers(db, OPEN);
        print(String.format(Locale.ROOT, "(copied %d open dossiers in %.1f s)", copies, (System.nanoTime() - t) / 1e9));
        if (KEEP) {
            return; // -Dbench.keep=true: the database stays, with the copies, to read the engine's plans (EXPLAIN)
        }
        stage(app, db, engine, "engine's acquisition defaults, no job index");

        // what acquisition costs with each setting, on the open dossiers' jobs, before and after the index
        acquisitionSettings(engine, "no job index");
        try (Statement s = sql(db).createStatement()) {
            for (String index : JOB_INDEX) {
                long i0 = System.nanoTime();
                s.execute(index);
                print(String.format(Locale.ROOT, "(%s: %.1f s)", index, (System.nanoTime() - i0) / 1e9));
            }
            s.execute("analyze act_ru_job");
        }
        acquisitionSettings(engine, "job due-date index");

        // Motcua's settings (application.yaml): acquisition by due date, every job with a due date
        jobs.shutdown();
        engine.setJobExecutorAcquireByDueDate(true);
        engine.setEnsureJobDueDateNotNull(true);
        jobs.start();
        stage(app, db, engine, "job due-date index, acquisition by due date");
        // two per accepted dossier; the demo's dossiers copied with them hold fewer (paused, or past a deadline)
        long timers = count(db, "select count(*) from act_ru_job where type_ = 'timer'");
        print(String.format(Locale.ROOT, "(timer jobs at the end: %,d)", timers));
        assertThat(timers).as("the open dossiers' timers").isGreaterThan((long) OPEN);
    }

    /** The index Motcua adds to the engine's tables at start ({@code vn.motcua.engine.EngineIndexesPlugin}). */
    static final List<String> JOB_INDEX = List.of("create index ix_act_ru_job_duedate on act_ru_job (duedate_)");

    private void stage(ConfigurableApplicationContext app, String db, ProcessEngineConfigurationImpl engine, String label)
            throws Exception {
        long open = count(db, "select count(*) from act_ru_execution where id_ = proc_inst_id_");
        List<Double> rates = new ArrayList<>();
        Map<String, ConcurrentLinkedQueue<Long>> nanos = new HashMap<>();
        for (int run = 0; run < 3; run++) {
            rates.add(intake(app, INTAKES, nanos));
        }
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        Lists tasks = taskList(app);
        List<Long> acquisition = acquisitions(engine, RUNS);
        print(String.format(Locale.ROOT, "| %,d | %s | %.2f · %.2f · %.2f | **%.2f** | %.0f / %.0f | %.0f / %.0f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |",
                open, label, rates.get(0), rates.get(1), rates.get(2), sorted.get(1),
                LifecycleBenchmark.p(nanos.get("submit"), 50), LifecycleBenchmark.p(nanos.get("submit"), 95),
                LifecycleBenchmark.p(nanos.get("accept"), 50), LifecycleBenchmark.p(nanos.get("accept"), 95),
                LifecycleBenchmark.p(tasks.page, 50), LifecycleBenchmark.p(tasks.page, 95),
                LifecycleBenchmark.p(tasks.count, 50), LifecycleBenchmark.p(tasks.count, 95),
                LifecycleBenchmark.p(acquisition, 50), LifecycleBenchmark.p(acquisition, 95)));
    }

    /** {@code n} intakes on {@link #THREADS} threads; the rate in intakes per second of wall time. */
    private double intake(ConfigurableApplicationContext app, int n, Map<String, ConcurrentLinkedQueue<Long>> nanos) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int k = 0; k < n; k++) {
                done.add(clients.submit(() -> {
                    Map<String, Long> times = new HashMap<>();
                    LifecycleBenchmark.javaIntake(app, next.incrementAndGet(), times);
                    times.forEach((step, ns) -> nanos.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(ns));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            clients.shutdown();
        }
    }

    record Lists(List<Long> page, List<Long> count) {
    }

    /**
     * The clerk's list as Tasklist asks for it through the engine REST API's {@code POST /filter/{id}/list?firstResult=0
     * &maxResults=15} (sorting by creation date, newest first) with the filter's variables, then its count
     * ({@code /filter/{id}/count}, shown beside the filter): the stored filter, logged in as the clerk.
     */
    private Lists taskList(ConfigurableApplicationContext app) {
        FilterService filters = app.getBean(FilterService.class);
        TaskService taskService = app.getBean(TaskService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        IdentityService identity = app.getBean(IdentityService.class);
        Filter group = filters.createFilterQuery().filterName("Việc của nhóm tôi").singleResult();
        @SuppressWarnings("unchecked")
        List<String> variables = ((List<Map<String, String>>) group.getProperties().get("variables")).stream()
                .map(v -> v.get("name")).toList();
        Supplier<Integer> page = () -> EngineLogin.as(identity, CLERK, () -> {
            List<Task> tasks = filters.listPage(group.getId(), taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
            List<String> scopes = new ArrayList<>();
            tasks.forEach(task -> {
                scopes.add(task.getId());
                scopes.add(task.getExecutionId());
                scopes.add(task.getProcessInstanceId());
            });
            int values = scopes.isEmpty() ? 0 : runtime.createVariableInstanceQuery()
                    .variableScopeIdIn(scopes.toArray(String[]::new)).variableNameIn(variables.toArray(String[]::new))
                    .disableBinaryFetching().disableCustomObjectDeserialization().list().size();
            assertThat(tasks).as("the clerk sees his group's tasks").hasSize(15);
            assertThat(values).as("with their variables").isGreaterThanOrEqualTo(15);
            return tasks.size();
        });
        Supplier<Long> count = () -> EngineLogin.as(identity, CLERK, () -> filters.count(group.getId()));
        return new Lists(times(page, RUNS), times(count, RUNS));
    }

    private static List<Long> times(Supplier<?> work, int runs) {
        work.get();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - t);
        }
        return nanos;
    }

    /** The engine's acquisition command as the job executor runs it (nothing is due: it finds no job). */
    private static List<Long> acquisitions(ProcessEngineConfigurationImpl engine, int runs) {
        JobExecutor jobs = engine.getJobExecutor();
        return times(() -> engine.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(jobs, jobs.getMaxJobsPerAcquisition())), runs);
    }

    private void acquisitionSettings(ProcessEngineConfigurationImpl engine, String indexes) {
        boolean byDueDate = engine.isJobExecutorAcquireByDueDate();
        boolean timersFirst = engine.isJobExecutorPreferTimerJobs();
        Map<String, boolean[]> settings = new LinkedHashMap<>();
        settings.put("default (no order)", new boolean[] {false, false});
        settings.put("jobExecutorAcquireByDueDate", new boolean[] {true, false});
        settings.put("jobExecutorPreferTimerJobs", new boolean[] {false, true});
        settings.put("both", new boolean[] {true, true});
        settings.put("jobExecutorAcquireByDueDate + ensureJobDueDateNotNull", new boolean[] {true, false, true});
        boolean dueDateNotNull = engine.isEnsureJobDueDateNotNull();
        settings.forEach((name, flags) -> {
            engine.setJobExecutorAcquireByDueDate(flags[0]);
            engine.setJobExecutorPreferTimerJobs(flags[1]);
            engine.setEnsureJobDueDateNotNull(flags.length > 2 && flags[2]);
            List<Long> t = acquisitions(engine, RUNS);
            print(String.format(Locale.ROOT, "| acquisition query, %s, %s | %.1f / %.1f ms (p50 / p95) |", indexes, name,
                    LifecycleBenchmark.p(t, 50), LifecycleBenchmark.p(t, 95)));
        });
        engine.setJobExecutorAcquireByDueDate(byDueDate);
        engine.setJobExecutorPreferTimerJobs(timersFirst);
        engine.setEnsureJobDueDateNotNull(dueDateNotNull);
    }

    // ------------------------------------------------------------------ 100,000 open dossiers

    /**
     * Adds open dossiers as copies of the engine's runtime rows of the process instances open now (the dossiers just
     * received, each waiting at the appraisal with its two boundary timers): every column as the engine wrote it,
     * ids (and the ids that point at them) made unique per copy, the business key suffixed, the task's creation
     * time spread over the last 30 days and the timers' due dates over the next 30 days (none falls due during the
     * benchmark). Copied: executions, tasks, their candidate-group links and the engine's per-task authorizations,
     * variables (and their byte arrays), jobs, event subscriptions. Not copied: the engine's history and the register's
     * rows (nothing reads them for a task list, an intake or a job acquisition). Returns the number of copies.
     */
    static int copyOpenDossiers(String db, int wanted) throws Exception {
        try (Statement s = sql(db).createStatement()) {
            Connection c = s.getConnection();
            s.execute("create temporary table seed as select id_ from act_ru_execution where id_ = proc_inst_id_ and super_exec_ is null");
            long seeds = LifecycleBenchmark.count(c, "select count(*) from seed");
            int per = (int) Math.ceil((double) wanted / seeds);
            s.execute("create temporary table copy_no as select g from generate_series(1, " + per + ") g");
            s.execute("create temporary table inst as select e.id_ from act_ru_execution e where e.root_proc_inst_id_ in (select id_ from seed)");
            String inInst = " in (select id_ from inst)";
            String tasks = " in (select id_ from act_ru_task where proc_inst_id_" + inInst + ")";
            s.execute(copy(c, "act_ge_bytearray", "x.id_ in (select bytearray_id_ from act_ru_variable where proc_inst_id_" + inInst + ")", Map.of()));
            s.execute(copy(c, "act_ru_execution", "x.proc_inst_id_" + inInst, Map.of()));
            s.execute(copy(c, "act_ru_task", "x.proc_inst_id_" + inInst,
                    Map.of("create_time_", "x.create_time_ - (g % 30) * interval '1 day' - (g % 997) * interval '1 minute'")));
            s.execute(copy(c, "act_ru_identitylink", "x.task_id_" + tasks, Map.of()));
            s.execute(copy(c, "act_ru_authorization", "x.resource_id_" + tasks + " or x.resource_id_" + inInst, Map.of()));
            s.execute(copy(c, "act_ru_variable", "x.proc_inst_id_" + inInst, Map.of()));
            s.execute(copy(c, "act_ru_job", "x.process_instance_id_" + inInst,
                    Map.of("duedate_", "x.duedate_ + (g % 30) * interval '1 day' + (g % 997) * interval '1 minute'")));
            s.execute(copy(c, "act_ru_event_subscr", "x.proc_inst_id_" + inInst, Map.of()));
            s.execute("analyze");
            return (int) (seeds * per);
        }
    }

    /** Columns holding the id of a row copied with its process instance; a copy gets a new value, the same everywhere. */
    static final Set<String> IDS = Set.of("id_", "proc_inst_id_", "execution_id_", "parent_id_", "super_exec_",
            "root_proc_inst_id_", "process_instance_id_", "task_id_", "act_inst_id_", "bytearray_id_", "var_scope_",
            "resource_id_", "parent_task_id_", "exception_stack_id_");

    private static String copy(Connection c, String table, String where, Map<String, String> overrides) throws Exception {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getColumns(null, "public", table, null)) {
            while (r.next()) {
                String column = r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.add(column);
                if (overrides.containsKey(column)) {
                    values.add(overrides.get(column));
                } else if (IDS.contains(column)) {
                    // an engine id (a UUID, or "ActivityId:UUID") keeps its length: its last 7 characters become the copy number
                    values.add("case when x." + column + " is null or x." + column + " = '*' then x." + column
                            + " when length(x." + column + ") >= 36 then left(x." + column + ", length(x." + column
                            + ") - 7) || 'z' || lpad(g::text, 6, '0') else x." + column + " || 'z' || g end");
                } else if (column.equals("business_key_")) {
                    values.add("x.business_key_ || '~' || g");
                } else {
                    values.add("x." + column);
                }
            }
        }
        assertThat(columns).as("columns of %s", table).isNotEmpty();
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " x cross join copy_no where " + where;
    }

    private static Connection admin;

    /**
     * One connection to the benchmark's database for all its own statements, opened once: the shared PostgreSQL's
     * connections are few ({@code max_connections}) and other builds take them.
     */
    private static synchronized Connection sql(String db) throws Exception {
        if (admin == null || admin.isClosed()) {
            admin = DriverManager.getConnection(HOST + db, USER, "");
        }
        return admin;
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private static long count(String db, String sql) throws Exception {
        return LifecycleBenchmark.count(sql(db), sql);
    }
}
