package vn.motcua.engine;

import jakarta.ws.rs.Path;

/**
 * The Cockpit plugin "Nhập hồ sơ cũ" (docs/legacy-import.md): its frontend ({@code plugin-webapp/nhap-ho-so-cu/app/})
 * uploads a file of past dossiers to the monitoring API {@code /api/reports/legacy-imports} with the Cockpit session,
 * shows the dry run and applies it; the plugin has no data API of its own.
 */
public class LegacyImportCockpitPlugin extends MotcuaCockpitPlugin {

    public static final String ID = "nhap-ho-so-cu";

    public LegacyImportCockpitPlugin() {
        super(ID, Root.class);
    }

    @Path("plugin/" + ID)
    public static class Root extends PageRoot {

        public Root() {
            super(ID);
        }
    }
}
