package vn.motcua.engine;

import jakarta.ws.rs.Path;

/**
 * The Cockpit plugin "Giám sát hồ sơ": its frontend ({@code plugin-webapp/giam-sat-ho-so/app/}) reads the one
 * monitoring API, {@code /api/reports} ({@code vn.motcua.monitoring.ReportController}), with the manager's Cockpit
 * session ({@link WebappSessions}); the plugin has no data API of its own.
 */
public class MonitoringCockpitPlugin extends MotcuaCockpitPlugin {

    public static final String ID = "giam-sat-ho-so";

    public MonitoringCockpitPlugin() {
        super(ID, Root.class);
    }

    @Path("plugin/" + ID)
    public static class Root extends PageRoot {

        public Root() {
            super(ID);
        }
    }
}
