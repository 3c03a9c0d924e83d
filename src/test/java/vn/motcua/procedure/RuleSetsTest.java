package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The rule sets of regime/rule-sets.json on both sides of each effective date. */
class RuleSetsTest {

    private final RuleSets sets = new RuleSets(new ObjectMapper().findAndRegisterModules(),
            new ClassPathResource("regime/rule-sets.json"));

    private RuleSet on(String day) {
        return sets.forReceipt(LocalDate.parse(day));
    }

    @Test
    void eachReceiptDayHasItsOwnRuleSet() {
        assertThat(on("2019-04-25").id()).isEqualTo("ND61-2018");
        assertThat(on("2025-06-30").id()).isEqualTo("ND61-2018");
        assertThat(on("2025-07-01").id()).isEqualTo("ND118-2025");
        assertThat(on("2025-09-14").id()).isEqualTo("ND118-2025");
        assertThat(on("2025-09-15").id()).isEqualTo("ND118-2025-TT03");
        assertThat(on("2026-01-24").id()).isEqualTo("ND118-2025-TT03");
        assertThat(on("2026-01-25").id()).isEqualTo("ND118-2025-TT04");
        assertThat(on("2030-01-01").id()).isEqualTo("ND118-2025-TT04");
    }

    @Test
    void slipsCodesAndActionsFollowTheirOwnDates() {
        // the slips of Circular 03/2025 from 15/09/2025
        assertThat(on("2025-09-14").slipSet()).isEqualTo(RuleSet.SLIPS_2018);
        assertThat(on("2025-09-15").slipSet()).isEqualTo(RuleSet.SLIPS_2025);
        // the code format of Circular 04/2025 from 25/01/2026
        assertThat(on("2026-01-24").sequenceGrows()).isFalse();
        assertThat(on("2026-01-25").sequenceGrows()).isTrue();
        // stopping at the applicant's request exists only under Decree 118/2025
        assertThat(on("2025-06-30").allows(RuleSet.STOP_AT_REQUEST)).isFalse();
        assertThat(on("2025-07-01").allows(RuleSet.STOP_AT_REQUEST)).isTrue();
        assertThat(on("2025-06-30").statusMapping()).isEqualTo("TT01-2018");
        assertThat(on("2025-07-01").statusMapping()).isEqualTo("ND118-2025");
        assertThat(sets.byId("ND61-2018").source()).contains("Decree 61/2018");
    }
}
