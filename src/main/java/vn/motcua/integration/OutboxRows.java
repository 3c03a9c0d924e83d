package vn.motcua.integration;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one insert of an outbox row, for every recorder (the portal's status events, the citizens' notices, the
 * documents filed in a DMS): written in the caller's transaction, due at once.
 */
@Component
class OutboxRows {

    private final JdbcTemplate jdbc;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next per-dossier sequence number on the channel (1 for its first row). */
    int nextSequence(Long dossierId, String channel) {
        Integer previous = jdbc.queryForObject("select count(*) from outbox_event where dossier_id = ? and channel = ?",
                Integer.class, dossierId, channel);
        return (previous == null ? 0 : previous) + 1;
    }

    /** {@code agencyCode}: whose receiver gets the row (the DMS channel), null for the others. */
    void insert(String eventKey, Long dossierId, String dossierCode, String kind, String channel, String agencyCode,
                String payload, Instant at) {
        insert(eventKey, dossierId, dossierCode, kind, channel, agencyCode, null, payload, at, null);
    }

    /**
     * A row delivered in order only with the dossier's rows of the same channel <em>and</em> ordering key (the liên
     * thông requests: one order per part), not behind the dossier's other rows of the channel.
     */
    void insertOrdered(String eventKey, Long dossierId, String dossierCode, String kind, String channel,
                       String orderingKey, String payload, Instant at) {
        insert(eventKey, dossierId, dossierCode, kind, channel, null, orderingKey, payload, at, null);
    }

    /**
     * {@code resyncId}: the resync request the row answers (a RESYNC event of {@link PortalSync}), null for the
     * others; one row per request and dossier (unique index of V140).
     */
    void insert(String eventKey, Long dossierId, String dossierCode, String kind, String channel, String agencyCode,
                String payload, Instant at, Long resyncId) {
        insert(eventKey, dossierId, dossierCode, kind, channel, agencyCode, null, payload, at, resyncId);
    }

    private void insert(String eventKey, Long dossierId, String dossierCode, String kind, String channel,
                        String agencyCode, String orderingKey, String payload, Instant at, Long resyncId) {
        jdbc.update("""
                insert into outbox_event (event_key, dossier_id, dossier_code, kind, channel, agency_code, ordering_key,
                                          payload, created_at, next_attempt_at, resync_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", eventKey, dossierId, dossierCode, kind, channel, agencyCode,
                orderingKey, payload, Timestamp.from(at), Timestamp.from(at), resyncId);
    }
}
