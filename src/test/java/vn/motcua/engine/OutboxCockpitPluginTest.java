package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

class OutboxCockpitPluginTest {

    @Test
    void isRegisteredWithItsResourceAndAssets() {
        CockpitPlugin plugin = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getId().equals("dong-bo-cong-dvc")).findFirst().orElseThrow();
        assertThat(plugin.getResourceClasses()).containsExactly(OutboxCockpitPlugin.Root.class);
        assertThat(new OutboxCockpitPlugin.Root().getAllowedAssets()).containsExactly("app/plugin.js", "app/plugin.css");
        assertThat(getClass().getResource("/plugin-webapp/dong-bo-cong-dvc/app/plugin.js")).isNotNull();
        assertThat(getClass().getResource("/plugin-webapp/dong-bo-cong-dvc/app/plugin.css")).isNotNull();
    }

    @Test
    void refusesEveryoneButAdministrators() {
        assertThat(OutboxPluginResource.refusal(null).status()).isEqualTo(401);
        assertThat(OutboxPluginResource.refusal(new Authentication("tiepnhan", List.of("motcua-dongxoai"))).status()).isEqualTo(403);
        assertThat(OutboxPluginResource.refusal(new Authentication("quanly", List.of("quanly"))).status()).isEqualTo(403);
        assertThat(OutboxPluginResource.refusal(new Authentication("phantich", null)).status()).isEqualTo(403);
        assertThat(OutboxPluginResource.refusal(new Authentication("admin", List.of("camunda-admin")))).isNull();
    }
}
