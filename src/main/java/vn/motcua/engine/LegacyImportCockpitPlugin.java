package vn.motcua.engine;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Path;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * The Cockpit plugin "Nhập hồ sơ cũ" (docs/legacy-import.md): registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its frontend
 * ({@code plugin-webapp/nhap-ho-so-cu/app/}) uploads a file of past dossiers to the monitoring API
 * {@code /api/reports/legacy-imports} with the Cockpit session, shows the dry run and applies it.
 */
public class LegacyImportCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "nhap-ho-so-cu";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(RootResource.class);
    }

    /** Serves the plugin's frontend; the plugin has no data API of its own. */
    @Path("plugin/" + ID)
    public static class RootResource extends AbstractCockpitPluginRootResource {

        public RootResource() {
            super(ID);
        }

        @Override
        protected List<String> getAllowedAssets() {
            return MonitoringPluginRootResource.ASSETS;
        }
    }
}
