package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.Path;

/** The Cockpit plugin is found by Cockpit's service loader, declares its assets, and refuses non-managers. */
class MonitoringCockpitPluginTest {

    @Test
    void shouldBeRegisteredAsACockpitPluginWithItsResourceAndAssets() {
        List<CockpitPlugin> plugins = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get).toList();
        CockpitPlugin plugin = plugins.stream().filter(p -> p.getId().equals("giam-sat-ho-so")).findFirst().orElseThrow();
        assertThat(plugin.getResourceClasses()).containsExactly(MonitoringPluginRootResource.class);
        assertThat(plugin.getAssetDirectory()).isEqualTo("plugin-webapp/giam-sat-ho-so");
        assertThat(MonitoringPluginRootResource.class.getAnnotation(Path.class).value()).isEqualTo("plugin/giam-sat-ho-so");
        assertThat(new MonitoringPluginRootResource().getAllowedAssets()).containsExactly("app/plugin.js", "app/plugin.css");
        assertThat(getClass().getResource("/plugin-webapp/giam-sat-ho-so/app/plugin.js")).isNotNull();
        assertThat(getClass().getResource("/plugin-webapp/giam-sat-ho-so/app/plugin.css")).isNotNull();
    }

    @Test
    void shouldRefuseAClerkAndLetAManagerOrAnAdministratorIn() {
        assertThat(MonitoringPluginResource.refusal(new Authentication("tiepnhan", List.of("motcua-dongxoai"))).getStatus())
                .isEqualTo(403);
        assertThat(MonitoringPluginResource.refusal(new Authentication("x", null)).getStatus()).isEqualTo(403);
        assertThat(MonitoringPluginResource.refusal(null).getStatus()).isEqualTo(401);
        assertThat(MonitoringPluginResource.refusal(new Authentication("quanly", List.of("quanly")))).isNull();
        assertThat(MonitoringPluginResource.refusal(new Authentication("admin", List.of("camunda-admin")))).isNull();
    }
}
