package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;

/**
 * Imports a 2,000-procedure catalogue (the sample with varied codes, {@link ScaledCatalogue}) with its step tables,
 * through {@link CatalogueImport} as the admin API does, on H2 (file) and on PostgreSQL: three runs each, every run a
 * new catalogue (new codes) into the same database, then the same file again (nothing to write). Median of the three,
 * with the load of the machine, in {@code target/catalogue-benchmark.md}. Runs only with
 * {@code -Dmotcua.benchmark=true}; see docs/performance.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
class CatalogueBenchmark {

    static final String HOST = System.getProperty("motcua.benchmark.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("motcua.benchmark.user", "postgres");
    static final int PROCEDURES = Integer.getInteger("motcua.benchmark.procedures", 2000);
    static final int RUNS = 3;
    static final Path REPORT = Path.of("target", "catalogue-benchmark.md");

    @Test
    void importTwoThousandProcedures(@TempDir Path dir) throws Exception {
        Catalogue sample = CatalogueReaderTest.read(CatalogueReaderTest.sample());
        StringBuilder md = new StringBuilder("# Catalogue import benchmark\n\n").append(Instant.now()).append(", load `")
                .append(uptime()).append("`\n\n| database | procedures | step tables | diff (s, median) | apply (s, median) "
                        + "| same file again (s, median) | runs (apply) |\n|---|---|---|---|---|---|---|\n");
        String pgDatabase = "motcua_cat_bench_" + Long.toHexString(System.nanoTime());
        admin("create database " + pgDatabase);
        try {
            md.append(run("H2", sample, "jdbc:h2:file:" + dir.resolve("h2") + "/motcua", "sa", dir));
            md.append(run("PostgreSQL 15", sample, HOST + pgDatabase, USER, dir));
        } finally {
            admin("drop database if exists " + pgDatabase + " with (force)");
        }
        md.append("\nload after: `").append(uptime()).append("`\n");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md);
        System.out.println(md);
    }

    private String run(String name, Catalogue sample, String url, String user, Path dir) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class).run(
                "--server.port=0", "--logging.level.root=WARN", "--motcua.demo.enabled=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--motcua.documents.dir=" + dir.resolve(name.replace(' ', '-') + "-documents"),
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=Trust-Auth-Ignores-1");
        try {
            CatalogueImport imports = app.getBean(CatalogueImport.class);
            List<Double> diffs = new ArrayList<>();
            List<Double> applies = new ArrayList<>();
            List<Double> agains = new ArrayList<>();
            int tables = 0;
            for (int r = 0; r < RUNS; r++) {
                Catalogue big = ScaledCatalogue.of(sample, PROCEDURES, r * 100_000);
                tables = big.stepTables().size();
                byte[] file = CatalogueWriter.json(big);
                long t0 = System.nanoTime();
                CatalogueImport.Report diff = imports.diff(file);
                long t1 = System.nanoTime();
                CatalogueImport.Report applied = imports.apply(file, "benchmark");
                long t2 = System.nanoTime();
                CatalogueImport.Report again = imports.apply(file, "benchmark");
                long t3 = System.nanoTime();
                assertThat(diff.counts().get(CatalogueImport.Kind.NEW_PROCEDURE)).isEqualTo(PROCEDURES);
                assertThat(applied.counts().get(CatalogueImport.Kind.NEW_STEP_TABLE)).isEqualTo(tables);
                assertThat(again.changes()).isEmpty();
                diffs.add((t1 - t0) / 1e9);
                applies.add((t2 - t1) / 1e9);
                agains.add((t3 - t2) / 1e9);
            }
            return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %s |%n", name, PROCEDURES, tables,
                    median(diffs), median(applies), median(agains),
                    applies.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList());
        } finally {
            app.close();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).strip();
        } catch (Exception e) {
            return "uptime unavailable: " + e.getMessage();
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(HOST + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
