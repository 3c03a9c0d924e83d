package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

class ProvinceCockpitPluginTest {

    @Test
    void isRegisteredWithItsResourceAndAssets() {
        CockpitPlugin plugin = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getId().equals("quan-ly-tinh")).findFirst().orElseThrow();
        assertThat(plugin.getResourceClasses()).containsExactly(ProvinceCockpitPlugin.Root.class);
        assertThat(new ProvinceCockpitPlugin.Root().getAllowedAssets()).containsExactly("app/plugin.js", "app/plugin.css");
        assertThat(getClass().getResource("/plugin-webapp/quan-ly-tinh/app/plugin.js")).isNotNull();
    }

    @Test
    void theCataloguePageIsRegisteredWithItsResourceAndAssets() {
        CockpitPlugin plugin = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getId().equals("danh-muc-thu-tuc")).findFirst().orElseThrow();
        assertThat(plugin.getResourceClasses()).containsExactly(CatalogueCockpitPlugin.Root.class);
        assertThat(new CatalogueCockpitPlugin.Root().getAllowedAssets()).containsExactly("app/plugin.js", "app/plugin.css");
        assertThat(getClass().getResource("/plugin-webapp/danh-muc-thu-tuc/app/plugin.js")).isNotNull();
    }

    @Test
    void refusesEveryoneButAdministrators() {
        assertThat(ProvincePluginResource.refusal(null).status()).isEqualTo(401);
        assertThat(ProvincePluginResource.refusal(new Authentication("tiepnhan", List.of("motcua-dongxoai"))).status()).isEqualTo(403);
        assertThat(ProvincePluginResource.refusal(new Authentication("quanly", List.of("quanly"))).status()).isEqualTo(403);
        assertThat(ProvincePluginResource.refusal(new Authentication("phantich", null)).status()).isEqualTo(403);
        assertThat(ProvincePluginResource.refusal(new Authentication("admin", List.of("camunda-admin")))).isNull();
    }
}
