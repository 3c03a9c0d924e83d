package vn.motcua.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The Cockpit page "Danh mục thủ tục" (docs/catalogue-import.md, "The page"): upload of a catalogue, its diff and
 * applying it, for administrators ({@code camunda-admin}) only. Its frontend is a plain ES module in
 * {@code plugin-webapp/danh-muc-thu-tuc/app/}; its data answers under
 * {@code /camunda/api/cockpit/plugin/danh-muc-thu-tuc/{engine}/...} from {@link CatalogueAdministration}.
 */
public class CatalogueCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "danh-muc-thu-tuc";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(Root.class);
    }

    /** Cockpit (Jersey) creates it; the catalogue service comes from the web application context. */
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
        public CataloguePluginResource engine(@PathParam("engineName") String engineName) {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
            return subResource(new CataloguePluginResource(engineName, context.getBean(CatalogueAdministration.class)), engineName);
        }
    }
}
