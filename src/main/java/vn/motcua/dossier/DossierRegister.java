package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSet;
import vn.motcua.procedure.RuleSets;

/**
 * The register's operations. Each runs in the caller's transaction — for engine callbacks the engine's —
 * so a dossier row and its process state commit or roll back together. Times are passed in by the caller
 * (the engine clock inside processes), never read here.
 */
@Service
@Transactional
public class DossierRegister {

    private final DossierRepository dossiers;
    private final DossierHistoryRepository history;
    private final SupplementRepository supplements;
    private final DossierAttachmentRepository attachments;
    private final DossierCodes codes;
    private final ProcedureCatalog catalog;
    private final RuleSets ruleSets;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final ReceivingCentres centres;

    DossierRegister(DossierRepository dossiers, DossierHistoryRepository history, SupplementRepository supplements,
                    DossierAttachmentRepository attachments, DossierCodes codes, ProcedureCatalog catalog,
                    RuleSets ruleSets, ZoneId provinceZone, ApplicationEventPublisher events, ReceivingCentres centres) {
        this.centres = centres;
        this.dossiers = dossiers;
        this.history = history;
        this.supplements = supplements;
        this.attachments = attachments;
        this.codes = codes;
        this.catalog = catalog;
        this.ruleSets = ruleSets;
        this.zone = provinceZone;
        this.events = events;
    }

    /**
     * Registers a handed-in dossier under a new code; it waits for the one-stop desk's check (status 1). The
     * day it is handed in chooses the procedure version and the rule set (slips, code format, statuses,
     * actions), both kept for the dossier's life. The receiving centre, when another than the resolving agency's
     * desk, must receive for it under that rule set ({@link ReceivingCentres#problem}).
     */
    public Dossier register(NewDossier request, Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        Agency agency = catalog.agency(request.agencyCode());
        AdministrativeProcedure procedure = catalog.procedureInForce(request.procedureCode(), day);
        ProcedureCase procedureCase = catalog.procedureCase(procedure, request.caseCode());
        RuleSet ruleSet = ruleSets.forReceipt(day);
        Agency receiving = request.receivingAgencyCode() == null ? agency : catalog.agency(request.receivingAgencyCode());
        centres.problem(agency, ruleSet, receiving).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String code = codes.next(agency.getCode(), day, ruleSet, procedure.getSystemPrefix());
        Dossier dossier = new Dossier(code, agency, procedureCase, request.channel(), request.applicant(),
                request.summary(), at, ruleSet.id());
        dossier.receivedAtCentreOf(receiving.getCode());
        dossiers.save(dossier);
        statusChanged(dossier.getId());
        return dossier;
    }

    /** The rule set for a dossier received on the day. */
    @Transactional(readOnly = true)
    public RuleSet ruleSetOn(LocalDate day) {
        return ruleSets.forReceipt(day);
    }

    /** The rule set the dossier is handled under. */
    @Transactional(readOnly = true)
    public RuleSet ruleSet(Dossier dossier) {
        return ruleSets.byId(dossier.getRuleSet());
    }

    /**
     * The one place every status change and hand-over is announced, inside the transaction of the change, so
     * the outbox row commits or rolls back with it.
     */
    private void changed(Long id, String kind, String step, String stepName, String sender) {
        events.publishEvent(new DossierChanged(id, kind, step, stepName, sender));
    }

    private void statusChanged(Long id) {
        changed(id, DossierChanged.STATUS, null, null, null);
    }

    @Transactional(readOnly = true)
    public Dossier get(Long id) {
        return dossiers.findById(id).orElseThrow(() -> new NoSuchElementException("Không có hồ sơ id " + id));
    }

    @Transactional(readOnly = true)
    public List<DossierHistory> history(Long dossierId) {
        return history.findByDossierIdOrderByIdAsc(dossierId);
    }

    /** Who completed the dossier's last step: the sender of its last hand-over that has one; null when none. */
    @Transactional(readOnly = true)
    public String lastSender(Long dossierId) {
        return history.findByDossierIdOrderByIdAsc(dossierId).stream().map(DossierHistory::getSender)
                .filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
    }

    /** The codes of the components that came as attachments, each once, in the order they came. */
    @Transactional(readOnly = true)
    public List<String> attachedComponents(Long dossierId) {
        return attachments.findByDossierIdOrderByIdAsc(dossierId).stream()
                .map(DossierAttachment::getComponentCode).distinct().toList();
    }

    /** Another case of the same procedure, while the dossier is not received yet (its clock not started). */
    public void changeCase(Long id, String caseCode) {
        Dossier dossier = get(id);
        dossier.changeCase(catalog.procedureCase(dossier.getProcedure(), caseCode));
    }

    public void linkProcess(Long id, String processInstanceId) {
        get(id).linkProcess(processInstanceId);
    }

    /**
     * Accepted at intake (status 2) with the legal due date the SLA clock fixed for it
     * ({@code sla.SlaClock#start}, which calls this).
     */
    public Dossier receive(Long id, Instant at, Instant due) {
        Dossier dossier = get(id);
        dossier.receive(at, due);
        statusChanged(id);
        return dossier;
    }

    /**
     * Records the clerk who accepted the dossier at intake; without a logged-in user (a job, a test without
     * login) the one who completed the last step before, as the control slip has it.
     */
    public void recordReceivedBy(Long id, String userId) {
        get(id).receivedBy(userId != null ? userId : lastSender(id));
    }

    public void refuse(Long id, Instant at, String reason) {
        get(id).refuse(at, reason);
        statusChanged(id);
    }

    /** Incomplete at intake: status 5 and a supplement request (form 02) naming the missing items. */
    public Supplement requestSupplementAtIntake(Long id, Instant at, String missingItems, String requestedBy) {
        Dossier dossier = get(id);
        dossier.requestSupplementAtIntake(at, missingItems);
        statusChanged(id);
        return supplements.save(new Supplement(id, Supplement.Stage.INTAKE, dossier.getAgency().getId(), at,
                requestedBy, missingItems, "Thành phần hồ sơ chưa đầy đủ, hợp lệ"));
    }

    /** The clerk's intake checklist: which of the case's components were handed in. */
    public void recordComponentsHandedIn(Long id, List<String> componentCodes) {
        get(id).recordComponentsHandedIn(componentCodes);
    }

    @Transactional(readOnly = true)
    public List<Supplement> supplements(Long dossierId) {
        return supplements.findByDossierIdOrderByIdAsc(dossierId);
    }

    /** The pseudo-step a withdrawn dossier ends at in its control slip. */
    static final String WITHDRAWN_STEP = "Withdrawn";

    /**
     * Withdrawn by the applicant (status 7) at any open status (1, 2, 4, 5, 6); a closed dossier (3, 7, 8, 9,
     * 10) cannot be withdrawn. The control slip gets a row from the step the dossier was at to the withdrawal,
     * with who recorded it and the reason. The row is never deleted.
     */
    public void withdraw(Long id, Instant at, String reason, String recordedBy) {
        Dossier dossier = get(id);
        String step = dossier.getSubStatus() != null ? dossier.getSubStatus() : WITHDRAWN_STEP;
        String stepName = dossier.getSubStatusName() != null ? dossier.getSubStatusName() : dossier.getStatus().label();
        dossier.withdraw(at, reason);
        endedAtRequest(id, step, stepName, WITHDRAWN_STEP, DossierStatus.WITHDRAWN, at, reason, recordedBy);
    }

    /** The pseudo-step a dossier stopped at the applicant's request ends at in its control slip. */
    static final String STOPPED_STEP = "Stopped";

    /**
     * Stopped at the applicant's request (status 8, Decree 118/2025 Art. 21(1)) by the desk that received it, once
     * received and before a result exists (2, 4, 5, 6). Who may and under which rule set is the caller's check
     * ({@link DossierActions}); the control slip gets a row as for a withdrawal.
     */
    public void stop(Long id, Instant at, String reason, String recordedBy) {
        Dossier dossier = get(id);
        String step = dossier.getSubStatus() != null ? dossier.getSubStatus() : STOPPED_STEP;
        String stepName = dossier.getSubStatusName() != null ? dossier.getSubStatusName() : dossier.getStatus().label();
        dossier.stop(at, reason, recordedBy);
        endedAtRequest(id, step, stepName, STOPPED_STEP, DossierStatus.STOPPED, at, reason, recordedBy);
    }

    /** The open hand-over and a row from the step the dossier was at go to the end the applicant asked for. */
    private void endedAtRequest(Long id, String step, String stepName, String endStep, DossierStatus end, Instant at,
                                String reason, String recordedBy) {
        history.findFirstByDossierIdAndToStepIsNullOrderByIdDesc(id)
                .ifPresent(row -> row.handTo(endStep, end.label(), null));
        DossierHistory row = new DossierHistory(id, step, stepName, recordedBy, at, null, null, end.label() + ": " + reason,
                stepSeconds(id, at));
        row.handTo(endStep, end.label(), null);
        history.save(row);
        statusChanged(id);
    }

    public void startProcessing(Long id) {
        get(id).startProcessing();
        statusChanged(id);
    }

    public void markOverdue(Long id) {
        get(id).markOverdue();
    }

    /** Result ready (status 9); the outcome is fixed against the legal due date. */
    public Dossier finishProcessing(Long id, Instant at) {
        Dossier dossier = get(id);
        // once flagged overdue (the clock ran past the legal due date) a dossier stays late
        dossier.finishProcessing(at, dossier.isOverdue() ? Outcome.LATE : Outcome.of(at, dossier.getDueAt(), zone));
        statusChanged(id);
        return dossier;
    }

    public void returnResult(Long id, Instant at) {
        get(id).returnResult(at);
        statusChanged(id);
    }

    /** A step starts: the dossier's current step changes and the open hand-over gets its receiver. */
    public void stepStarted(Long id, String step, String stepName, String receiver) {
        get(id).moveTo(step, stepName);
        history.findFirstByDossierIdAndToStepIsNullOrderByIdDesc(id)
                .ifPresent(row -> row.handTo(step, stepName, receiver));
    }

    /** A step is done: a hand-over row opens, closed by the next step (or the end of the dossier). */
    public void stepCompleted(Long id, String step, String stepName, String sender, Instant at,
                              Instant stepDeadline, String note) {
        Outcome outcome = stepDeadline == null ? null : Outcome.of(at, stepDeadline, zone);
        history.save(new DossierHistory(id, step, stepName, sender, at, stepDeadline, outcome, note, stepSeconds(id, at)));
        changed(id, DossierChanged.HANDOVER, step, stepName, sender);
    }

    /**
     * Wall-clock seconds in the step a hand-over at {@code at} leaves: since the previous hand-over (the latest at or
     * before {@code at}), else since receipt, else since submission; null without any. The per-step report averages
     * it (monitoring's {@code ReportQueries.processingTimePerStep}); V156 computed it the same way for older rows.
     */
    private Double stepSeconds(Long id, Instant at) {
        Instant since = history.findFirstByDossierIdAndHandedAtLessThanEqualOrderByHandedAtDescIdDesc(id, at)
                .map(DossierHistory::getHandedAt)
                .orElseGet(() -> {
                    Dossier dossier = get(id);
                    return dossier.getReceivedAt() != null ? dossier.getReceivedAt() : dossier.getSubmittedAt();
                });
        return since == null ? null
                : ChronoUnit.MICROS.between(since.truncatedTo(ChronoUnit.MICROS), at.truncatedTo(ChronoUnit.MICROS)) / 1e6;
    }

    /** The dossier left its last step: the open hand-over goes to the end (result returned, refused...). */
    public void ended(Long id, String endStep, String endName) {
        get(id).moveTo(null, null);
        history.findFirstByDossierIdAndToStepIsNullOrderByIdDesc(id)
                .ifPresent(row -> row.handTo(endStep, endName, null));
    }

    // --- the SLA clock (sla.SlaClock decides and calls these, the register records; it never calls the clock)

    /** The clock stops: status 5 (supplement) or 6 (financial obligation) while the dossier waits. */
    public void pauseClock(Long id, DossierStatus waiting) {
        get(id).pauseClock(waiting);
        statusChanged(id);
    }

    /** A supplement requested during processing (form 02 names the missing items). */
    public Supplement requestSupplementDuringProcessing(Long id, Long agencyId, Instant at, String missingItems,
                                                        String requestedBy) {
        return supplements.save(new Supplement(id, Supplement.Stage.PROCESSING, agencyId, at, requestedBy,
                missingItems, "Hồ sơ cần bổ sung, hoàn thiện trong quá trình giải quyết"));
    }

    /** The supplement came in at the desk; nothing to do when the API already recorded it. */
    public void supplementReceived(Long id, Instant at, String note) {
        supplements.findFirstByDossierIdOrderByIdDesc(id).filter(Supplement::isOpen)
                .ifPresent(open -> open.resubmitted(at, note));
    }

    /** The clock runs again with a new legal due date; the dossier is processed again (status 4). */
    public void resumeClock(Long id, Instant newDue) {
        get(id).resumeClock(newDue);
        statusChanged(id);
    }

    public void warnedDueSoon(Long id, Instant at) {
        get(id).warnDueSoon(at);
    }

    /** Apology and new appointment (form 04): the legal due date, and so the outcome "late", stay. */
    public void apologized(Long id, Instant newAppointment, String reason) {
        get(id).apologize(newAppointment, reason);
    }
}
