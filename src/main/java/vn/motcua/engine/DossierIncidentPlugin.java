package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

import vn.motcua.process.DossierStepIncidents;

/**
 * Engine plugin: the engine's own handler of failed jobs (an incident once the retries are spent, visible in
 * Cockpit, resolved when an operator retries) also tells the dossier's register ({@link DossierStepIncidents}),
 * so the dossier's own history says which automatic step failed, when and why.
 */
@Component
class DossierIncidentPlugin extends AbstractProcessEnginePlugin {

    private final DossierStepIncidents incidents;

    DossierIncidentPlugin(DossierStepIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomIncidentHandlers());
        handlers.add(new FailedJobs(incidents));
        configuration.setCustomIncidentHandlers(handlers);
    }

    /** Camunda's default {@code failedJob} handler, plus the register. */
    static final class FailedJobs extends DefaultIncidentHandler {

        private final DossierStepIncidents incidents;

        FailedJobs(DossierStepIncidents incidents) {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
            this.incidents = incidents;
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = super.handleIncident(context, message);
            ExecutionEntity execution = context.getExecutionId() == null ? null
                    : Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
            String name = execution == null || execution.getActivity() == null ? null : execution.getActivity().getName();
            incidents.opened(execution, incident.getId(), context.getActivityId(), name, message);
            return incident;
        }

        @Override
        public void resolveIncident(IncidentContext context) {
            registerResolved(context);
            super.resolveIncident(context);
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            registerResolved(context);
            super.deleteIncident(context);
        }

        private void registerResolved(IncidentContext context) {
            for (Incident incident : Context.getCommandContext().getIncidentManager()
                    .findIncidentByConfiguration(context.getConfiguration())) {
                incidents.resolved(incident.getId());
            }
        }
    }
}
