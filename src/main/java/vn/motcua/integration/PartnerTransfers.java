package vn.motcua.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;

/**
 * Liên thông over the LGSP (docs/integration.md "Liên thông"): the lead dossier's parts sent to partner agencies. Sending
 * a part records it ({@code lien_thong_part}, its own deadline) and writes its request to the outbox on the channel
 * {@value #CHANNEL}, both in the caller's transaction (the process step that sends it); the dispatcher delivers it to
 * the LGSP adapter ({@link LgspPartnerChannel}). The partner's result closes the part once.
 */
@Service
public class PartnerTransfers {

    /** The outbox channel of the requests to partner agencies. */
    public static final String CHANNEL = "lgsp";
    /** The outbox kind of a request. */
    static final String REQUEST = "LIEN_THONG_REQUEST";

    /** A part to send: the lead dossier, the part's id, the partner and its deadline, what is asked. */
    public record Transfer(long dossierId, String dossierCode, String procedureCode, String agencyCode, String partId,
                           String partnerUnit, String partnerGroup, Instant dueAt, String request) {
    }

    /** A part as recorded; {@code answeredAt} null while the partner has not answered. */
    public record Part(String dossierCode, String partId, String partnerUnit, Instant dueAt, Instant sentAt,
                       Instant answeredAt) {
        public boolean open() {
            return answeredAt == null;
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
                update lien_thong_part set partner_unit = ?, partner_group = ?, due_at = ?, sent_at = ?, answered_at = null,
                                           answered_by = null
                where dossier_code = ? and part_id = ?""", transfer.partnerUnit(), transfer.partnerGroup(),
                Timestamp.from(transfer.dueAt()), Timestamp.from(now), transfer.dossierCode(), transfer.partId());
        if (updated == 0) {
            jdbc.update("""
                    insert into lien_thong_part (dossier_id, dossier_code, part_id, partner_unit, partner_group, due_at, sent_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", transfer.dossierId(), transfer.dossierCode(), transfer.partId(),
                    transfer.partnerUnit(), transfer.partnerGroup(), Timestamp.from(transfer.dueAt()), Timestamp.from(now));
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
            rows.insert(key, transfer.dossierId(), transfer.dossierCode(), REQUEST, CHANNEL, null,
                    json.writeValueAsString(body), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    /** The part of the dossier, if it was ever sent. */
    public Optional<Part> part(String dossierCode, String partId) {
        return jdbc.query("""
                select dossier_code, part_id, partner_unit, due_at, sent_at, answered_at from lien_thong_part
                where dossier_code = ? and part_id = ?""", (rs, i) -> new Part(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()), dossierCode, partId)
                .stream().findFirst();
    }

    /** Closes the open part with the partner's answer; false when it was not open (answered already, or unknown). */
    public boolean answered(String dossierCode, String partId, String answeredBy) {
        return jdbc.update("""
                update lien_thong_part set answered_at = ?, answered_by = ?
                where dossier_code = ? and part_id = ? and answered_at is null""", Timestamp.from(clock.now()), answeredBy,
                dossierCode, partId) == 1;
    }
}
