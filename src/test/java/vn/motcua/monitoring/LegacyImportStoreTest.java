package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.procedure.RuleSets;

/**
 * The past-dossier import's SQL on the Flyway schema (H2 here, PostgreSQL in {@link LegacyImportStorePostgresTest}):
 * the checked rows written in one batch become what the period report and the online indicators count for their
 * year; a write that fails half-way stores nothing, neither rows nor batch.
 */
@JdbcTest
@Import({LegacyImportStore.class, ReportQueries.class, RuleSets.class, JacksonAutoConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LegacyImportStoreTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LegacyImportStore store;
    @Autowired
    ReportQueries reports;
    @Autowired
    PlatformTransactionManager transactions;
    @MockitoBean
    WorkingCalendar calendar;

    @BeforeEach
    void seed() {
        when(calendar.dueDate(any(LocalDateTime.class), anyLong(), any(WorkingTimeUnit.class), anyBoolean()))
                .thenAnswer(i -> ((LocalDateTime) i.getArgument(0)).plusDays(i.<Long>getArgument(1)));
        jdbc.update("delete from dossier where import_batch_id is not null");
        jdbc.update("delete from legacy_import_batch");
        if (jdbc.queryForObject("select count(*) from agency where code = '000.00.20.H10'", Long.class) == 0) {
            jdbc.update("insert into agency (code, name, level, intake_group) values ('000.00.20.H10', 'UBND thành phố Đồng Xoài', 'DISTRICT', 'motcua-dongxoai')");
            jdbc.update("insert into admin_procedure (code, name, process_key, online_service_type, effective_from, effective_to) values"
                    + " ('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'dang-ky-ho-kinh-doanh', 'PARTIAL', date '2019-01-01', date '2020-12-31'),"
                    + " ('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'dang-ky-ho-kinh-doanh', 'FULL', date '2021-01-01', null)");
            jdbc.update("insert into procedure_case (procedure_id, code, name, duration_amount, duration_unit, pause_policy)"
                    + " select id, 'TH1', 'Trường hợp 1', 3, 'WORKING_DAYS', 'RESUME' from admin_procedure");
        }
    }

    LegacyRows.Checked check(String csv) {
        LegacyCsv.Parsed parsed = LegacyCsv.parse(csv.getBytes(StandardCharsets.UTF_8), 1000);
        assertThat(parsed.problems()).isEmpty();
        return LegacyRows.check(parsed.lines(), store.catalogue(), ZONE, NOW, "CU-T");
    }

    static final String FILE = "code,procedure,resolving_agency,channel,received_at,due_at,finished_at,returned_at,status\n"
            + "T-1,1.001612,000.00.20.H10,ONLINE,2020-06-01 08:00,2020-06-04 08:00,2020-06-03 08:00,2020-06-03 09:00,10\n"
            + "T-2,1.001612,000.00.20.H10,COUNTER,2020-06-01 08:00,2020-06-04 08:00,2020-06-05 08:00,,9\n"
            + "T-3,1.001612,000.00.20.H10,ONLINE,2022-06-01 08:00,2022-06-04 08:00,2022-06-02 08:00,2022-06-02 09:00,10\n"
            + "T-4,1.001612,000.00.20.H10,POST,2022-06-01 08:00,,2022-06-02 08:00,,8\n";

    @Test
    void shouldGiveThePeriodReportAndTheOnlineLevelsOfThePastYears() {
        LegacyRows.Checked checked = check(FILE);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.perYearAgency(ZONE)).containsOnlyKeys("2020", "2022");
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                store.write("a".repeat(64), "t.csv", "admin", NOW, checked.rows()));

        Instant from2020 = Instant.parse("2019-12-31T17:00:00Z");
        Instant to2020 = Instant.parse("2020-12-31T17:00:00Z");
        PeriodReport y2020 = reports.periodReports(from2020, to2020, NOW, AgencyScope.ALL).get(0);
        assertThat(y2020.receivedOnline()).isEqualTo(1);
        assertThat(y2020.receivedCounter()).isEqualTo(1);
        assertThat(y2020.resolvedEarly()).isEqualTo(1);
        assertThat(y2020.resolvedLate()).isEqualTo(1);
        assertThat(y2020.inProgress()).isZero();
        // the level of each dossier is its version's in force at receipt: level 3 in 2020, level 4 from 2021
        assertThat(reports.receivedPerProcedure(from2020, to2020, AgencyScope.ALL))
                .containsExactly(new OnlineIndicators.Received("1.001612", "PARTIAL", 2, 1));
        Instant from2022 = Instant.parse("2021-12-31T17:00:00Z");
        Instant to2022 = Instant.parse("2022-12-31T17:00:00Z");
        assertThat(reports.receivedPerProcedure(from2022, to2022, AgencyScope.ALL))
                .containsExactly(new OnlineIndicators.Received("1.001612", "FULL", 2, 1));
        PeriodReport y2022 = reports.periodReports(from2022, to2022, NOW, AgencyScope.ALL).get(0);
        assertThat(y2022.stopped()).isEqualTo(1);
        assertThat(y2022.receivedPost()).isEqualTo(1);
        assertThat(store.batches(AgencyScope.ALL)).singleElement().satisfies(b -> assertThat(b.rowCount()).isEqualTo(4));
        assertThat(store.batches(AgencyScope.of(List.of("000.00.21.H10")))).isEmpty();
        assertThat(store.batchOfFile("a".repeat(64))).isPresent();

        // the same codes again: every row named, as already in the register
        assertThat(check(FILE).problems()).extracting(p -> p.field())
                .containsExactly("rows[2].code", "rows[3].code", "rows[4].code", "rows[5].code");
    }

    @Test
    void shouldStoreNothingWhenTheWriteFailsHalfWay() {
        LegacyRows.Checked checked = check(FILE);
        List<LegacyRows.Row> rows = new ArrayList<>();
        for (int i = 0; i < LegacyImportStore.CHUNK + 5; i++) {
            LegacyRows.Row r = checked.rows().get(i % 2);
            rows.add(new LegacyRows.Row(r.line(), "X-" + i, r.agencyId(), r.agencyCode(), r.receivingAgencyCode(),
                    r.procedureId(), r.caseId(), r.channel(), r.onlineServiceType(), r.status(), r.outcome(), r.receivedAt(),
                    r.dueAt(), r.finishedAt(), r.returnedAt(), r.applicantName(), r.applicantId(), r.summary(), r.ruleSet()));
        }
        rows.add(rows.get(3)); // a duplicate code in the second chunk: the unique key fails after 1,000 rows went in
        long before = jdbc.queryForObject("select count(*) from dossier", Long.class);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s ->
                store.write("b".repeat(64), "t.csv", "admin", NOW, rows))).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from legacy_import_batch", Long.class)).isZero();
    }
}
