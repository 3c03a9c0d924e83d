package vn.motcua.engine;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.motcua.process.EngineAccess;

/**
 * {@link EngineAccess} on the engine's identity service and its command context. The engine's beans are
 * looked up when first used: the engine's plugins need this bean while the engine is being built.
 */
@Component
public class CamundaEngineAccess implements EngineAccess {

    private final Supplier<IdentityService> identity;
    private final Supplier<ProcessEngineConfigurationImpl> configuration;

    @Autowired
    CamundaEngineAccess(ObjectProvider<IdentityService> identity, ObjectProvider<ProcessEngineConfigurationImpl> configuration) {
        this.identity = identity::getObject;
        this.configuration = configuration::getObject;
    }

    /** On a given engine, e.g. a test's in-memory one. */
    public CamundaEngineAccess(ProcessEngine engine) {
        this.identity = engine::getIdentityService;
        this.configuration = () -> ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    }

    @Override
    public String currentUserId() {
        Authentication current = identity.get().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    @Override
    public List<String> currentGroupIds() {
        Authentication current = identity.get().getCurrentAuthentication();
        return current == null || current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds());
    }

    @Override
    public List<String> currentTenantIds() {
        Authentication current = identity.get().getCurrentAuthentication();
        if (current == null) {
            return null;
        }
        return current.getTenantIds() == null ? List.of() : List.copyOf(current.getTenantIds());
    }

    @Override
    public boolean currentUserIsAdministrator() {
        Authentication current = identity.get().getCurrentAuthentication();
        if (current == null) {
            return false;
        }
        ProcessEngineConfigurationImpl engine = configuration.get();
        List<String> admins = engine.getAdminGroups() == null ? List.of() : engine.getAdminGroups();
        return (engine.getAdminUsers() != null && engine.getAdminUsers().contains(current.getUserId()))
                || (current.getGroupIds() != null && current.getGroupIds().stream().anyMatch(admins::contains));
    }

    @Override
    public <T> T withoutAuthorization(Supplier<T> work) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            return context.runWithoutAuthorization(work::get);
        }
        // between engine commands (e.g. just before the transaction commits): a command of its own, which
        // joins the caller's transaction
        return configuration.get().getCommandExecutorTxRequired()
                .execute(command -> command.runWithoutAuthorization(work::get));
    }
}
