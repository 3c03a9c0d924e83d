package vn.motcua.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import vn.motcua.process.DossierTenancy;

/**
 * Stamps every process instance with its dossier's resolving agency as tenant (docs/security.md, "Agency
 * isolation"): a top-level instance gets the tenant {@link DossierTenancy} decides (which also refuses a
 * {@code dossierId} or foreign {@code agencyCode} from outside Motcua's start path); a called process
 * (call activity) and a decision evaluated inside a process get their caller's tenant. Tasks, jobs,
 * incidents, variables and history of the instance carry it too, so the engine shows them only to members
 * of that tenant. Definitions stay shared (deployed without tenant).
 */
class AgencyTenantIdProvider implements TenantIdProvider {

    private final Supplier<DossierTenancy> tenancy;

    AgencyTenantIdProvider(Supplier<DossierTenancy> tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        if (context.getSuperCaseExecution() != null) {
            return context.getSuperCaseExecution().getTenantId();
        }
        return tenancy.get().tenantOfNewProcess(context.getVariables());
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return context.getSuperExecution() != null ? context.getSuperExecution().getTenantId() : null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        if (context.getExecution() != null) {
            return context.getExecution().getTenantId();
        }
        return context.getCaseExecution() != null ? context.getCaseExecution().getTenantId() : null;
    }
}
