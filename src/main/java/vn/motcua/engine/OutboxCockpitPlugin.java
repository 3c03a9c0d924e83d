package vn.motcua.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.springframework.web.context.support.WebApplicationContextUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.motcua.integration.OutboxAdministration;

/**
 * The Cockpit page "Đồng bộ Cổng DVC" (docs/integration.md "The Cockpit page"): the parked outbox events with their
 * retry, a dossier's sync state with the portal, the resync of a date range; administrators ({@code camunda-admin})
 * only. Its frontend is a plain ES module in {@code plugin-webapp/dong-bo-cong-dvc/app/}; its data answers under
 * {@code /camunda/api/cockpit/plugin/dong-bo-cong-dvc/{engine}/...} from {@link OutboxAdministration}, the service
 * behind the admin API {@code /api/admin/outbox}.
 */
public class OutboxCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "dong-bo-cong-dvc";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(Root.class);
    }

    /** Cockpit (Jersey) creates it; the outbox service comes from the web application context. */
    @Path("plugin/" + ID)
    public static class Root extends AbstractCockpitPluginRootResource {

        public Root() {
            super(ID);
        }

        @Override
        protected List<String> getAllowedAssets() {
            return List.of("app/plugin.js", "app/plugin.css");
        }

        @Path("{engineName}")
        public OutboxPluginResource engine(@PathParam("engineName") String engineName) {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
            return subResource(new OutboxPluginResource(engineName, context.getBean(OutboxAdministration.class),
                    context.getBean(ObjectMapper.class)), engineName);
        }
    }
}
