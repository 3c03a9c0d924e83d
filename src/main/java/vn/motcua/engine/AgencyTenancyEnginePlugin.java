package vn.motcua.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.process.DossierTenancy;

/**
 * Engine plugin: an agency is a tenant. Registers {@link AgencyTenantIdProvider} and keeps the engine's tenant
 * check on (a user sees and changes only instances, tasks, jobs, incidents, variables and history of the tenants
 * it is a member of; engine administrators see all).
 */
@Component
class AgencyTenancyEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<DossierTenancy> tenancy;

    AgencyTenancyEnginePlugin(ObjectProvider<DossierTenancy> tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new AgencyTenantIdProvider(tenancy::getObject));
        configuration.setTenantCheckEnabled(true);
    }
}
