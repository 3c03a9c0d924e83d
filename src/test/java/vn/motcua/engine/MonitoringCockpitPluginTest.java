package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.Path;

/** The Cockpit plugin is found by Cockpit's service loader, declares its assets, and reads the monitoring API. */
class MonitoringCockpitPluginTest {

    @Test
    void shouldBeRegisteredAsACockpitPluginWithItsResourceAndAssets() {
        List<CockpitPlugin> plugins = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get).toList();
        CockpitPlugin plugin = plugins.stream().filter(p -> p.getId().equals("giam-sat-ho-so")).findFirst().orElseThrow();
        assertThat(plugin.getResourceClasses()).containsExactly(MonitoringCockpitPlugin.Root.class);
        assertThat(plugin.getAssetDirectory()).isEqualTo("plugin-webapp/giam-sat-ho-so");
        assertThat(MonitoringCockpitPlugin.Root.class.getAnnotation(Path.class).value()).isEqualTo("plugin/giam-sat-ho-so");
        assertThat(new MonitoringCockpitPlugin.Root().getAllowedAssets()).containsExactly("app/plugin.js", "app/plugin.css");
        assertThat(getClass().getResource("/plugin-webapp/giam-sat-ho-so/app/plugin.js")).isNotNull();
        assertThat(getClass().getResource("/plugin-webapp/giam-sat-ho-so/app/plugin.css")).isNotNull();
    }

    @Test
    void shouldReadTheOneMonitoringApiAndHaveNoDataApiOfItsOwn() throws Exception {
        assertThat(Arrays.stream(MonitoringCockpitPlugin.Root.class.getMethods())
                .filter(m -> m.getDeclaringClass().getName().startsWith("vn.motcua.")).filter(m -> m.isAnnotationPresent(Path.class)))
                .as("sub-resources of the plugin, its own or inherited from Motcua's base").isEmpty();
        assertThat(MotcuaCockpitPlugin.DataRoot.class.isAssignableFrom(MonitoringCockpitPlugin.Root.class)).isFalse();
        try (var js = getClass().getResourceAsStream("/plugin-webapp/giam-sat-ho-so/app/plugin.js")) {
            String frontend = new String(js.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(frontend).contains("/api/reports").doesNotContain("/plugin/${ID}/");
        }
    }
}
