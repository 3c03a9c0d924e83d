package vn.motcua.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.StepRole;

/**
 * Scale of the generator (issue 17, point 3, deploy side), opt-in with {@code -Dmotcua.benchmark=true}: generate
 * 2,000 skeletons (step tables of 4 to 7 rows, a partner step in one of five), merge their thoi-han-buoc rows, deploy
 * them with the shared models in one deployment on PostgreSQL, then measure what every start of Motcua does with
 * its models: build the engine and redeploy the model folders with duplicate filtering, with and without the
 * 2,000. Median of three runs each; numbers in docs/performance.md.
 */
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
class SkeletonBenchmark {

    static final String HOST = System.getProperty("motcua.benchmark.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("motcua.benchmark.user", "postgres");
    static final int COUNT = Integer.getInteger("motcua.benchmark.skeletons", 2000);
    static final String DATABASE = "motcua_gen_bench";

    @Test
    void shouldGenerateAndDeployACatalogueOfSkeletons() throws Exception {
        long[] generate = new long[3];
        List<Skeleton> skeletons = null;
        String dmn = Files.readString(Path.of("decisions/thoi-han-buoc.dmn"));
        String merged = null;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            skeletons = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                skeletons.add(skeleton(i));
            }
            merged = StepDeadlineRows.mergeAll(dmn, skeletons.stream().map(Skeleton::plan).toList()).values().iterator().next().dmn();
            generate[run] = System.nanoTime() - t;
        }
        assertThat(skeletons).allSatisfy(s -> assertThat(s.diagram().faults()).isEmpty());
        Map<String, String> shared = sharedModels();
        shared.put("thoi-han-buoc.dmn", merged);
        Map<String, String> all = new LinkedHashMap<>(shared);
        skeletons.forEach(s -> s.files().forEach((path, text) -> all.put(path.substring(path.lastIndexOf('/') + 1), text)));
        long bytes = all.values().stream().mapToLong(String::length).sum();

        long[] deploy = new long[3];
        long[] startWithout = new long[3];
        long[] startWith = new long[3];
        for (int run = 0; run < 3; run++) {
            recreateDatabase();
            startWithout[run] = start(shared);           // first start: the shipped models only
            startWithout[run] = start(shared);           // a later start: nothing changed
            long t = System.nanoTime();
            ProcessEngine engine = engine();
            deploy(engine, all, false);
            deploy[run] = System.nanoTime() - t;
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count()).isGreaterThanOrEqualTo(COUNT);
            engine.close();
            startWith[run] = start(all);                 // a later start with the 2,000: nothing changed
        }
        System.out.printf("SKELETON BENCHMARK %d skeletons, %d resources, %.1f MB%n", COUNT, all.size(), bytes / 1e6);
        System.out.printf("  generate + merge rows   median %6.0f ms  runs %s%n", median(generate), ms(generate));
        System.out.printf("  deploy in one deployment median %6.0f ms  runs %s%n", median(deploy), ms(deploy));
        System.out.printf("  start without           median %6.0f ms  runs %s%n", median(startWithout), ms(startWithout));
        System.out.printf("  start with the %d      median %6.0f ms  runs %s%n", COUNT, median(startWith), ms(startWith));
    }

    static Skeleton skeleton(int i) {
        int days = 5 + i % 20;
        AdministrativeProcedure procedure = Tables.procedure(String.format("9.%06d", i), "Thủ tục thử nghiệm số " + i, String.format("thu-tuc-thu-nghiem-%04d", i),
                days, WorkingTimeUnit.WORKING_DAYS, "Tờ khai", "Giấy tờ chứng minh");
        List<InternalProcessStep> steps = new ArrayList<>();
        steps.add(Tables.step(1, "Tiếp nhận hồ sơ", StepRole.INTAKE, null, "0.5"));
        steps.add(Tables.step(2, "Thẩm định hồ sơ", StepRole.HANDLER, null, "1"));
        if (i % 4 == 0) {
            steps.add(Tables.step(steps.size() + 1, "Kiểm tra thực địa", StepRole.HANDLER, null, "1"));
        }
        if (i % 5 == 0) {
            steps.add(Tables.step(steps.size() + 1, "Lấy ý kiến cơ quan thuế", StepRole.PARTNER, "THUE", "1"));
        }
        if (i % 3 != 0) {
            steps.add(Tables.step(steps.size() + 1, "Lãnh đạo phòng xem xét", StepRole.HEAD, null, "0.5"));
        }
        BigDecimal used = steps.stream().map(InternalProcessStep::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = BigDecimal.valueOf(days).subtract(used).subtract(new BigDecimal("0.5"));
        steps.add(new InternalProcessStep(steps.size() + 1, "Lãnh đạo ký", StepRole.SIGNER, null, left));
        steps.add(Tables.step(steps.size() + 1, "Trả kết quả", StepRole.RETURN, null, "0.5"));
        return Skeleton.generate(procedure, procedure.getCases().get(0), Tables.table(procedure.getCode(), steps.toArray(InternalProcessStep[]::new)));
    }

    static Map<String, String> sharedModels() throws Exception {
        Map<String, String> models = new LinkedHashMap<>();
        for (String folder : List.of("processes", "decisions", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    models.put(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        return models;
    }

    /** What a start of Motcua does with its models: build the engine, redeploy the folders with duplicate filtering. */
    static long start(Map<String, String> models) {
        long t = System.nanoTime();
        ProcessEngine engine = engine();
        deploy(engine, models, true);
        long elapsed = System.nanoTime() - t;
        engine.close();
        return elapsed;
    }

    static void deploy(ProcessEngine engine, Map<String, String> models, boolean filterDuplicates) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("motcua").source("benchmark");
        if (filterDuplicates) {
            deployment.enableDuplicateFiltering(false);
        }
        models.forEach(deployment::addString);
        deployment.deploy();
    }

    static ProcessEngine engine() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(HOST + DATABASE);
        configuration.setJdbcUsername(USER);
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEngineName("skeleton-benchmark");
        return configuration.buildProcessEngine();
    }

    static void recreateDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection(HOST + "postgres", USER, ""); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[1] / 1e6;
    }

    static String ms(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
    }
}
