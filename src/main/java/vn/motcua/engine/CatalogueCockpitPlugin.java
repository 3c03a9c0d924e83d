package vn.motcua.engine;

import org.springframework.beans.factory.BeanFactory;

import jakarta.ws.rs.Path;

/**
 * The Cockpit page "Danh mục thủ tục" (docs/catalogue-import.md, "The page"): upload of a catalogue, its diff and
 * applying it, for administrators ({@code camunda-admin}) only. Its frontend is a plain ES module in
 * {@code plugin-webapp/danh-muc-thu-tuc/app/}; its data answers under
 * {@code /camunda/api/cockpit/plugin/danh-muc-thu-tuc/{engine}/...} from {@link CatalogueAdministration}.
 */
public class CatalogueCockpitPlugin extends MotcuaCockpitPlugin {

    public static final String ID = "danh-muc-thu-tuc";

    public CatalogueCockpitPlugin() {
        super(ID, Root.class);
    }

    @Path("plugin/" + ID)
    public static class Root extends DataRoot {

        public Root() {
            super(ID);
        }

        @Override
        protected CataloguePluginResource resource(String engineName, BeanFactory beans) {
            return new CataloguePluginResource(engineName, beans.getBean(CatalogueAdministration.class));
        }
    }
}
