package vn.motcua.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;

/**
 * Stops and restarts the legal clock of a dossier. The register keeps the truth (status, legal due date,
 * one row per pause); the engine's timers are moved after it by the process glue.
 */
@Service
@Transactional
public class SlaClock {

    private final DossierRegister register;
    private final DeadlineService deadlines;
    private final ClockPauseRepository pauses;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final SlaProperties properties;

    SlaClock(DossierRegister register, DeadlineService deadlines, ClockPauseRepository pauses, WorkingCalendar calendar,
             ZoneId provinceZone, SlaProperties properties) {
        this.register = register;
        this.deadlines = deadlines;
        this.pauses = pauses;
        this.calendar = calendar;
        this.zone = provinceZone;
        this.properties = properties;
    }

    /**
     * Starts the clock of a dossier accepted at intake: its legal due date (the appointment) is fixed from the
     * procedure case's duration, in working time from the receipt, and recorded in the register (status 2).
     */
    public Dossier start(Long dossierId, Instant receivedAt) {
        Dossier dossier = register.get(dossierId);
        return register.receive(dossierId, receivedAt, deadlines.legalDueDate(dossier, receivedAt));
    }

    /**
     * Stops the clock. A supplement may be requested at most once per agency (Decree 61/2018, art. 19); a
     * second request by the same agency is refused.
     */
    public void pause(Long dossierId, PauseKind kind, String agencyCode, Instant at, String reason, String requestedBy) {
        Dossier dossier = register.get(dossierId);
        if (dossier.getStatus() != DossierStatus.PROCESSING) {
            throw new SlaRuleViolation("Chỉ tạm dừng thời hạn khi hồ sơ " + dossier.getCode()
                    + " đang được xử lý (trạng thái hiện tại: " + dossier.getStatus().label() + ")");
        }
        if (kind == PauseKind.SUPPLEMENT && pauses.existsByDossierIdAndKindAndAgencyCode(dossierId, kind, agencyCode)) {
            throw new SlaRuleViolation("Cơ quan " + agencyCode + " đã yêu cầu bổ sung hồ sơ " + dossier.getCode()
                    + " một lần; mỗi cơ quan chỉ được yêu cầu bổ sung một lần trong quá trình giải quyết");
        }
        pauses.save(new ClockPause(dossierId, kind, agencyCode, at, dossier.getDueAt(), reason));
        register.pauseClock(dossierId, kind.waitingStatus());
        if (kind == PauseKind.SUPPLEMENT) {
            register.requestSupplementDuringProcessing(dossierId, dossier.getAgency().getId(), at, reason, requestedBy);
        }
    }

    /** Restarts the clock and returns the new legal due date (remaining time, or the whole time again). */
    public Instant resume(Long dossierId, Instant at) {
        Dossier dossier = register.get(dossierId);
        ClockPause pause = pauses.findFirstByDossierIdAndEndedAtIsNullOrderByIdDesc(dossierId)
                .orElseThrow(() -> new SlaRuleViolation("Thời hạn của hồ sơ " + dossier.getCode() + " không bị tạm dừng"));
        ProcedureCase procedureCase = dossier.getProcedureCase();
        PausePolicy policy = pause.getKind() == PauseKind.SUPPLEMENT ? procedureCase.getPausePolicy() : PausePolicy.RESUME;
        LocalDateTime due = ResumedDueDate.of(calendar, policy, local(pause.getStartedAt()), local(pause.getDueBefore()),
                local(at), dossier.legalDuration(), procedureCase.getDurationUnit());
        Instant newDue = due.atZone(zone).toInstant();
        pause.end(at, newDue);
        register.resumeClock(dossierId, newDue);
        if (pause.getKind() == PauseKind.SUPPLEMENT) {
            register.supplementReceived(dossierId, at, "Tiếp nhận hồ sơ bổ sung tại bộ phận một cửa");
        }
        return newDue;
    }

    /**
     * A dossier that closes while its clock is paused (withdrawn while waiting for a supplement, say) ends the pause
     * at the moment it closed, so no pause stays open on a closed dossier. Runs inside the closing transaction.
     */
    @EventListener
    void closePauseOfClosedDossier(DossierChanged change) {
        if (!DossierChanged.STATUS.equals(change.kind())) {
            return;
        }
        Dossier dossier = register.get(change.dossierId());
        if (dossier.getClosedAt() != null) {
            pauses.findFirstByDossierIdAndEndedAtIsNullOrderByIdDesc(dossier.getId())
                    .ifPresent(pause -> pause.end(dossier.getClosedAt(), dossier.getDueAt()));
        }
    }

    /** When to warn that the dossier is due soon: the configured working time before the legal due date. */
    public Instant dueSoonAt(Instant due) {
        return calendar.subtractWorkingMinutes(local(due), properties.dueSoonWorkingMinutes()).atZone(zone).toInstant();
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, zone);
    }
}
