package vn.motcua.engine;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Giám sát hồ sơ": registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its REST resource answers under
 * {@code /camunda/api/cockpit/plugin/giam-sat-ho-so/{engine}/...} and its frontend (a plain ES module) is
 * served from {@code plugin-webapp/giam-sat-ho-so/app/} on the classpath.
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
