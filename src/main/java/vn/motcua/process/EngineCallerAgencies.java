package vn.motcua.process;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.CallerAgencies;

/**
 * {@link CallerAgencies} from the engine's authentication of the current request: its tenant ids (set from
 * the user's tenant memberships by the security filter and by the webapps' login) are agency codes; an engine
 * administrator has every agency. Without an authenticated user the application itself is acting (a job, the
 * demo loader), for every agency, as the engine does then: every {@code /api} request but public tracking runs
 * authenticated (security configuration).
 */
@Component
class EngineCallerAgencies implements CallerAgencies {

    private final EngineAccess engine;

    EngineCallerAgencies(EngineAccess engine) {
        this.engine = engine;
    }

    @Override
    public AgencyScope current() {
        List<String> tenants = engine.currentTenantIds();
        if (tenants == null) {
            return AgencyScope.ALL;
        }
        return engine.currentUserIsAdministrator() ? AgencyScope.ALL : AgencyScope.of(tenants);
    }

    @Override
    public List<String> groups() {
        return engine.currentGroupIds();
    }
}
