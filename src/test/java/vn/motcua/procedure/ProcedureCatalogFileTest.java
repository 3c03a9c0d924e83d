package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
                .contains("2.000720", "2.000488", "1.009974", "1.004227", "1.001193");
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
            if (entry.code().equals("2.000488")) {
                assertThat(entry.cases()).extracting(CatalogLoader.CaseEntry::duration).containsExactly(10, 15);
            }
        }
    }
}
