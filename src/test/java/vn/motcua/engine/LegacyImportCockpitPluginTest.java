package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.Path;

/** The Cockpit plugin "Nhập hồ sơ cũ" is found by Cockpit's service loader, serves its assets, and calls the import API. */
class LegacyImportCockpitPluginTest {

    @Test
    void shouldBeRegisteredWithItsAssetsAndCallTheImportApi() throws Exception {
        CockpitPlugin plugin = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getId().equals("nhap-ho-so-cu")).findFirst().orElseThrow();
        assertThat(plugin.getResourceClasses()).containsExactly(LegacyImportCockpitPlugin.Root.class);
        assertThat(plugin.getAssetDirectory()).isEqualTo("plugin-webapp/nhap-ho-so-cu");
        assertThat(LegacyImportCockpitPlugin.Root.class.getAnnotation(Path.class).value()).isEqualTo("plugin/nhap-ho-so-cu");
        assertThat(new LegacyImportCockpitPlugin.Root().getAllowedAssets()).containsExactly("app/plugin.js", "app/plugin.css");
        assertThat(getClass().getResource("/plugin-webapp/nhap-ho-so-cu/app/plugin.css")).isNotNull();
        try (var js = getClass().getResourceAsStream("/plugin-webapp/nhap-ho-so-cu/app/plugin.js")) {
            String frontend = new String(js.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(frontend).contains("/api/reports/legacy-imports", "/dry-run", "#/giam-sat-ho-so?tab=report");
        }
    }
}
