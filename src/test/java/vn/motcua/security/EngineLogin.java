package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;

/** Logs a user into the engine as the security filter and the webapps do: with its groups and its tenants (agencies). */
public final class EngineLogin {

    private EngineLogin() {
    }

    public static void as(IdentityService identity, String user) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
    }

    /** Runs the work logged in as the user, then logs out. */
    public static <T> T as(IdentityService identity, String user, Supplier<T> work) {
        as(identity, user);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** As the user: claims and completes the step of the dossier (business key {@code code}), which the user must see. */
    public static void complete(IdentityService identity, TaskService tasks, String user, String code, String step,
                                Map<String, Object> variables) {
        as(identity, user, () -> {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(step).singleResult();
            assertThat(task).as("%s sees %s of %s", user, step, code).isNotNull();
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
            return null;
        });
    }
}
