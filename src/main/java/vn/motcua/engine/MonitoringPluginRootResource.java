package vn.motcua.engine;

import java.util.List;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.motcua.monitoring.MonitoringService;

/**
 * The plugin's root resource. Cockpit (Jersey) creates it; the Spring beans it needs come from the web
 * application context of the servlet context. Since Camunda 7.20 a plugin serves only the assets it lists.
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

    @Path("{engineName}")
    public MonitoringPluginResource engine(@PathParam("engineName") String engineName) {
        var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new MonitoringPluginResource(engineName, context.getBean(MonitoringService.class),
                context.getBean(com.fasterxml.jackson.databind.ObjectMapper.class)), engineName);
    }
}
