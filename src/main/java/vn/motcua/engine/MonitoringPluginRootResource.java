package vn.motcua.engine;

import java.util.List;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

import jakarta.ws.rs.Path;

/**
 * The plugin's root resource: it serves the plugin's frontend to Cockpit (since Camunda 7.20 a plugin serves
 * only the assets it lists). The plugin has no data API of its own: its frontend reads the one monitoring API,
 * {@code /api/reports} ({@code vn.motcua.monitoring.ReportController}), with the manager's Cockpit session.
 */
@Path("plugin/" + MonitoringCockpitPlugin.ID)
public class MonitoringPluginRootResource extends AbstractCockpitPluginRootResource {

    static final List<String> ASSETS = List.of("app/plugin.js", "app/plugin.css");

    public MonitoringPluginRootResource() {
        super(MonitoringCockpitPlugin.ID);
    }

    @Override
    protected List<String> getAllowedAssets() {
        return ASSETS;
    }
}
