package vn.motcua.process;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the process glue needs from the engine beyond its public services, implemented by the engine
 * adapter ({@code vn.motcua.engine}): who is acting in the current engine call, and running a part of the
 * model (a decision table, the SLA timers) as the engine rather than with the user's rights.
 */
public interface EngineAccess {

    /** The authenticated user of the current engine call; null inside a job (a timer) or without login. */
    String currentUserId();

    /** The groups of the authenticated user; empty when nobody is authenticated. */
    List<String> currentGroupIds();

    /**
     * The tenants (agency codes) of the authenticated user, or null when nobody is authenticated (a job, the
     * application itself). Empty when the user belongs to no agency.
     */
    List<String> currentTenantIds();

    /** Whether the authenticated user is an engine administrator, to whom no tenant check applies. */
    boolean currentUserIsAdministrator();

    /**
     * Runs the work without authorization checks, inside the current engine command or, between commands,
     * in one of its own that joins the caller's transaction: for what belongs to the model, not to the user
     * (evaluating the step-deadline decision, moving the SLA timers).
     */
    <T> T withoutAuthorization(Supplier<T> work);
}
