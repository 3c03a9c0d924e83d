package vn.motcua.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The Cockpit page "Quản lý tỉnh" (docs/province.md, "The page"): the province tree, upload of a new file set,
 * its diff and applying it, for administrators ({@code camunda-admin}) only. Its frontend is a plain ES module
 * in {@code plugin-webapp/quan-ly-tinh/app/}; its data answers under
 * {@code /camunda/api/cockpit/plugin/quan-ly-tinh/{engine}/...} from {@link ProvinceAdministration}.
 */
public class ProvinceCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "quan-ly-tinh";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(Root.class);
    }

    /** Cockpit (Jersey) creates it; the province service comes from the web application context. */
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
        public ProvincePluginResource engine(@PathParam("engineName") String engineName) {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
            return subResource(new ProvincePluginResource(engineName, context.getBean(ProvinceAdministration.class)), engineName);
        }
    }
}
