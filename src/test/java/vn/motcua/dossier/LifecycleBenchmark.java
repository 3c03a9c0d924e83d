package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.security.EngineLogin;

/**
 * Not a test: issue 15 point 1, the benchmark of the reference lifecycle of the household-business procedure
 * (submit → accept → appraise → review → sign → return) for N dossiers with T client threads, on PostgreSQL,
 * in three variants in one run, each on a fresh database that it creates and drops:
 * <ol>
 * <li>(a) Motcua through its HTTP APIs as the demo users ({@code /api} and engine REST, basic authentication);
 * <li>(b) Motcua in-JVM through its services and the engine Java API, on an application started the same way;
 * <li>(c) the same BPMN files' skeleton on a bare Camunda 7.24 engine built here with default settings.
 * </ol>
 * It asserts only that every lifecycle finished; the numbers go to standard output and
 * {@code target/lifecycle-benchmark.md}. Runs only with {@code -Dmotcua.benchmark=true}; see docs/performance.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
class LifecycleBenchmark {

    static final String HOST = System.getProperty("motcua.benchmark.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("motcua.benchmark.user", "postgres");
    static final int DOSSIERS = Integer.getInteger("bench.dossiers", 200);
    static final int THREADS = Integer.getInteger("bench.threads", 4);
    /** Which variants to run, for trying the command out: a, b, c (default all three). */
    static final String VARIANTS = System.getProperty("bench.variants", "abc");
    static final int WARM_UP = Math.max(4, Math.min(20, DOSSIERS / 10));
    static final List<String> STEPS = List.of("submit", "accept", "appraise", "review", "sign", "signed", "return");
    static final Path REPORT = Path.of("target", "lifecycle-benchmark.md");

    /** What the bare engine's copy of the BPMN lost; printed with the results. */
    static final List<String> STRIPPED = new ArrayList<>();

    @TempDir
    Path dir;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void benchmark() throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        Instant began = Instant.now();
        Result http = VARIANTS.contains("a") ? motcua("a", "(a) Motcua, HTTP (/api + engine REST)", this::httpLifecycle) : null;
        Result inJvm = VARIANTS.contains("b") ? motcua("b", "(b) Motcua, in-JVM services + engine Java API", this::javaLifecycle) : null;
        Result bare = VARIANTS.contains("c") ? bare() : null;
        List<Result> results = java.util.stream.Stream.of(http, inJvm, bare).filter(java.util.Objects::nonNull).toList();
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        StringBuilder md = new StringBuilder();
        md.append("Run ").append(began.truncatedTo(ChronoUnit.SECONDS)).append(", ").append(DOSSIERS).append(" dossiers, ")
                .append(THREADS).append(" client threads, ").append(WARM_UP).append(" warm-up lifecycles per variant not counted; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; load average before `").append(load)
                .append("`, after `").append(loadAfter).append("`\n\n");
        md.append("| variant | lifecycles/s | ");
        STEPS.forEach(s -> md.append(s).append(" p50/p95 ms | "));
        md.append("commits/lifecycle | bytes/lifecycle | start-up s |\n|---|---|");
        STEPS.forEach(s -> md.append("---|"));
        md.append("---|---|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | ", r.name, r.rate()));
            for (String step : STEPS) {
                md.append(String.format(Locale.ROOT, "%.0f / %.0f | ", p(r.times.get(step), 50), p(r.times.get(step), 95)));
            }
            md.append(String.format(Locale.ROOT, "%.1f | %,.0f | %.1f |%n", (double) r.commits / DOSSIERS,
                    (double) r.bytes / DOSSIERS, r.startSeconds));
        }
        if (inJvm != null && bare != null) {
            md.append(String.format(Locale.ROOT, "%nRatios: lifecycles/s (b)/(c) = %.2f; bytes (b)/(c) = %.2f; commits (b)/(c) = %.2f%n",
                    inJvm.rate() / bare.rate(), (double) inJvm.bytes / bare.bytes, (double) inJvm.commits / bare.commits));
        }
        if (http != null && inJvm != null) {
            md.append(String.format(Locale.ROOT, "%nRatio: lifecycles/s (a)/(b) = %.2f%n", http.rate() / inJvm.rate()));
        }
        for (Result r : results) {
            md.append("\nLargest growth, ").append(r.name).append(" (bytes per lifecycle after VACUUM FULL): ");
            md.append(String.join(", ", r.tables.entrySet().stream().limit(16)
                    .map(e -> String.format(Locale.ROOT, "%s %,.0f", e.getKey(), (double) e.getValue() / DOSSIERS)).toList()));
            md.append('\n');
        }
        md.append("\nStripped from the bare engine's copy: ").append(String.join("; ", STRIPPED.stream().distinct().toList()))
                .append('\n');
        System.out.println(md);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md);
    }

    // ------------------------------------------------------------------ the variants

    /** One lifecycle of dossier {@code i} on the running application, filling in the step times. */
    interface Lifecycle {
        void run(ConfigurableApplicationContext app, int i, Map<String, Long> nanos) throws Exception;
    }

    private Result motcua(String tag, String name, Lifecycle lifecycle) throws Exception {
        String db = "motcua_bench_" + tag + "_" + ProcessHandle.current().pid();
        admin("create database " + db);
        try {
            long t0 = System.nanoTime();
            ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("returnTaskSignal", new ReturnTaskSignal()))
                    .run(
                    "--server.port=0", "--logging.level.root=WARN",
                    "--motcua.documents.dir=" + dir.resolve(tag + "-documents"),
                    "--motcua.signature.demo-dir=" + dir.resolve("signature"),
                    "--spring.datasource.url=" + HOST + db, "--spring.datasource.username=" + USER,
                    "--spring.datasource.password=Trust-Auth-Ignores-1");
            double start = (System.nanoTime() - t0) / 1e9;
            Result result;
            try {
                result = measure(name, db, (i, nanos) -> lifecycle.run(app, i, nanos), app::close);
            } finally {
                app.close();
            }
            result.startSeconds = start;
            try (Connection c = DriverManager.getConnection(HOST + db, USER, "")) {
                String mine = "from dossier where applicant_id_number ~ '^079177[0-9]{6}$'";
                assertThat(count(c, "select count(*) " + mine)).as("dossiers of %s", name).isEqualTo(DOSSIERS + WARM_UP);
                assertThat(count(c, "select count(*) " + mine + " and status = 10")).as("every lifecycle of %s returned its dossier",
                        name).isEqualTo(DOSSIERS + WARM_UP);
            }
            return result;
        } finally {
            admin("drop database if exists " + db + " with (force)");
        }
    }

    /** (a): as the desk clerk, the specialist, the head, the leader and the returning clerk would, over HTTP. */
    private void httpLifecycle(ConfigurableApplicationContext app, int i, Map<String, Long> nanos) throws Exception {
        String id = idNumber(i);
        long t = System.nanoTime();
        ResponseEntity<String> submitted = http(app, "tiepnhan").postForEntity("/api/dossiers", DossierApiFlowTest.multipart(
                TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", id))), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        t = lap(nanos, "submit", t);
        ResponseEntity<String> accepted = http(app, "tiepnhan").postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json(ACCEPTANCE), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        t = lap(nanos, "accept", t);
        httpComplete(app, "chuyenvien", code, "Task_Appraise", appraisal(i));
        t = lap(nanos, "appraise", t);
        httpComplete(app, "truongphong", code, "Task_Review", REVIEW);
        t = lap(nanos, "review", t);
        httpComplete(app, "lanhdao", code, "Task_Sign", SIGNATURE);
        t = lap(nanos, "sign", t);
        // the job executor signs after the leader's completion; the return clerk's task appears once it is done
        app.getBean(ReturnTaskSignal.class).await(code);
        t = lap(nanos, "signed", t);
        httpComplete(app, "traketqua", code, "Task_ReturnResult", RETURN);
        lap(nanos, "return", t);
    }

    /** Claims and completes the dossier's step through the engine REST API of the application, as the user (HTTP Basic). */
    static void httpComplete(ConfigurableApplicationContext app, String user, String code, String step,
                             Map<String, Object> variables) throws Exception {
        httpComplete(http(app, user), user, code, step, variables);
    }

    /** Claims and completes the dossier's step through the engine REST API, with the user's client. */
    static void httpComplete(TestRestTemplate client, String user, String code, String step, Map<String, Object> variables)
            throws Exception {
        JsonNode found = httpTasks(client, code, step);
        assertThat(found).as("%s sees %s of %s: %s", user, step, code, found).hasSize(1);
        String id = found.get(0).get("id").asText();
        assertThat(client.postForEntity("/engine-rest/task/{id}/claim", jsonBody(Map.of("userId", user)), String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        ResponseEntity<String> done = client.postForEntity("/engine-rest/task/{id}/complete", jsonBody(Map.of("variables", typed)),
                String.class, id);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The user's open tasks of the dossier's step, through the engine REST API. */
    static JsonNode httpTasks(ConfigurableApplicationContext app, String user, String code, String step) throws Exception {
        return httpTasks(http(app, user), code, step);
    }

    static JsonNode httpTasks(TestRestTemplate client, String code, String step) throws Exception {
        return new ObjectMapper().readTree(client.getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={code}&taskDefinitionKey={step}", String.class, code, step).getBody());
    }

    /** (b): the same work through the services behind {@code /api} and the engine's Java API, as the same users. */
    private void javaLifecycle(ConfigurableApplicationContext app, int i, Map<String, Long> nanos) throws Exception {
        IdentityService identity = app.getBean(IdentityService.class);
        TaskService tasks = app.getBean(TaskService.class);
        String code = javaIntake(app, i, nanos);
        long t = System.nanoTime();
        EngineLogin.complete(identity, tasks, "chuyenvien", code, "Task_Appraise", appraisal(i));
        t = lap(nanos, "appraise", t);
        EngineLogin.complete(identity, tasks, "truongphong", code, "Task_Review", REVIEW);
        t = lap(nanos, "review", t);
        EngineLogin.complete(identity, tasks, "lanhdao", code, "Task_Sign", SIGNATURE);
        t = lap(nanos, "sign", t);
        app.getBean(ReturnTaskSignal.class).await(code);
        t = lap(nanos, "signed", t);
        EngineLogin.complete(identity, tasks, "traketqua", code, "Task_ReturnResult", RETURN);
        lap(nanos, "return", t);
    }

    /**
     * The intake of dossier {@code i} in-JVM: the online submission with its two files, then the desk's acceptance, as
     * {@code tiepnhan}; the times of both steps go to {@code nanos}. Returns the dossier code.
     */
    static String javaIntake(ConfigurableApplicationContext app, int i, Map<String, Long> nanos) throws Exception {
        IdentityService identity = app.getBean(IdentityService.class);
        SubmissionRequest request = app.getBean(ObjectMapper.class).readValue(
                TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber(i)), SubmissionRequest.class);
        Map<String, List<MultipartFile>> parts = new LinkedHashMap<>();
        parts.put("GIAY_DE_NGHI", List.of(new MockMultipartFile("GIAY_DE_NGHI", "giay-de-nghi.pdf", "application/pdf", TestFiles.PDF)));
        parts.put("CCCD", List.of(new MockMultipartFile("CCCD", "cccd.png", "image/png", TestFiles.PNG)));
        long t = System.nanoTime();
        String code = EngineLogin.as(identity, "tiepnhan", () -> app.getBean(DossierSubmission.class)
                .submit(app.getBean(SubmissionValidator.class).validate(request, parts), null).code());
        t = lap(nanos, "submit", t);
        EngineLogin.as(identity, "tiepnhan", () -> app.getBean(DossierActions.class).accept(code, List.of("GIAY_DE_NGHI", "CCCD"),
                "Đủ hồ sơ"));
        lap(nanos, "accept", t);
        return code;
    }

    /**
     * Tells the clients of (a) and (b) when the job executor has signed a dossier's result: a benchmark-only engine
     * plugin whose listener on the creation of the return desk's task ({@code Task_ReturnResult}) opens the dossier's
     * latch once that task's transaction has committed. Waiting on it costs the database nothing, so the commits per
     * lifecycle count the lifecycle's own transactions (the clients used to look for the task every 10 ms, each look a
     * read-only transaction).
     */
    static final class ReturnTaskSignal extends AbstractProcessEnginePlugin {

        static final String RETURN_TASK = "Task_ReturnResult";

        private final Map<String, CountDownLatch> latches = new ConcurrentHashMap<>();

        private CountDownLatch latch(String code) {
            return latches.computeIfAbsent(code, c -> new CountDownLatch(1));
        }

        /** Waits until the return task of the dossier exists (committed); fails after five minutes. */
        void await(String code) throws InterruptedException {
            assertThat(latch(code).await(5, TimeUnit.MINUTES)).as("the return task of %s appeared", code).isTrue();
            latches.remove(code);
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            if (configuration.getCustomPostBPMNParseListeners() == null) {
                configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
            }
            configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
                @Override
                public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                    if (RETURN_TASK.equals(activity.getId())) {
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                                .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
                                    String code = task.getExecution().getProcessBusinessKey();
                                    Context.getCommandContext().getTransactionContext().addTransactionListener(
                                            TransactionState.COMMITTED, committed -> latch(code).countDown());
                                });
                    }
                }
            });
        }
    }

    /** (c): the BPMN skeleton on a bare engine of its own, default configuration, on a fresh database. */
    private Result bare() throws Exception {
        String db = "motcua_bench_c_" + ProcessHandle.current().pid();
        admin("create database " + db);
        try {
            long t0 = System.nanoTime();
            ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                    .setJdbcUrl(HOST + db).setJdbcUsername(USER).setJdbcPassword("").setJdbcDriver("org.postgresql.Driver")
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                    .setProcessEngineName("bare-" + db);
            ProcessEngine engine = configuration.buildProcessEngine();
            Result result;
            try {
                DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare skeleton");
                for (String process : List.of("dang-ky-ho-kinh-doanh", "ky-so-ket-qua", "tra-ket-qua")) {
                    deployment.addModelInstance(process + ".bpmn", skeleton(Path.of("processes", process + ".bpmn")));
                }
                deployment.deploy();
                double start = (System.nanoTime() - t0) / 1e9;
                result = measure("(c) bare Camunda 7.24, same BPMN skeleton", db, (i, nanos) -> bareLifecycle(engine, i, nanos),
                        engine::close);
                result.startSeconds = start;
            } finally {
                engine.close();
            }
            try (Connection c = DriverManager.getConnection(HOST + db, USER, "")) {
                assertThat(count(c, "select count(*) from act_hi_procinst where proc_def_key_ = 'dang-ky-ho-kinh-doanh'"
                        + " and end_time_ is not null")).as("every bare lifecycle finished").isEqualTo(DOSSIERS + WARM_UP);
                assertThat(count(c, "select count(*) from act_ru_task")).isZero();
            }
            return result;
        } finally {
            admin("drop database if exists " + db + " with (force)");
        }
    }

    private void bareLifecycle(ProcessEngine engine, int i, Map<String, Long> nanos) {
        String code = "BARE-" + i;
        Map<String, Object> start = new HashMap<>();
        start.put("applicantName", "Nguyễn Văn An");
        start.put("applicantIdNumber", idNumber(i));
        start.put("applicantAddress", "Phường Tân Phú, Đồng Xoài");
        start.put("businessName", "Tạp hóa An");
        start.put("businessAddress", "12 Phú Riềng Đỏ, Phường Tân Phú");
        start.put("businessLine", "Bán lẻ hàng tạp hóa");
        start.put("capital", 50_000_000);
        start.put("summary", "Đăng ký hộ kinh doanh tạp hóa An");
        start.put("channel", "ONLINE");
        // the two boundary timers of the processing sub-process read these dates (Motcua computes them at acceptance)
        start.put("dossierDueDate", Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
        start.put("dossierDueSoonDate", Date.from(Instant.now().plus(4, ChronoUnit.DAYS)));
        long t = System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey("dang-ky-ho-kinh-doanh", code, start);
        t = lap(nanos, "submit", t);
        bareComplete(engine, code, "Task_CheckDossier", Map.of("competent", true, "complete", true, "intakeDecision", "accept",
                "componentsHandedIn", "GIAY_DE_NGHI,CCCD", "opinion", "Đủ hồ sơ"));
        t = lap(nanos, "accept", t);
        bareComplete(engine, code, "Task_Appraise", appraisal(i));
        t = lap(nanos, "appraise", t);
        bareComplete(engine, code, "Task_Review", REVIEW);
        t = lap(nanos, "review", t);
        bareComplete(engine, code, "Task_Sign", SIGNATURE);
        t = lap(nanos, "sign", t);
        t = lap(nanos, "signed", t); // the no-op signing ran in the completion (no job executor here)
        bareComplete(engine, code, "Task_ReturnResult", RETURN);
        lap(nanos, "return", t);
    }

    private static void bareComplete(ProcessEngine engine, String code, String step, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(step).singleResult();
        assertThat(task).as("%s of %s", step, code).isNotNull();
        tasks.claim(task.getId(), "user");
        tasks.complete(task.getId(), variables);
    }

    /**
     * The BPMN file without Motcua's extras: execution and task listeners removed; service tasks' and the routing
     * business-rule task's Motcua delegates replaced by a no-op class; forms, candidate-group and due-date
     * expressions (Motcua beans and routing results) removed. Gateways, sub-process, boundary timers and call
     * activities with their variable mappings stay.
     */
    static BpmnModelInstance skeleton(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (ExtensionElements extensions : model.getModelElementsByType(ExtensionElements.class)) {
            for (ModelElementInstance listener : new ArrayList<>(extensions.getElements())) {
                if (listener instanceof CamundaExecutionListener || listener instanceof CamundaTaskListener) {
                    STRIPPED.add(listener.getElementType().getTypeName() + "s (dossier register, lifecycle)");
                    extensions.removeChildElement(listener);
                }
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            STRIPPED.add("service task " + task.getId() + " (" + task.getCamundaDelegateExpression() + ") → no-op"
                    + (task.isCamundaAsyncBefore() ? ", synchronous (no job executor here)" : ""));
            task.setCamundaAsyncBefore(false);
            task.setCamundaDelegateExpression(null);
            task.setCamundaClass(NoOp.class.getName());
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            STRIPPED.add("business-rule task " + task.getId() + " (DMN " + task.getCamundaDecisionRef() + ") → no-op");
            task.removeAttributeNs("http://camunda.org/schema/1.0/bpmn", "decisionRef");
            task.removeAttributeNs("http://camunda.org/schema/1.0/bpmn", "decisionRefBinding");
            task.removeAttributeNs("http://camunda.org/schema/1.0/bpmn", "resultVariable");
            task.removeAttributeNs("http://camunda.org/schema/1.0/bpmn", "mapDecisionResult");
            task.setCamundaClass(NoOp.class.getName());
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (String attribute : List.of("formRef", "formRefBinding", "candidateGroups", "dueDate")) {
                ((BaseElement) task).removeAttributeNs("http://camunda.org/schema/1.0/bpmn", attribute);
            }
        }
        STRIPPED.add("user tasks' forms, candidate groups and due dates");
        Bpmn.validateModel(model);
        return model;
    }

    /** Stands in for a Motcua delegate on the bare engine. */
    public static class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    // ------------------------------------------------------------------ measuring

    interface Work {
        void run(int i, Map<String, Long> nanos) throws Exception;
    }

    static final class Result {
        final String name;
        final Map<String, Collection<Long>> times = new ConcurrentHashMap<>();
        double seconds;
        long commits;
        long bytes;
        double startSeconds;
        Map<String, Long> tables = new LinkedHashMap<>();

        Result(String name) {
            this.name = name;
            STEPS.forEach(s -> times.put(s, new ConcurrentLinkedQueue<>()));
        }

        double rate() {
            return DOSSIERS / seconds;
        }
    }

    /**
     * Warm-up lifecycles, then the database compacted and its size and commit count read; N lifecycles on T threads;
     * then {@code stop} (so every connection has reported its statistics), the database compacted and read again.
     */
    private Result measure(String name, String db, Work work, Runnable stop) throws Exception {
        System.out.println("== " + name);
        Map<String, Long> ignored = new HashMap<>();
        for (int i = 0; i < WARM_UP; i++) {
            work.run(DOSSIERS + i, ignored);
        }
        Thread.sleep(11_000); // an idle backend reports its statistics within 10 s
        Map<String, Long> tablesBefore = tables(db);
        long sizeBefore = size(db);
        long commitsBefore = commits(db);
        Result result = new Result(name);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < THREADS; c++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < DOSSIERS; i = next.getAndIncrement()) {
                    Map<String, Long> nanos = new HashMap<>();
                    work.run(i, nanos);
                    nanos.forEach((step, n) -> result.times.get(step).add(n));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        result.seconds = (System.nanoTime() - t0) / 1e9;
        clients.shutdown();
        stop.run();
        Thread.sleep(2000);
        result.commits = commits(db) - commitsBefore;
        result.bytes = size(db) - sizeBefore;
        Map<String, Long> tablesAfter = tables(db);
        tablesAfter.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - tablesBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> result.tables.put(e.getKey(), e.getValue()));
        System.out.printf(Locale.ROOT, "%s: %.2f lifecycles/s, %d commits, %d bytes%n", name, result.rate(), result.commits,
                result.bytes);
        // at once, so that a later variant's failure does not lose this one's step times
        STEPS.forEach(step -> System.out.printf(Locale.ROOT, "  %s p50/p95 ms: %.0f / %.0f%n", step, p(result.times.get(step), 50),
                p(result.times.get(step), 95)));
        return result;
    }

    private static long lap(Map<String, Long> nanos, String step, long since) {
        long now = System.nanoTime();
        nanos.put(step, now - since);
        return now;
    }

    private static long size(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(HOST + db, USER, ""); Statement s = c.createStatement()) {
            s.execute("vacuum full");
            return count(c, "select pg_database_size(current_database())");
        }
    }

    private static Map<String, Long> tables(String db) throws Exception {
        Map<String, Long> sizes = new HashMap<>();
        try (Connection c = DriverManager.getConnection(HOST + db, USER, ""); Statement s = c.createStatement()) {
            s.execute("vacuum full");
            try (ResultSet r = s.executeQuery("select relname, pg_total_relation_size(relid) from pg_stat_user_tables")) {
                while (r.next()) {
                    sizes.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return sizes;
    }

    private static long commits(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(HOST + "postgres", USER, ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select xact_commit from pg_stat_database where datname = '" + db + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(HOST + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static double p(Collection<Long> nanos, int percent) {
        double[] sorted = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        int i = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }

    // ------------------------------------------------------------------ the lifecycle's data

    static final String ACCEPTANCE = "{\"componentsHandedIn\":[\"GIAY_DE_NGHI\",\"CCCD\"],\"opinion\":\"Đủ hồ sơ\"}";
    static final Map<String, Object> REVIEW = Map.of("reviewDecision", "approve", "opinion", "Đồng ý");
    static final Map<String, Object> SIGNATURE = Map.of("signDecision", "approve", "opinion", "Ký");
    static final Map<String, Object> RETURN = Map.of("returnMethod", "COUNTER", "resultReceiver", "Nguyễn Văn An",
            "feeCollected", true);

    static Map<String, Object> appraisal(int i) {
        return Map.of("appraisalDecision", "propose", "registrationNumber", String.format("44A8%06d", i), "opinion", "Hồ sơ hợp lệ");
    }

    static String idNumber(int i) {
        return String.format("079177%06d", i);
    }

    /** A client of the application as the user (the demo's and the test one-stop shop's password). */
    static TestRestTemplate http(ConfigurableApplicationContext app, String user) {
        return http("http://localhost:" + app.getEnvironment().getProperty("local.server.port"), user);
    }

    static TestRestTemplate http(String rootUri, String user) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(rootUri)).withBasicAuth(user, "demo");
    }

    private static HttpEntity<Map<String, Object>> jsonBody(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
