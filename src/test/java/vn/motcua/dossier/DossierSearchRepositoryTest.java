package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureRepository;
import vn.motcua.calendar.BusinessClock;

/** The register's queries on the Flyway schema: search criteria, paging and sorting, log book, unique keys. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@Import({DossierQueries.class, vn.motcua.procedure.RuleSets.class, DossierSearchRepositoryTest.Zone.class})
class DossierSearchRepositoryTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Zone {
        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Bean
        BusinessClock businessClock() {
            return Instant::now;
        }

        @Bean
        com.fasterxml.jackson.databind.ObjectMapper objectMapper() {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
        }

        /** The caller's agencies: every agency unless a test narrows them. */
        @Bean
        CallerAgencies callerAgencies() {
            return new CallerAgencies() {
                @Override
                public AgencyScope current() {
                    return scope;
                }

                @Override
                public java.util.List<String> groups() {
                    return java.util.List.of();
                }
            };
        }
    }

    static AgencyScope scope = AgencyScope.ALL;

    @org.junit.jupiter.api.AfterEach
    void everyAgencyAgain() {
        scope = AgencyScope.ALL;
    }

    @Test
    void shouldSearchAndReadOnlyTheCallersAgencies() {
        scope = AgencyScope.of(java.util.Set.of("000.00.21.H10"));
        assertThat(codes(new DossierQueries.Criteria(null, null, null, null, null, null))).containsExactly("000.00.21.H10-250304-0001");
        assertThat(codes(new DossierQueries.Criteria("000.00.20.H10", null, null, null, null, null))).isEmpty();
        assertThat(queries.byCode("000.00.21.H10-250304-0001").getCode()).isEqualTo("000.00.21.H10-250304-0001");
        assertThatThrownBy(() -> queries.byCode("000.00.20.H10-250304-0001"))
                .isInstanceOfSatisfying(ApiProblems.ApiException.class,
                        e -> assertThat(e.status).isEqualTo(org.springframework.http.HttpStatus.NOT_FOUND));
        scope = AgencyScope.NONE;
        assertThat(codes(new DossierQueries.Criteria(null, null, null, null, null, null))).isEmpty();
    }

    @Autowired
    DossierQueries queries;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ProcedureRepository procedures;
    @Autowired
    IdempotencyKeyRepository keys;
    @Autowired
    SupplementRepository supplements;

    Agency dongXoai;
    Agency binhLong;
    ProcedureCase th1;

    @BeforeEach
    void data() {
        dongXoai = agencies.save(new Agency("000.00.20.H10", "UBND thành phố Đồng Xoài", AgencyLevel.DISTRICT, null, "motcua-dongxoai"));
        binhLong = agencies.save(new Agency("000.00.21.H10", "UBND thị xã Bình Long", AgencyLevel.DISTRICT, null, "motcua-binhlong"));
        var procedure = new AdministrativeProcedure("1.001612", "Đăng ký thành lập hộ kinh doanh", null,
                "dang-ky-ho-kinh-doanh", OnlineServiceType.FULL, LocalDate.of(2021, 1, 1), null);
        th1 = procedure.addCase(new ProcedureCase("TH1", "Đăng ký", 3, WorkingTimeUnit.WORKING_DAYS, null, false, false,
                PausePolicy.RESTART, 100_000));
        procedures.save(procedure);
        // received 04/03 and 05/03 (Vietnam time) in Đồng Xoài, one overdue; one submitted only; one in Bình Long
        received("000.00.20.H10-250304-0001", dongXoai, "2025-03-04T02:00:00Z", "2025-03-07T02:00:00Z");
        received("000.00.20.H10-250305-0001", dongXoai, "2025-03-04T17:30:00Z", "2099-01-01T00:00:00Z");
        dossiers.save(dossier("000.00.20.H10-250306-0001", dongXoai, "2025-03-06T02:00:00Z"));
        received("000.00.21.H10-250304-0001", binhLong, "2025-03-04T03:00:00Z", "2099-01-01T00:00:00Z");
    }

    private Dossier dossier(String code, Agency agency, String at) {
        return new Dossier(code, agency, th1, Channel.COUNTER,
                new Applicant("Người nộp", "079123456789", null, null, null, null, null, null), null, Instant.parse(at), "ND118-2025");
    }

    private void received(String code, Agency agency, String at, String due) {
        Dossier d = dossier(code, agency, at);
        d.receive(Instant.parse(at), Instant.parse(due));
        dossiers.save(d);
    }

    private java.util.List<String> codes(DossierQueries.Criteria criteria) {
        return queries.search(criteria, PageRequest.of(0, 20, Sort.by("code"))).map(DossierSummary::code).getContent();
    }

    @Test
    void shouldFilterByAgencyProcedureStatusOverdueAndReceiptDays() {
        assertThat(codes(new DossierQueries.Criteria("000.00.20.H10", null, null, null, null, null))).hasSize(3);
        assertThat(codes(new DossierQueries.Criteria("000.00.20.H10", "1.001612", 2, null, null, null)))
                .containsExactly("000.00.20.H10-250304-0001", "000.00.20.H10-250305-0001");
        assertThat(codes(new DossierQueries.Criteria(null, null, 1, null, null, null))).containsExactly("000.00.20.H10-250306-0001");
        assertThat(codes(new DossierQueries.Criteria(null, null, null, true, null, null))).containsExactly("000.00.20.H10-250304-0001");
        // 2025-03-04T17:30Z is 05/03 00:30 in Vietnam: a day of the province, not of UTC
        assertThat(codes(new DossierQueries.Criteria(null, null, null, null, LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4))))
                .containsExactly("000.00.20.H10-250304-0001", "000.00.21.H10-250304-0001");
        assertThat(codes(new DossierQueries.Criteria("NONE", null, null, null, null, null))).isEmpty();
    }

    @Test
    void shouldPageAndSort() {
        var page = queries.search(new DossierQueries.Criteria(null, null, null, null, null, null),
                PageRequest.of(1, 3, Sort.by(Sort.Direction.DESC, "submittedAt")));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(page.getContent()).extracting(DossierSummary::code).containsExactly("000.00.20.H10-250304-0001");
    }

    @Test
    void shouldListTheLogBookInOrderOfReceipt() {
        assertThat(dossiers.findByReceivingAgencyCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAtAscIdAsc(
                "000.00.20.H10", Instant.parse("2025-03-03T17:00:00Z"), Instant.parse("2025-03-05T17:00:00Z")))
                .extracting(Dossier::getCode).containsExactly("000.00.20.H10-250304-0001", "000.00.20.H10-250305-0001");
    }

    @Test
    void shouldKeepIdempotencyKeysUnique() {
        keys.saveAndFlush(new IdempotencyKey("k-1", "f", Instant.now()));
        assertThat(keys.findByKey("k-1")).isPresent();
        assertThatThrownBy(() -> keys.saveAndFlush(new IdempotencyKey("k-1", "g", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldFindTheLatestSupplementRequest() {
        Long id = dossiers.findByCode("000.00.20.H10-250306-0001").orElseThrow().getId();
        supplements.save(new Supplement(id, Supplement.Stage.INTAKE, dongXoai.getId(), Instant.now(), "tiepnhan", "Bản sao căn cước", null));
        assertThat(supplements.findFirstByDossierIdOrderByIdDesc(id)).get().extracting(Supplement::getMissingItems)
                .isEqualTo("Bản sao căn cước");
        assertThat(supplements.countByDossierIdAndAgencyIdAndStage(id, dongXoai.getId(), Supplement.Stage.INTAKE)).isEqualTo(1);
    }
}
