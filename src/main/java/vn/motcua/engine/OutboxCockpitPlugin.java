package vn.motcua.engine;

import org.springframework.beans.factory.BeanFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Path;
import vn.motcua.integration.OutboxAdministration;

/**
 * The Cockpit page "Đồng bộ Cổng DVC" (docs/integration.md "The Cockpit page"): the parked outbox events with their
 * retry, a dossier's sync state with the portal, the resync of a date range; administrators ({@code camunda-admin})
 * only. Its frontend is a plain ES module in {@code plugin-webapp/dong-bo-cong-dvc/app/}; its data answers under
 * {@code /camunda/api/cockpit/plugin/dong-bo-cong-dvc/{engine}/...} from {@link OutboxAdministration}, the service
 * behind the admin API {@code /api/admin/outbox}.
 */
public class OutboxCockpitPlugin extends MotcuaCockpitPlugin {

    public static final String ID = "dong-bo-cong-dvc";

    public OutboxCockpitPlugin() {
        super(ID, Root.class);
    }

    @Path("plugin/" + ID)
    public static class Root extends DataRoot {

        public Root() {
            super(ID);
        }

        @Override
        protected OutboxPluginResource resource(String engineName, BeanFactory beans) {
            return new OutboxPluginResource(engineName, beans.getBean(OutboxAdministration.class), beans.getBean(ObjectMapper.class));
        }
    }
}
