package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.Path;

/**
 * Every Cockpit page of Motcua is a {@link MotcuaCockpitPlugin}: one root resource at {@code plugin/<id>} serving
 * {@code app/plugin.js} and {@code app/plugin.css}, both on the classpath; and no page opens a modal dialog, which
 * the webapps' Content-Security-Policy sandbox (no {@code allow-modals}) makes the browser ignore.
 */
class CockpitPluginsTest {

    static final Pattern MODAL = Pattern.compile("(?<![\\w.$])(?:window\\.)?(?:confirm|alert|prompt)\\s*\\(");

    static List<CockpitPlugin> motcuaPlugins() {
        return ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getClass().getName().startsWith("vn.motcua.")).toList();
    }

    @Test
    void everyPageIsOneRootResourceServingItsAssets() {
        List<CockpitPlugin> plugins = motcuaPlugins();
        assertThat(plugins).extracting(CockpitPlugin::getId)
                .containsExactlyInAnyOrder("giam-sat-ho-so", "quan-ly-tinh", "danh-muc-thu-tuc", "dong-bo-cong-dvc", "nhap-ho-so-cu");
        for (CockpitPlugin plugin : plugins) {
            assertThat(plugin).as(plugin.getId()).isInstanceOf(MotcuaCockpitPlugin.class);
            assertThat(plugin.getResourceClasses()).as(plugin.getId()).hasSize(1);
            Class<?> root = plugin.getResourceClasses().iterator().next();
            assertThat(MotcuaCockpitPlugin.PageRoot.class.isAssignableFrom(root)).as(plugin.getId()).isTrue();
            assertThat(root.getAnnotation(Path.class).value()).isEqualTo("plugin/" + plugin.getId());
            assertThat(plugin.getAssetDirectory()).isEqualTo("plugin-webapp/" + plugin.getId());
            for (String asset : MotcuaCockpitPlugin.PageRoot.ASSETS) {
                assertThat(getClass().getResource("/plugin-webapp/" + plugin.getId() + "/" + asset)).as(plugin.getId() + " " + asset).isNotNull();
            }
        }
    }

    @Test
    void theDataPagesAnswerUnderTheirEngine() throws Exception {
        for (Class<? extends MotcuaCockpitPlugin.DataRoot> root : List.of(ProvinceCockpitPlugin.Root.class, CatalogueCockpitPlugin.Root.class,
                OutboxCockpitPlugin.Root.class)) {
            assertThat(root.getMethod("engine", String.class).getAnnotation(Path.class).value()).isEqualTo("{engineName}");
        }
    }

    @Test
    void noPageOpensADialogTheSandboxIgnores() throws Exception {
        for (CockpitPlugin plugin : motcuaPlugins()) {
            try (var js = getClass().getResourceAsStream("/plugin-webapp/" + plugin.getId() + "/app/plugin.js")) {
                String code = new String(js.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
                assertThat(MODAL.matcher(code).find()).as(plugin.getId() + " calls confirm, alert or prompt").isFalse();
            }
        }
        assertThat(MODAL.matcher("if (!window.confirm('Áp dụng?')) return;").find()).as("the check sees a confirm").isTrue();
        assertThat(MODAL.matcher("alert(1)").find()).isTrue();
        assertThat(MODAL.matcher("confirmation.hidden = true; node.querySelector('[name=confirm]')").find()).isFalse();
    }
}
