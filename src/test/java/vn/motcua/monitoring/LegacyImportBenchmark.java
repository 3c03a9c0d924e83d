package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.PostgresTestServer;

/**
 * Not a test: a benchmark of the past-dossier import on PostgreSQL — one year of a province, 200,000 rows of 20
 * agencies and 50 procedures — through the application's own beans (working calendar, rule sets, catalogue): read
 * the CSV, check every row, write them in one transaction; three runs, each on an empty register, median printed.
 * Runs only with {@code -Dmotcua.benchmark=true} and {@code MOTCUA_TEST_PG_URL}; see docs/performance.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "motcua.benchmark", matches = "true")
@SpringBootTest(properties = {"motcua.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        "motcua.documents.dir=target/test-documents"})
class LegacyImportBenchmark {

    static final String DATABASE = "motcua_legacy_bench";
    static final int ROWS = Integer.getInteger("motcua.benchmark.rows", 200_000);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        LegacyImportStorePostgresTest.fresh(DATABASE, registry);
    }

    @AfterAll
    static void drop() throws Exception {
        PostgresTestServer.drop(DATABASE);
    }

    @Autowired
    LegacyImportStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ZoneId provinceZone;

    @Test
    void benchmark() {
        jdbc.update("insert into agency (code, name, level, intake_group) select '000.00.' || lpad(g::text, 2, '0') || '.B10',"
                + " 'Cơ quan ' || g, 'DISTRICT', 'bench-' || g from generate_series(1, 20) g");
        jdbc.update("insert into admin_procedure (code, name, process_key, online_service_type, effective_from)"
                + " select '9.' || lpad(g::text, 6, '0'), 'Thủ tục ' || g, 'p' || g,"
                + " case g % 3 when 0 then 'NONE' when 1 then 'PARTIAL' else 'FULL' end, date '2020-01-01' from generate_series(1, 50) g");
        jdbc.update("insert into procedure_case (procedure_id, code, name, duration_amount, duration_unit, pause_policy)"
                + " select id, 'TH1', 'Trường hợp 1', 5, 'WORKING_DAYS', 'RESUME' from admin_procedure where code like '9.%'");
        byte[] file = csv();
        long[] millis = new long[3];
        long[][] phases = new long[3][];
        for (int run = 0; run < millis.length; run++) {
            jdbc.update("delete from dossier where import_batch_id is not null");
            jdbc.update("delete from legacy_import_batch");
            long t0 = System.nanoTime();
            int r = run;
            int written = new TransactionTemplate(transactions).execute(s -> {
                long p0 = System.nanoTime();
                LegacyCsv.Parsed parsed = LegacyCsv.parse(file, LegacyImports.MAX_ROWS);
                long p1 = System.nanoTime();
                LegacyRows.Checked checked = LegacyRows.check(parsed.lines(), store.catalogue(), provinceZone, Instant.now(), "CU-B");
                assertThat(checked.problems()).isEmpty();
                long p2 = System.nanoTime();
                store.write(LegacyImports.sha256(file), "bench.csv", "admin", Instant.now(), checked.rows());
                phases[r] = new long[] {(p1 - p0) / 1_000_000, (p2 - p1) / 1_000_000, (System.nanoTime() - p2) / 1_000_000};
                return checked.rows().size();
            });
            millis[run] = (System.nanoTime() - t0) / 1_000_000;
            assertThat(written).isEqualTo(ROWS);
        }
        assertThat(jdbc.queryForObject("select count(*) from dossier where import_batch_id is not null", Long.class)).isEqualTo(ROWS);
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("LEGACY IMPORT BENCHMARK rows=%d bytes=%d runs(ms)=%s median=%d ms; parse/check/write (ms) per run: %s%n",
                ROWS, file.length, Arrays.toString(millis), sorted[1], Arrays.deepToString(phases));
    }

    /** A province-year: 2024, 20 agencies, 50 procedures, mostly returned (some late), some withdrawn, some online. */
    static byte[] csv() {
        StringBuilder out = new StringBuilder(ROWS * 140);
        out.append("code,procedure,resolving_agency,channel,received_at,due_at,finished_at,returned_at,status,applicant_name,summary\n");
        LocalDateTime start = LocalDateTime.of(2024, 1, 2, 7, 30);
        List<String> channels = new ArrayList<>(List.of("COUNTER", "ONLINE", "COUNTER", "POST"));
        for (int i = 0; i < ROWS; i++) {
            LocalDateTime received = start.plusMinutes((long) i * 2 % (360L * 24 * 60));
            LocalDateTime due = received.plusDays(20); // never before the legal 5 working days, Tết included
            LocalDateTime finished = received.plusDays(3 + i % 22).plusHours(1);
            boolean withdrawn = i % 25 == 0;
            out.append("B-").append(i).append(",9.").append(String.format("%06d", 1 + i % 50)).append(",000.00.")
                    .append(String.format("%02d", 1 + i % 20)).append(".B10,").append(channels.get(i % 4)).append(',')
                    .append(TIME.format(received)).append(',').append(TIME.format(due)).append(',').append(TIME.format(finished))
                    .append(',').append(withdrawn ? "" : TIME.format(finished.plusHours(2))).append(',')
                    .append(withdrawn ? "7" : "10").append(",Người nộp ").append(i).append(",Hồ sơ số ").append(i).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
