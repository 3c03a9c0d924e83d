package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The catalogue file loads, each entry's process has a model in processes/ and each case has components. */
class ProcedureCatalogFileTest {

    @Test
    void shouldDescribeEveryProcedureWithAModelAndComponents() throws Exception {
        CatalogLoader.ProcedureEntry[] entries;
        try (InputStream in = getClass().getResourceAsStream("/catalog/procedures.json")) {
            entries = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, CatalogLoader.ProcedureEntry[].class);
        }
        assertThat(entries).extracting(CatalogLoader.ProcedureEntry::code)
                .contains("1.001612", "2.000488", "3.000333", "1.009974", "1.013225", "1.004227", "1.013978", "1.001193")
                .doesNotContain("2.000720"); // the change of a household business's registered content, not its establishment
        Set<String> seen = new HashSet<>();
        for (CatalogLoader.ProcedureEntry entry : entries) {
            assertThat(seen.add(entry.code() + "@" + entry.effectiveFrom())).as("one entry per code and date").isTrue();
            assertThat(getClass().getResource("/processes/" + entry.processKey() + ".bpmn"))
                    .as("model of " + entry.code()).isNotNull();
            assertThat(entry.cases()).as("cases of " + entry.code()).isNotEmpty();
            for (CatalogLoader.CaseEntry c : entry.cases()) {
                assertThat(c.components()).as("components of " + entry.code() + " " + c.code()).isNotEmpty()
                        .anyMatch(CatalogLoader.ComponentEntry::mandatory);
                assertThat(c.duration()).isPositive();
                assertThat(c.unit()).isNotNull();
                assertThat(c.pausePolicy()).isNotNull();
            }
        }
    }

    @Test
    void shouldKeepTheLegalFlagsOfTheSameDayBirthRegistration() throws Exception {
        CatalogLoader.ProcedureEntry[] entries;
        try (InputStream in = getClass().getResourceAsStream("/catalog/procedures.json")) {
            entries = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, CatalogLoader.ProcedureEntry[].class);
        }
        for (CatalogLoader.ProcedureEntry entry : entries) {
            if (entry.code().equals("1.001193")) {
                assertThat(entry.cases()).allSatisfy(c -> {
                    assertThat(c.noAppointment()).isTrue();
                    assertThat(c.after1500NextDay()).isTrue();
                });
            }
            if (entry.code().equals("2.000488") || entry.code().equals("3.000333")) {
                // Law 28/2009 Art. 48: 20 days (not 15) in the second case
                assertThat(entry.cases()).extracting(CatalogLoader.CaseEntry::duration).containsExactly(10, 20);
            }
        }
    }

    @Test
    void shouldVersionTheProceduresByEffectiveDateAcrossTwoLevelGovernment() throws Exception {
        CatalogLoader.ProcedureEntry[] entries;
        try (InputStream in = getClass().getResourceAsStream("/catalog/procedures.json")) {
            entries = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, CatalogLoader.ProcedureEntry[].class);
        }
        java.util.Map<String, CatalogLoader.ProcedureEntry> byVersion = new java.util.HashMap<>();
        for (CatalogLoader.ProcedureEntry e : entries) {
            assertThat(e.level()).as("level of " + e.code()).isNotNull();
            assertThat(e.source()).as("source of " + e.code()).isNotBlank();
            byVersion.put(e.code() + "@" + e.effectiveFrom(), e);
        }
        java.time.LocalDate endOfDistricts = java.time.LocalDate.of(2025, 6, 30);
        java.time.LocalDate twoLevels = java.time.LocalDate.of(2025, 7, 1);
        // the 2019 versions at the district (or the department) end on 30/06/2025 ...
        for (String old : List.of("1.001612@2021-01-01", "2.000488@2019-01-01", "1.009974@2019-01-01", "1.004227@2019-01-01")) {
            assertThat(byVersion.get(old).effectiveTo()).as(old).isEqualTo(endOfDistricts);
        }
        assertThat(byVersion.get("1.001612@2021-01-01").level()).isEqualTo(AgencyLevel.DISTRICT);
        // ... and their successors, carried by the same process, start on 01/07/2025 with their own level and durations
        var household = byVersion.get("1.001612@2025-07-01");
        assertThat(household.level()).isEqualTo(AgencyLevel.COMMUNE);
        assertThat(household.cases().get(0).duration()).isEqualTo(3);
        var judicial = byVersion.get("3.000333@2025-07-01");
        assertThat(judicial.level()).isEqualTo(AgencyLevel.PROVINCE);
        assertThat(judicial.processKey()).isEqualTo(byVersion.get("2.000488@2019-01-01").processKey());
        var permit = byVersion.get("1.013225@2025-07-01");
        assertThat(permit.level()).isEqualTo(AgencyLevel.COMMUNE);
        assertThat(permit.cases().get(0).duration()).isEqualTo(7);
        assertThat(permit.processKey()).isEqualTo(byVersion.get("1.009974@2019-01-01").processKey());
        var land = byVersion.get("1.013978@2025-07-01");
        assertThat(land.level()).isEqualTo(AgencyLevel.COMMUNE);
        assertThat(land.processKey()).isEqualTo(byVersion.get("1.004227@2019-01-01").processKey());
        var landCase = land.cases().get(0);
        assertThat(List.of(landCase.onlineDuration(), landCase.postalDuration(), landCase.duration())).containsExactly(17, 20, 27);
        for (CatalogLoader.ProcedureEntry e : entries) {
            if (e.effectiveFrom().equals(twoLevels)) {
                assertThat(e.effectiveTo()).isNull();
            }
        }
    }
}
