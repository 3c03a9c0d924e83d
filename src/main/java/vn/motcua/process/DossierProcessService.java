package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.CallerAgencies;
import vn.motcua.integration.PartnerTransfers;
import vn.motcua.dossier.ConcurrentChange;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierProcesses;
import vn.motcua.dossier.ProcessActionForbidden;

/**
 * The one service that starts and correlates processes, behind the register's {@link DossierProcesses}: it
 * starts a dossier's process (business key = the dossier code, variable {@code dossierId}; the start listener {@code dossierRegistration} links it),
 * completes the intake task, tells a waiting process that a supplement came, and ends a withdrawn
 * dossier's process. Every call runs in the caller's transaction and as the calling user (the security
 * filter sets the engine's authentication), so engine authorizations apply; a refusal becomes
 * {@link ProcessActionForbidden}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class DossierProcessService implements DossierProcesses {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineAccess engine;
    private final CallerAgencies callers;
    private final ObjectMapper json;
    private final PartnerTransfers transfers;

    DossierProcessService(RuntimeService runtime, TaskService tasks, EngineAccess engine, CallerAgencies callers,
                          ObjectMapper json, PartnerTransfers transfers) {
        this.json = json;
        this.transfers = transfers;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.callers = callers;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public String currentUser() {
        return engine.currentUserId();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<String> currentGroups() {
        List<String> groups = engine.currentGroupIds();
        return groups == null ? List.of() : groups;
    }

    /**
     * Motcua's own start path, the only one that may name a registered dossier ({@link DossierTenancy}): for a
     * dossier of the calling user's agencies (any, without a user) that has no running process.
     */
    @Override
    public String start(Dossier dossier) {
        String agency = dossier.getAgency().getCode();
        if (!callers.current().includes(agency)) {
            throw new ProcessActionForbidden("Người dùng " + engine.currentUserId()
                    + " không tiếp nhận hồ sơ cho cơ quan " + agency, null);
        }
        if (running(dossier)) {
            throw new IllegalStateException("Hồ sơ " + dossier.getCode() + " đã có quy trình đang chạy");
        }
        Map<String, Object> variables = procedureData(dossier);
        variables.put(DOSSIER_ID.name(), dossier.getId());
        try {
            ProcessInstance instance = DossierTenancy.starting(dossier.getId(), () -> runtime.startProcessInstanceByKey(
                    dossier.getProcedure().getProcessKey(), dossier.getCode(), variables));
            return instance.getId();
        } catch (AuthorizationException refused) {
            throw new ProcessActionForbidden(refused.getMessage(), refused);
        } catch (OptimisticLockingException raced) {
            throw new ConcurrentChange(raced.getMessage(), raced);
        } catch (RuntimeException failed) {
            throw lostRaceOr(failed);
        }
    }

    /**
     * The dossier's applicant details and procedure data as the forms and result templates read them. The data
     * holds only keys of the procedure's data schema (checked at submission) and plain values; the shared
     * variables ({@code dossierId}, then the start listener's) are set after them and win any clash.
     */
    private Map<String, Object> procedureData(Dossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        if (dossier.getProcedureData() != null) {
            try {
                json.readValue(dossier.getProcedureData(), new TypeReference<Map<String, Object>>() { })
                        .forEach((key, value) -> {
                            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                                variables.put(key, value);
                            }
                        });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Dữ liệu thủ tục của hồ sơ " + dossier.getCode() + " không đọc được", e);
            }
        }
        putIfPresent(variables, APPLICANT_ADDRESS.name(), dossier.getApplicant().address());
        putIfPresent(variables, APPLICANT_PHONE.name(), dossier.getApplicant().phone());
        putIfPresent(variables, APPLICANT_EMAIL.name(), dossier.getApplicant().email());
        putIfPresent(variables, SUMMARY.name(), dossier.getSummary());
        return variables;
    }

    private static void putIfPresent(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    @Override
    public boolean running(Dossier dossier) {
        String id = dossier.getProcessInstanceId();
        return id != null && engine.withoutAuthorization(() ->
                runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0);
    }

    @Override
    public Optional<String> intakeStep(Dossier dossier) {
        if (dossier.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        String id = dossier.getProcessInstanceId();
        Task task = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(INTAKE_TASK).active().singleResult();
        if (task == null && engine.withoutAuthorization(() -> tasks.createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(INTAKE_TASK).active().count() == 0)) {
            // the dossier read as waiting for intake, but its intake step is gone: another request took it just now
            throw new ConcurrentChange("Hồ sơ " + dossier.getCode() + " vừa được một yêu cầu khác tiếp nhận hoặc thay đổi",
                    null);
        }
        return Optional.ofNullable(task).map(Task::getId);
    }

    @Override
    public void completeIntake(String stepId, Intake intake) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INTAKE_DECISION.name(), value(intake.decision()));
        variables.put(COMPETENT.name(), intake.competent());
        variables.put(COMPLETE.name(), intake.complete());
        if (intake.componentsHandedIn() != null) {
            variables.put(COMPONENTS_HANDED_IN.name(), new java.util.ArrayList<>(intake.componentsHandedIn()) /* a class on the deserialization allow-list */);
        }
        if (intake.refusalReason() != null) {
            variables.put(REFUSAL_REASON.name(), intake.refusalReason());
        }
        if (intake.missingItems() != null) {
            variables.put(MISSING_ITEMS.name(), intake.missingItems());
        }
        if (intake.opinion() != null) {
            variables.put(OPINION.name(), intake.opinion());
        }
        asUser(() -> tasks.complete(stepId, variables));
    }

    /** The value of {@link DossierProcess#INTAKE_DECISION} the intake gateway tests. */
    static String value(IntakeDecision decision) {
        return switch (decision) {
            case ACCEPT -> DossierProcess.INTAKE_ACCEPT;
            case SUPPLEMENT -> DossierProcess.INTAKE_SUPPLEMENT;
            case REFUSE -> DossierProcess.INTAKE_REFUSE;
        };
    }

    @Override
    public boolean supplementResubmitted(Dossier dossier) {
        try {
            asUser(() -> runtime.createMessageCorrelation(SUPPLEMENT_RESUBMITTED_MESSAGE)
                    .processInstanceBusinessKey(dossier.getCode())
                    .correlate());
            return true;
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return false;
        }
    }

    /** The message of the online-payment boundary event ({@link FirstLandUseCertificate#OBLIGATION_PAID_MESSAGE}). */
    @Override
    public boolean obligationPaid(Dossier dossier, String receiptNumber) {
        try {
            asUser(() -> runtime.createMessageCorrelation(FirstLandUseCertificate.OBLIGATION_PAID_MESSAGE)
                    .processInstanceBusinessKey(dossier.getCode())
                    .setVariable(FirstLandUseCertificate.PAYMENT_RECEIPT_NUMBER.name(), receiptNumber)
                    .correlate());
            return true;
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return false;
        }
    }

    @Override
    public PartnerResult partnerAnswered(Dossier dossier, String partId, Map<String, Object> answer, String answeredBy) {
        var part = transfers.part(dossier.getCode(), partId);
        if (part.isEmpty()) {
            return PartnerResult.UNKNOWN_PART;
        }
        if (!part.get().open()) {
            return PartnerResult.CLOSED;
        }
        PartnerTransfers.Answer checked = PartnerTransfers.Answer.of(answer);
        String instance = part.get().processInstanceId();
        try {
            var correlation = runtime.createMessageCorrelation(InterAgencyTransfer.PARTNER_ANSWERED_MESSAGE)
                    .processInstanceBusinessKey(dossier.getCode());
            // the part's own instance when recorded (V153); parts sent before: the instance waiting with its part id
            var target = instance != null ? correlation.processInstanceId(instance)
                    : correlation.processInstanceVariableEquals(InterAgencyTransfer.PART_ID.name(), partId);
            asUser(() -> target.setVariables(answer).correlate());
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return PartnerResult.CLOSED;
        }
        transfers.answered(dossier.getCode(), partId, PartnerTransfers.Road.LGSP, answeredBy, checked);
        return PartnerResult.ANSWERED;
    }

    /**
     * Ends the process as the application: the register's API has checked that the dossier is one of the
     * user's agencies and may be withdrawn or stopped, so no desk needs {@code DELETE_INSTANCE} on the shared definition
     * (which the engine REST API would let it use on any instance of its agency, bypassing the register).
     */
    @Override
    public void end(Dossier dossier, String reason) {
        String id = dossier.getProcessInstanceId();
        if (id != null) {
            try {
                engine.withoutAuthorization(() -> {
                    runtime.deleteProcessInstanceIfExists(id, reason, false, true, false, false);
                    return null;
                });
            } catch (OptimisticLockingException | NullValueException raced) {
                // another request ended the same instance at the same moment
                throw new ConcurrentChange(raced.getMessage(), raced);
            }
        }
    }

    /**
     * Runs an engine call as the calling user; the engine's refusal becomes the register's, and a race lost to
     * another request on the same task or instance (the engine's optimistic lock, or the task already gone)
     * becomes {@link ConcurrentChange}.
     */
    private static void asUser(Runnable call) {
        try {
            call.run();
        } catch (AuthorizationException refused) {
            throw new ProcessActionForbidden(refused.getMessage(), refused);
        } catch (OptimisticLockingException | NullValueException raced) {
            throw new ConcurrentChange(raced.getMessage(), raced);
        } catch (RuntimeException failed) {
            throw lostRaceOr(failed);
        }
    }

    /**
     * A unique row written first or a row locked or changed by a concurrent change of the same dossier is a lost
     * race too (409), whether the engine wrapped the database's refusal or let it through as it came; anything
     * else as is.
     */
    private static RuntimeException lostRaceOr(RuntimeException failed) {
        return ConcurrentChange.lostRace(failed) ? new ConcurrentChange(failed.getMessage(), failed) : failed;
    }
}
