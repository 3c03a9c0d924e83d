package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.integration.PartnerTransfers;

/**
 * Added to every user task of every process (see the engine plugin in {@code system}): on create the
 * dossier's current step changes and the open hand-over gets its receiver; on complete a hand-over row
 * opens with the sender, the time, the step deadline and the opinion written on the step. On the completion of
 * a signer's step ({@link #SIGNING_STEPS}) it also records who approved as {@code signerUserId} (unless the model
 * names the signer): the signature itself runs after the commit, on the job executor, where no user is logged in.
 * On the return step ({@code Task_ReturnResult}), when it opens and when it completes, it reads from the dossier
 * whether the fee was paid online ({@link ResultReturn#FEE_PAID_ONLINE}); if so {@link ResultReturn#FEE_COLLECTED}
 * is true whatever the form sent (the clerk does not collect it again, also when the payment came while the step was
 * open). Done here rather than by a listener in tra-ket-qua.bpmn so that no bean is added to the deployment allow-list.
 * On the completion of a liên thông partner's step ({@code Task_PartnerProcess} of {@code lien-thong.bpmn}) the part is
 * closed with the answer, recorded as an answer through the LGSP is ({@link PartnerTransfers#answered}).
 */
@Component
public class DossierTaskListener implements TaskListener {

    /** The user tasks whose completion is followed by the (asynchronous) signing of the result as their completer. */
    static final Set<String> SIGNING_STEPS = Set.of(ResultSignature.Element.Task_Sign.id(),
            ResultReturn.Element.Task_ResignResult.id());

    private final DossierRegister register;
    private final EngineAccess engine;
    private final BusinessClock clock;
    private final PartnerTransfers transfers;

    DossierTaskListener(DossierRegister register, EngineAccess engine, BusinessClock clock, PartnerTransfers transfers) {
        this.register = register;
        this.engine = engine;
        this.clock = clock;
        this.transfers = transfers;
    }

    @Override
    public void notify(DelegateTask task) {
        Long dossierId = DOSSIER_ID.get(task);
        if (dossierId == null) {
            return; // not a dossier process
        }
        String tenant = task.getTenantId();
        if (tenant != null && !tenant.equals(register.get(dossierId).getAgency().getCode())) {
            // dossierId rewritten on a task (task or process variables) to point at another agency's dossier
            throw new AuthorizationException("Biến " + DOSSIER_ID.name() + " của công việc " + task.getId()
                    + " không chỉ tới hồ sơ của cơ quan " + tenant);
        }
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            register.stepStarted(dossierId, task.getTaskDefinitionKey(), name, receiver(task));
            showInTaskList(task);
            feePaidOnline(task, dossierId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Instant deadline = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            register.stepCompleted(dossierId, task.getTaskDefinitionKey(), name, sender(task), clock.now(),
                    deadline, OPINION.get(task));
            if (task.getExecution().hasVariable(OPINION.name())) {
                OPINION.remove(task.getExecution());
            }
            rememberSigner(task);
            feePaidOnline(task, dossierId);
            partnerAnswered(task);
        }
    }

    /**
     * The partner's answer given in Tasklist closes its part like an answer through the LGSP: when, by whom (the
     * completing user), the road, and what. The part is the one sent from the task's own process instance, never one a
     * variable names (the completing user may set variables); only for a part sent before its instance was recorded
     * (V153) the instance's {@code partId} is read. A bad answer refuses the completion, naming the variable.
     */
    private void partnerAnswered(DelegateTask task) {
        if (!InterAgencyTransfer.Element.Task_PartnerProcess.id().equals(task.getTaskDefinitionKey())) {
            return;
        }
        String code = task.getExecution().getProcessBusinessKey();
        var part = transfers.partOfInstance(task.getProcessInstanceId())
                .or(() -> task.getVariable(InterAgencyTransfer.PART_ID.name()) instanceof String partId
                        ? transfers.part(code, partId).filter(p -> p.processInstanceId() == null) : java.util.Optional.empty());
        if (part.isEmpty()) {
            return; // not sent through Motcua's liên thông step (a model without it)
        }
        PartnerTransfers.Answer answer;
        try {
            answer = PartnerTransfers.Answer.of(task.getVariables());
        } catch (IllegalArgumentException bad) {
            throw new BadUserRequestException("Trả lời của cơ quan phối hợp không hợp lệ: " + bad.getMessage());
        }
        transfers.answered(part.get().dossierCode(), part.get().partId(), PartnerTransfers.Road.TASKLIST, sender(task), answer);
    }

    private void feePaidOnline(DelegateTask task, Long dossierId) {
        if (!ResultReturn.Element.Task_ReturnResult.id().equals(task.getTaskDefinitionKey())) {
            return;
        }
        boolean paid = register.get(dossierId).isFeePaidOnline();
        ResultReturn.FEE_PAID_ONLINE.set(task.getExecution(), paid);
        if (paid) {
            ResultReturn.FEE_COLLECTED.set(task.getExecution(), true);
        }
    }

    /**
     * Copies the dossier's code, applicant and procedure onto the task itself: Tasklist's lists show them
     * (filter property "variables"), and a task's own variables are readable by whoever may see the task,
     * without rights on the whole process instance, so agencies stay apart.
     */
    public static final TaskListener SHOW_IN_TASK_LIST = DossierTaskListener::showInTaskList;

    private static void showInTaskList(DelegateTask task) {
        for (var variable : java.util.List.of(DOSSIER_CODE, APPLICANT_NAME, PROCEDURE_NAME)) {
            String value = variable.get(task);
            if (value != null) {
                task.setVariableLocal(variable.name(), value);
            }
        }
    }

    private void rememberSigner(DelegateTask task) {
        if (!SIGNING_STEPS.contains(task.getTaskDefinitionKey())) {
            return;
        }
        String configured = SignedResultProcess.SIGNER_USER_ID.get(task.getExecution());
        String current = engine.currentUserId();
        if ((configured == null || configured.isBlank()) && current != null) {
            SignedResultProcess.SIGNER_USER_ID.set(task.getExecution(), current);
        }
    }

    private static String receiver(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
                .collect(Collectors.joining(", "));
    }

    private String sender(DelegateTask task) {
        return task.getAssignee() != null ? task.getAssignee() : engine.currentUserId();
    }
}
