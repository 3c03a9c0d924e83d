package vn.motcua.engine;

import org.springframework.beans.factory.BeanFactory;

import jakarta.ws.rs.Path;

/**
 * The Cockpit page "Quản lý tỉnh" (docs/province.md, "The page"): the province tree, upload of a new file set,
 * its diff and applying it, for administrators ({@code camunda-admin}) only. Its frontend is a plain ES module
 * in {@code plugin-webapp/quan-ly-tinh/app/}; its data answers under
 * {@code /camunda/api/cockpit/plugin/quan-ly-tinh/{engine}/...} from {@link ProvinceAdministration}.
 */
public class ProvinceCockpitPlugin extends MotcuaCockpitPlugin {

    public static final String ID = "quan-ly-tinh";

    public ProvinceCockpitPlugin() {
        super(ID, Root.class);
    }

    @Path("plugin/" + ID)
    public static class Root extends DataRoot {

        public Root() {
            super(ID);
        }

        @Override
        protected ProvincePluginResource resource(String engineName, BeanFactory beans) {
            return new ProvincePluginResource(engineName, beans.getBean(ProvinceAdministration.class));
        }
    }
}
