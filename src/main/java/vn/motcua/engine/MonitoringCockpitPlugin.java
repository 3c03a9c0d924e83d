package vn.motcua.engine;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Giám sát hồ sơ": registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its frontend (a plain ES module,
 * {@code plugin-webapp/giam-sat-ho-so/app/} on the classpath) is served by its root resource and reads the
 * monitoring API {@code /api/reports} with the Cockpit session ({@link WebappSessions}).
 */
public class MonitoringCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "giam-sat-ho-so";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(MonitoringPluginRootResource.class);
    }
}
