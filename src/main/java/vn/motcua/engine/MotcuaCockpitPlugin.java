package vn.motcua.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * What every Motcua Cockpit page shares: Cockpit finds the plugin through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, serves its frontend (a plain ES module,
 * {@code plugin-webapp/<id>/app/plugin.js} and {@code plugin.css}) from its root resource, and, for a page with data
 * of its own, hands {@code /camunda/api/cockpit/plugin/<id>/{engine}/...} to a resource made of Spring beans. A plugin
 * is its id and its root class; the root class carries {@code @Path("plugin/" + ID)} (an annotation needs a constant,
 * so each root declares it) and, with data, says which resource answers.
 */
public abstract class MotcuaCockpitPlugin extends AbstractCockpitPlugin {

    private final String id;
    private final Class<? extends PageRoot> root;

    protected MotcuaCockpitPlugin(String id, Class<? extends PageRoot> root) {
        this.id = id;
        this.root = root;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(root);
    }

    /**
     * The root resource of a page that reads another API (e.g. {@code /api/reports}) with the Cockpit session: it only
     * serves the page's frontend (since Camunda 7.20 a plugin serves only the assets it lists).
     */
    public abstract static class PageRoot extends AbstractCockpitPluginRootResource {

        static final List<String> ASSETS = List.of("app/plugin.js", "app/plugin.css");

        protected PageRoot(String id) {
            super(id);
        }

        @Override
        protected List<String> getAllowedAssets() {
            return ASSETS;
        }
    }

    /**
     * The root resource of a page with a data API of its own under {@code plugin/<id>/{engine}/}. Cockpit (Jersey)
     * creates the root, not Spring: the resource takes its services from the web application context.
     */
    public abstract static class DataRoot extends PageRoot {

        protected DataRoot(String id) {
            super(id);
        }

        @Path("{engineName}")
        public AbstractCockpitPluginResource engine(@PathParam("engineName") String engineName) {
            return subResource(resource(engineName, WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)), engineName);
        }

        /** The page's data resource for that engine, with its services from the application's beans. */
        protected abstract AbstractCockpitPluginResource resource(String engineName, BeanFactory beans);
    }
}
