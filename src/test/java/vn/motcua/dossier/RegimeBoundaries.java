package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.procedure.RuleSet;
import vn.motcua.procedure.ScanExemption;
import vn.motcua.procedure.TestCatalogue;
import vn.motcua.procedure.ProcedureRepository;

/**
 * Dossiers registered on both sides of each effective date (30/06 → 01/07/2025, 14/09 → 15/09/2025,
 * 24/01 → 25/01/2026) get their own procedure version, rule set, code format (with the system prefix of Circular
 * 04/2025), receiving-centre rule and digitisation rule, on the Flyway schema.
 * Run on H2 ({@link RegimeBoundariesTest}) and PostgreSQL ({@link RegimeBoundariesPostgresTest}).
 */
abstract class RegimeBoundaries {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        ZoneId provinceZone() {
            return VN;
        }

        /** The wall clock in the province's zone, as the application's TimeConfiguration gives it. */
        @Bean
        java.time.Clock clock() {
            return java.time.Clock.system(VN);
        }

        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper().findAndRegisterModules();
        }
    }

    @Autowired
    DossierRegister register;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ProcedureRepository procedures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReceivingCentres centres;

    /** An agency of its own per run, so that a reused PostgreSQL database starts its counters from 1. */
    String agency;
    /** A service centre (the desk of another agency) receiving for {@link #agency}, and one that does not. */
    String centre;
    String stranger;

    @BeforeEach
    void catalogue() {
        long run = System.nanoTime() / 1000 % 1_000_000;
        agency = "000.00.%06d.RGM".formatted(run);
        centre = "000.01.%06d.RGM".formatted(run);
        stranger = "000.02.%06d.RGM".formatted(run);
        jdbc.update("delete from dossier_code_counter where agency_code = ?", agency);
        agencies.findByCode(centre).orElseGet(() -> agencies.save(new Agency(centre, "Trung tâm phục vụ hành chính công thử",
                AgencyLevel.PROVINCE, null, "trungtam-regime-" + run)));
        agencies.findByCode(stranger).orElseGet(() -> agencies.save(new Agency(stranger, "Cơ quan khác",
                AgencyLevel.COMMUNE, null, "motcua-khac-" + run)));
        Agency resolving = agencies.findByCode(agency).orElseGet(() -> new Agency(agency, "Cơ quan thử bộ quy tắc",
                AgencyLevel.DISTRICT, null, "motcua-regime-" + run));
        resolving.receivedAlsoAt(List.of("trungtam-regime-" + run));
        agencies.save(resolving);
        if (procedures.findByCodeOrderByEffectiveFromDesc("9.999001").isEmpty()) {
            version("9.999001", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30), 15, null);
            version("9.999001", LocalDate.of(2025, 7, 1), null, 7, null);
        }
        if (procedures.findByCodeOrderByEffectiveFromDesc("9.999002").isEmpty()) {
            version("9.999002", LocalDate.of(2019, 1, 1), null, 5, "07");
        }
    }

    private void version(String code, LocalDate from, LocalDate to, int days, String systemPrefix) {
        AdministrativeProcedure p = new AdministrativeProcedure(code, "Thủ tục thử", "Thử", "dang-ky-ho-kinh-doanh",
                OnlineServiceType.FULL, from, to);
        TestCatalogue.centralisedSystem(p, systemPrefix);
        ProcedureCase th1 = p.addCase(new ProcedureCase("TH1", "Trường hợp 1", days, WorkingTimeUnit.WORKING_DAYS, null,
                false, false, PausePolicy.RESUME, 0));
        th1.addComponent(new ProcedureComponent("DON", "Đơn đề nghị", true, 1, 1));
        ProcedureComponent presented = th1.addComponent(new ProcedureComponent("CCCD", "Căn cước (xuất trình)", false, 1, 2));
        TestCatalogue.exempt(presented, ScanExemption.PRESENTED_ONLY, "Circular 03/2025 Art. 5(2)");
        procedures.save(p);
    }

    private Dossier registerAt(String localTime) {
        return registerAt(localTime, "9.999001", null);
    }

    private Dossier registerAt(String localTime, String procedure, String receivingAgency) {
        Instant at = java.time.LocalDateTime.parse(localTime).atZone(VN).toInstant();
        return new TransactionTemplate(transactions).execute(s -> register.register(new NewDossier(agency, procedure,
                "TH1", Channel.COUNTER, new Applicant("Nguyễn Văn A", "079190000001", null, null, null, "Đồng Xoài",
                null, null), "thử", receivingAgency), at));
    }

    private RuleSet ruleSetOn(String day) {
        return register.ruleSetOn(LocalDate.parse(day));
    }

    @Test
    void eachSideOfEachEffectiveDateKeepsItsOwnRules() {
        Dossier before = registerAt("2025-06-30T16:00");
        Dossier after = registerAt("2025-07-01T08:00");
        assertThat(before.getRuleSet()).isEqualTo("ND61-2018");
        assertThat(before.getProcedureCase().getDurationAmount()).isEqualTo(15);
        assertThat(after.getRuleSet()).isEqualTo("ND118-2025");
        assertThat(after.getProcedureCase().getDurationAmount()).isEqualTo(7);
        assertThat(register.ruleSet(before).allows("STOP_AT_REQUEST")).isFalse();
        assertThat(register.ruleSet(after).allows("STOP_AT_REQUEST")).isTrue();

        assertThat(register.ruleSet(registerAt("2025-09-14T10:00")).slipSet()).isEqualTo("TT01-2018");
        assertThat(register.ruleSet(registerAt("2025-09-15T10:00")).slipSet()).isEqualTo("TT03-2025");

        Dossier oldCode = registerAt("2026-01-24T10:00");
        Dossier newCode = registerAt("2026-01-25T10:00");
        assertThat(oldCode.getRuleSet()).isEqualTo("ND118-2025-TT03");
        assertThat(newCode.getRuleSet()).isEqualTo("ND118-2025-TT04");
        assertThat(oldCode.getCode()).isEqualTo(agency + "-260124-0001");
        assertThat(newCode.getCode()).isEqualTo(agency + "-260125-0001");
        assertThat(newCode.getReceivingAgencyCode()).isEqualTo(agency);
        // the 2018 format fails after 9999 a day; the 2026 one grows
        jdbc.update("update dossier_code_counter set last_value = 9999 where agency_code = ?", agency);
        assertThatThrownBy(() -> registerAt("2026-01-24T11:00")).hasMessageContaining("9999");
        assertThat(registerAt("2026-01-25T11:00").getCode()).isEqualTo(agency + "-260125-10000");
    }

    @Test
    void theSystemPrefixOfTheCatalogueIsUsedOnlyInTheCircular04Format() {
        assertThat(registerAt("2026-01-24T10:00", "9.999002", null).getCode()).isEqualTo(agency + "-260124-0001");
        assertThat(registerAt("2026-01-25T10:00", "9.999002", null).getCode()).isEqualTo(agency + "-260125-070001");
        assertThat(registerAt("2026-01-25T10:05", "9.999002", null).getCode()).isEqualTo(agency + "-260125-070002");
    }

    @Test
    void aServiceCentreReceivesForAnotherAgencyOnlyFromFirstJuly2025() {
        // 30/06/2025: the resolving agency receives; naming another desk is refused
        assertThatThrownBy(() -> registerAt("2025-06-30T16:00", "9.999001", centre))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ND61-2018");
        Dossier before = registerAt("2025-06-30T16:05", "9.999001", null);
        assertThat(before.getReceivingAgencyCode()).isEqualTo(agency);
        // 01/07/2025: a centre receiving for it; code, tenant and deadline stay the resolving agency's
        Dossier after = registerAt("2025-07-01T08:00", "9.999001", centre);
        assertThat(after.getReceivingAgencyCode()).isEqualTo(centre);
        assertThat(after.getAgency().getCode()).isEqualTo(agency);
        assertThat(after.getCode()).startsWith(agency + "-250701-");
        assertThat(after.getProcedureCase().getDurationAmount()).isEqualTo(7);
        // a desk that does not receive for it, never
        assertThatThrownBy(() -> registerAt("2025-07-01T08:05", "9.999001", stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivesFor");

        // the same rule as the API applies it, field named; derived from the clerk's desk when not named
        Agency resolving = agencies.findByCode(agency).orElseThrow();
        String centreDesk = agencies.findByCode(centre).orElseThrow().getIntakeGroup();
        List<FieldProblem> errors = new ArrayList<>();
        assertThat(centres.choose(resolving, ruleSetOn("2025-06-30"), null, List.of(centreDesk), false, errors)).isEqualTo(agency);
        assertThat(centres.choose(resolving, ruleSetOn("2025-07-01"), null, List.of(centreDesk), false, errors)).isEqualTo(centre);
        assertThat(centres.choose(resolving, ruleSetOn("2025-07-01"), centre, List.of("motcua-khac"), false, errors)).isNull();
        assertThat(centres.choose(resolving, ruleSetOn("2025-06-30"), centre, List.of(centreDesk), false, errors)).isNull();
        assertThat(centres.choose(resolving, ruleSetOn("2025-07-01"), stranger, List.of(), true, errors)).isNull();
        assertThat(errors).extracting(FieldProblem::field).containsOnly("receivingAgencyCode").hasSize(3);
    }

    @Test
    void intakeScansPapersOnlyUnderTheRuleSetsFromDecree118() {
        Dossier before = registerAt("2025-06-30T16:00");
        Dossier after = registerAt("2025-07-01T08:00");
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            var oldCase = procedures.findById(before.getProcedure().getId()).orElseThrow().getCases().get(0);
            var newCase = procedures.findById(after.getProcedure().getId()).orElseThrow().getCases().get(0);
            RuleSet rules2018 = ruleSetOn("2025-06-30");
            RuleSet rules2025 = ruleSetOn("2025-07-01");
            ProcedureComponent form = newCase.getComponents().get(0);
            ProcedureComponent presented = newCase.getComponents().get(1);
            assertThat(oldCase.getComponents().get(0).scanRequired(rules2018, false)).isFalse();
            assertThat(form.scanRequired(rules2025, false)).isTrue();
            assertThat(form.scanRequired(rules2025, true)).as("submitted online").isFalse();
            assertThat(presented.getScanExemption()).isEqualTo(ScanExemption.PRESENTED_ONLY);
            assertThat(presented.scanRequired(rules2025, false)).isFalse();
            // a missing scan names the component; a scan not required is not demanded
            assertThat(Digitisation.missingScans(rules2025, Channel.COUNTER, newCase.getComponents(), List.of()))
                    .extracting(FieldProblem::field).containsExactly("files.DON");
            assertThat(Digitisation.missingScans(rules2025, Channel.COUNTER, newCase.getComponents(), List.of("DON"))).isEmpty();
            assertThat(Digitisation.missingScans(rules2025, Channel.ONLINE, newCase.getComponents(), List.of())).isEmpty();
            assertThat(Digitisation.missingScans(rules2018, Channel.COUNTER, oldCase.getComponents(), List.of())).isEmpty();
        });
    }

    @Test
    void eachRuleOfTheRegimeChangesOnItsOwnDay() {
        record Sides(String before, String after) {
        }
        for (Sides s : List.of(new Sides("2025-06-30", "2025-07-01"), new Sides("2025-09-14", "2025-09-15"),
                new Sides("2026-01-24", "2026-01-25"))) {
            RuleSet b = ruleSetOn(s.before());
            RuleSet a = ruleSetOn(s.after());
            assertThat(b.id()).isNotEqualTo(a.id());
            boolean twoLevels = s.after().equals("2025-07-01");
            assertThat(a.otherCentresReceive() != b.otherCentresReceive()).as("receiving centre " + s).isEqualTo(twoLevels);
            assertThat(a.digitisesAtIntake() != b.digitisesAtIntake()).as("digitisation " + s).isEqualTo(twoLevels);
            assertThat(!a.slipSet().equals(b.slipSet())).as("slips " + s).isEqualTo(s.after().equals("2025-09-15"));
            assertThat(!a.codeFormat().equals(b.codeFormat())).as("code " + s).isEqualTo(s.after().equals("2026-01-25"));
        }
    }
}
