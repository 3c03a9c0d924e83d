package vn.motcua.integration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.signature.DocumentRegister;

/**
 * Writes an outbox row for every {@link DossierChanged}, in the transaction of the change (a synchronous
 * listener: the row commits or rolls back with the change). The body is the dossier's state in the portal's
 * vocabulary at that moment (docs/integration.md); the event key is the dossier code and the row's per-dossier
 * sequence among the portal's rows (the citizens' notifications, {@link CitizenNotices}, and the documents filed in
 * the DMS, {@link DocumentIssuedRecorder}, count apart), so a receiver can drop a repeat.
 */
@Component
class OutboxRecorder {

    private final OutboxRows rows;
    private final DossierRegister register;
    private final ObjectMapper json;
    private final BusinessClock clock;
    private final DocumentRegister documents;

    OutboxRecorder(OutboxRows rows, DossierRegister register, ObjectMapper json, BusinessClock clock,
                   DocumentRegister documents) {
        this.rows = rows;
        this.register = register;
        this.json = json;
        this.clock = clock;
        this.documents = documents;
    }

    /** The kind of a full-state event enqueued by a resync request ({@link PortalSync}). */
    static final String RESYNC = "RESYNC";

    @EventListener
    void on(DossierChanged change) {
        record(register.get(change.dossierId()), change.kind(), change, null);
    }

    /**
     * The dossier's full state as a {@code RESYNC} event of the resync request {@code resyncId}, behind the dossier's
     * other portal events (same sequence, same order).
     */
    void resync(Dossier dossier, long resyncId) {
        record(dossier, RESYNC, null, resyncId);
    }

    private void record(Dossier dossier, String kind, DossierChanged change, Long resyncId) {
        Instant now = clock.now();
        int sequence = rows.nextSequence(dossier.getId(), OutboxDispatcher.PORTAL);
        String key = dossier.getCode() + "#" + sequence;
        rows.insert(key, dossier.getId(), dossier.getCode(), kind, OutboxDispatcher.PORTAL, null,
                body(key, sequence, kind, change, dossier, now, resyncId), now, resyncId);
    }

    private String body(String key, int sequence, String kind, DossierChanged change, Dossier dossier, Instant now,
                        Long resyncId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventKey", key);
        body.put("sequence", sequence);
        body.put("kind", kind);
        body.put("at", now.toString());
        body.put("code", dossier.getCode());
        body.put("procedure", dossier.getProcedure().getCode());
        body.put("caseCode", dossier.getProcedureCase().getCode());
        body.put("agency", dossier.getAgency().getCode());
        body.put("channel", dossier.getChannel().name());
        body.put("status", dossier.getStatus().code());
        body.put("statusLabel", dossier.getStatus().label());
        body.put("submittedAt", text(dossier.getSubmittedAt()));
        body.put("receivedAt", text(dossier.getReceivedAt()));
        body.put("appointmentAt", text(dossier.getDueAt()));
        body.put("finishedAt", text(dossier.getProcessingEndedAt()));
        body.put("returnedAt", text(dossier.getReturnedAt()));
        body.put("result", dossier.getOutcome() == null ? null : dossier.getOutcome().name());
        // whether the signed document granted the dossier or refused it (a refusal notice); null before signing
        body.put("resultKind", documents.resultKindOf(dossier.getId()).map(Enum::name).orElse(null));
        if (resyncId != null) {
            body.put("resyncRequest", resyncId);
        }
        if (change != null && DossierChanged.HANDOVER.equals(change.kind())) {
            Map<String, Object> handover = new LinkedHashMap<>();
            handover.put("step", change.step());
            handover.put("stepName", change.stepName());
            handover.put("sender", change.sender());
            body.put("handover", handover);
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
