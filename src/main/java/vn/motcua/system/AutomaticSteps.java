package vn.motcua.system;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Runs a dossier's pending automatic steps now, in the calling thread: the steps the models run after the commit
 * on the job executor ({@code camunda:asyncBefore}, such as the signing of the result). For the demo loader,
 * whose next step waits for them at its own engine time, and for tests without a job executor. When the job
 * executor takes a job first, it waits until that job is done. The jobs run as the job executor runs them: with no
 * user logged into the engine (the caller's login is put back afterwards).
 */
@Component
public class AutomaticSteps {

    private static final long PATIENCE_NANOS = 60_000_000_000L;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;

    public AutomaticSteps(RuntimeService runtime, ManagementService management, IdentityService identity) {
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
    }

    /** Runs every asynchronous continuation with retries left of the dossier's process instances, until none is left. */
    public void run(String dossierCode) {
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            runAll(dossierCode);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private void runAll(String dossierCode) {
        long until = System.nanoTime() + PATIENCE_NANOS;
        for (List<Job> jobs = pending(dossierCode); !jobs.isEmpty(); jobs = pending(dossierCode)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Dossier " + dossierCode + ": automatic steps still pending after 60 s");
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (OptimisticLockingException taken) {
                    // the job executor ran it at the same time
                } catch (ProcessEngineException e) {
                    if (management.createJobQuery().jobId(job.getId()).withRetriesLeft().count() > 0
                            && management.createJobQuery().jobId(job.getId()).active().count() > 0) {
                        throw e;
                    }
                }
            }
        }
    }

    private List<Job> pending(String dossierCode) {
        Set<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode).list()
                .stream().map(ProcessInstance::getId).collect(Collectors.toCollection(HashSet::new));
        return instances.isEmpty() ? List.of()
                : management.createJobQuery().processInstanceIds(instances).messages().withRetriesLeft().list();
    }
}
