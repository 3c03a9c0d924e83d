package vn.motcua.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;

/**
 * Liên thông over the LGSP (docs/integration.md "Liên thông"): the lead dossier's parts sent to partner agencies. Sending
 * a part records it ({@code lien_thong_part}, its own deadline) and writes its request to the outbox on the channel
 * {@value #CHANNEL}, both in the caller's transaction (the process step that sends it); the dispatcher delivers it to
 * the LGSP adapter ({@link LgspPartnerChannel}), in order per part (the request's ordering key is the part id: parts are
 * independent exchanges with different partners, so one partner's outage does not hold back another's part). The
 * partner's answer closes the part once, recorded the same way whichever road it came by ({@link Road}: the partner's
 * user in Tasklist, or its system through the LGSP): when, by whom, and what ({@link Answer}).
 */
@Service
public class PartnerTransfers {

    /** The outbox channel of the requests to partner agencies. */
    public static final String CHANNEL = "lgsp";
    /** The outbox kind of a request. */
    static final String REQUEST = "LIEN_THONG_REQUEST";

    /** The values of a partner's outcome. */
    static final Set<String> OUTCOMES = Set.of("confirmed", "notConfirmed");
    /** Longest reply and document number of an answer (the inbound message's and the Tasklist form's limits). */
    static final int MAX_REPLY = 2000;
    static final int MAX_DOCUMENT_NUMBER = 64;

    /**
     * A part to send: the lead dossier, the part's id, the partner and its deadline, what is asked, and the part's own
     * instance of the process {@code lien-thong} (where the partner's task waits).
     */
    public record Transfer(long dossierId, String dossierCode, String procedureCode, String agencyCode, String partId,
                           String partnerUnit, String partnerGroup, Instant dueAt, String request,
                           String processInstanceId) {
    }

    /**
     * A part as recorded; {@code answeredAt} null while the partner has not answered; {@code processInstanceId} null
     * for parts sent before it was recorded (migration V153).
     */
    public record Part(String dossierCode, String partId, String partnerUnit, Instant dueAt, Instant sentAt,
                       Instant answeredAt, String processInstanceId) {
        public boolean open() {
            return answeredAt == null;
        }
    }

    /** The road an answer came by: the partner's user in Motcua's Tasklist, or the partner's system through the LGSP. */
    public enum Road {
        TASKLIST, LGSP
    }

    /**
     * A partner's answer, checked again here whichever road it came by (the form and the inbound API check it first):
     * {@code outcome} one of {@link #OUTCOMES}, {@code reply} 1–2000 characters, {@code documentNumber} at most 64
     * (optional), {@code financialObligationDue} optional (tax office). A bad value is an
     * {@link IllegalArgumentException} naming its process variable.
     */
    public record Answer(String outcome, String reply, String documentNumber, Boolean financialObligationDue) {
        public Answer {
            if (outcome == null || !OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException("partnerOutcome: confirmed hoặc notConfirmed");
            }
            if (reply == null || reply.isBlank() || reply.length() > MAX_REPLY) {
                throw new IllegalArgumentException("partnerReply: nội dung trả lời, 1–" + MAX_REPLY + " ký tự");
            }
            if (documentNumber != null && documentNumber.length() > MAX_DOCUMENT_NUMBER) {
                throw new IllegalArgumentException("partnerDocumentNumber: tối đa " + MAX_DOCUMENT_NUMBER + " ký tự");
            }
        }

        /**
         * From the process variables of the answer ({@code partnerOutcome}, {@code partnerReply},
         * {@code partnerDocumentNumber}, {@code financialObligationDue}); a value of another type is refused by name.
         */
        public static Answer of(Map<String, ?> variables) {
            Object obligation = variables.get("financialObligationDue");
            if (obligation != null && !(obligation instanceof Boolean)) {
                throw new IllegalArgumentException("financialObligationDue: true hoặc false");
            }
            String number = text(variables, "partnerDocumentNumber");
            return new Answer(text(variables, "partnerOutcome"), text(variables, "partnerReply"),
                    number == null || number.isBlank() ? null : number, (Boolean) obligation);
        }

        private static String text(Map<String, ?> variables, String name) {
            Object value = variables.get(name);
            if (value != null && !(value instanceof String)) {
                throw new IllegalArgumentException(name + ": phải là chuỗi");
            }
            return (String) value;
        }
    }

    private final JdbcTemplate jdbc;
    private final OutboxRows rows;
    private final ObjectMapper json;
    private final BusinessClock clock;

    PartnerTransfers(JdbcTemplate jdbc, OutboxRows rows, ObjectMapper json, BusinessClock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.json = json;
        this.clock = clock;
    }

    /** Records the part (reopened when it was sent before) and its request in the outbox; returns the event key. */
    public String send(Transfer transfer) {
        Instant now = clock.now();
        int updated = jdbc.update("""
                update lien_thong_part set partner_unit = ?, partner_group = ?, due_at = ?, sent_at = ?,
                                           process_instance_id = ?, answered_at = null, answered_by = null,
                                           answered_via = null, outcome = null, reply = null, document_number = null,
                                           financial_obligation_due = null
                where dossier_code = ? and part_id = ?""", transfer.partnerUnit(), transfer.partnerGroup(),
                Timestamp.from(transfer.dueAt()), Timestamp.from(now), transfer.processInstanceId(),
                transfer.dossierCode(), transfer.partId());
        if (updated == 0) {
            jdbc.update("""
                    insert into lien_thong_part (dossier_id, dossier_code, part_id, partner_unit, partner_group, due_at, sent_at,
                                                 process_instance_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", transfer.dossierId(), transfer.dossierCode(), transfer.partId(),
                    transfer.partnerUnit(), transfer.partnerGroup(), Timestamp.from(transfer.dueAt()), Timestamp.from(now),
                    transfer.processInstanceId());
        }
        int sequence = rows.nextSequence(transfer.dossierId(), CHANNEL);
        String key = "LT:" + transfer.dossierCode() + ":" + transfer.partId() + ":" + sequence;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventKey", key);
        body.put("kind", REQUEST);
        body.put("at", now.toString());
        body.put("code", transfer.dossierCode());
        body.put("procedure", transfer.procedureCode());
        body.put("leadAgency", transfer.agencyCode());
        body.put("partId", transfer.partId());
        body.put("partnerUnit", transfer.partnerUnit());
        body.put("partnerGroup", transfer.partnerGroup());
        body.put("dueAt", transfer.dueAt().toString());
        body.put("request", transfer.request());
        body.put("resultPath", "/api/inbound/dossiers/" + transfer.dossierCode() + "/lien-thong/" + transfer.partId()
                + "/result");
        try {
            rows.insertOrdered(key, transfer.dossierId(), transfer.dossierCode(), REQUEST, CHANNEL, transfer.partId(),
                    json.writeValueAsString(body), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    /** The part of the dossier, if it was ever sent. */
    public Optional<Part> part(String dossierCode, String partId) {
        return parts("dossier_code = ? and part_id = ?", dossierCode, partId);
    }

    /**
     * The part whose own {@code lien-thong} instance this is (how a Tasklist answer finds its part: by the task's process
     * instance, never by a variable the completing user could have set).
     */
    public Optional<Part> partOfInstance(String processInstanceId) {
        return parts("process_instance_id = ?", processInstanceId);
    }

    private Optional<Part> parts(String where, Object... arguments) {
        return jdbc.query("""
                select dossier_code, part_id, partner_unit, due_at, sent_at, answered_at, process_instance_id
                from lien_thong_part where %s""".formatted(where), (rs, i) -> new Part(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)), arguments)
                .stream().findFirst();
    }

    /**
     * Closes the open part with the partner's answer, by its road and who gave it ({@code lgsp:<client>} through the
     * LGSP, the partner's user in Tasklist); false when it was not open (answered already, or unknown).
     */
    public boolean answered(String dossierCode, String partId, Road road, String answeredBy, Answer answer) {
        return jdbc.update("""
                update lien_thong_part set answered_at = ?, answered_by = ?, answered_via = ?, outcome = ?, reply = ?,
                                           document_number = ?, financial_obligation_due = ?
                where dossier_code = ? and part_id = ? and answered_at is null""", Timestamp.from(clock.now()), answeredBy,
                road.name(), answer.outcome(), answer.reply(), answer.documentNumber(), answer.financialObligationDue(),
                dossierCode, partId) == 1;
    }
}
