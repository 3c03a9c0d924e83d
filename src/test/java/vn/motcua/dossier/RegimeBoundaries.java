package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
import vn.motcua.procedure.ProcedureRepository;

/**
 * Dossiers registered on both sides of each effective date (30/06 → 01/07/2025, 14/09 → 15/09/2025,
 * 24/01 → 25/01/2026) get their own procedure version, rule set and code format, on the Flyway schema.
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

    /** An agency of its own per run, so that a reused PostgreSQL database starts its counters from 1. */
    String agency;

    @BeforeEach
    void catalogue() {
        agency = "000.00.%02d.RGM".formatted(System.nanoTime() % 100);
        jdbc.update("delete from dossier_code_counter where agency_code = ?", agency);
        if (agencies.findByCode(agency).isEmpty()) {
            agencies.save(new Agency(agency, "Cơ quan thử bộ quy tắc", AgencyLevel.DISTRICT, null, "motcua-regime"));
        }
        if (procedures.findByCodeOrderByEffectiveFromDesc("9.999001").isEmpty()) {
            version(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30), 15);
            version(LocalDate.of(2025, 7, 1), null, 7);
        }
    }

    private void version(LocalDate from, LocalDate to, int days) {
        AdministrativeProcedure p = new AdministrativeProcedure("9.999001", "Thủ tục thử", "Thử", "dang-ky-ho-kinh-doanh",
                OnlineServiceType.FULL, from, to);
        p.addCase(new ProcedureCase("TH1", "Trường hợp 1", days, WorkingTimeUnit.WORKING_DAYS, null, false, false,
                PausePolicy.RESUME, 0));
        procedures.save(p);
    }

    private Dossier registerAt(String localTime) {
        Instant at = java.time.LocalDateTime.parse(localTime).atZone(VN).toInstant();
        return new TransactionTemplate(transactions).execute(s -> register.register(new NewDossier(agency, "9.999001",
                "TH1", Channel.COUNTER, new Applicant("Nguyễn Văn A", "079190000001", null, null, null, "Đồng Xoài",
                null, null), "thử"), at));
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
}
