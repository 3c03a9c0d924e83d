package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The catalogue's data for the 2025 rules is checked at load: the system prefix AA of Circular 04/2025 is exactly two
 * digits and cites a source; a paper exempt from scanning (Circular 03/2025 Art. 5(2)) cites one too.
 */
class CatalogCheckTest {

    private static CatalogLoader.ProcedureEntry entry(String prefix, String prefixSource, ScanExemption exemption,
                                                      String scanSource) {
        return new CatalogLoader.ProcedureEntry("9.999003", "Thử", "Thử", "dang-ky-ho-kinh-doanh", OnlineServiceType.FULL,
                java.time.LocalDate.of(2026, 1, 25), null, AgencyLevel.PROVINCE, "test", prefix, prefixSource,
                List.of(new CatalogLoader.CaseEntry("TH1", "Một", 3, vn.motcua.calendar.WorkingTimeUnit.WORKING_DAYS, null,
                        null, false, false, PausePolicy.RESUME, 0, List.of(new CatalogLoader.ComponentEntry("A", "Giấy A",
                        true, 1, exemption, scanSource)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "070", "AB", " 7", "٠٧"})
    void aSystemPrefixThatIsNotTwoDigitsStopsTheLoad(String prefix) {
        assertThatThrownBy(() -> entry(prefix, "Circular 04/2025", null, null).check())
                .hasMessageContaining("systemPrefix").hasMessageContaining("9.999003");
    }

    @Test
    void aPrefixOrAnExemptionWithoutSourceStopsTheLoad() {
        assertThatThrownBy(() -> entry("07", null, null, null).check()).hasMessageContaining("systemPrefixSource");
        assertThatThrownBy(() -> entry(null, null, ScanExemption.CLASSIFIED, " ").check()).hasMessageContaining("scanSource");
        assertThatCode(() -> entry("07", "Circular 04/2025", ScanExemption.CLASSIFIED, "Art. 5(2)").check()).doesNotThrowAnyException();
        assertThatCode(() -> entry(null, null, null, null).check()).doesNotThrowAnyException();
    }

    @Test
    void theShippedCatalogueChecksAndCitesEveryExemption() throws Exception {
        CatalogLoader.ProcedureEntry[] entries;
        try (InputStream in = getClass().getResourceAsStream("/catalog/procedures.json")) {
            entries = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, CatalogLoader.ProcedureEntry[].class);
        }
        for (CatalogLoader.ProcedureEntry e : entries) {
            e.check();
        }
        // the 2019 version of the household business the demo shows beside the 2025 one
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("1.001612");
            assertThat(e.effectiveFrom()).isEqualTo(java.time.LocalDate.of(2019, 1, 1));
            assertThat(e.effectiveTo()).isEqualTo(java.time.LocalDate.of(2020, 12, 31));
            assertThat(e.level()).isEqualTo(AgencyLevel.DISTRICT);
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.cases()).anySatisfy(c -> assertThat(c.components())
                .anySatisfy(k -> assertThat(k.scanExemption()).isEqualTo(ScanExemption.PRESENTED_ONLY))));
    }
}
