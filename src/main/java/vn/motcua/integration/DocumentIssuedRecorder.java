package vn.motcua.integration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.signature.DocumentIssued;

/**
 * Writes the {@code DOCUMENT_ISSUED} outbox row (channel {@code dms}) for every result signed and numbered, in the
 * signing transaction (a synchronous listener of {@link DocumentIssued}, published where the number is taken): the
 * row commits or rolls back with the number. The body carries the register line, not the PDF (the channel reads
 * the signed file by its storage key when it sends); the event key names the agency, year and number, so the DMS
 * can drop a repeat.
 */
@Component
class DocumentIssuedRecorder {

    static final String KIND = "DOCUMENT_ISSUED";

    private final OutboxRows rows;
    private final ObjectMapper json;
    private final BusinessClock clock;
    private final ZoneId zone;

    DocumentIssuedRecorder(OutboxRows rows, ObjectMapper json, BusinessClock clock, ZoneId provinceZone) {
        this.rows = rows;
        this.json = json;
        this.clock = clock;
        this.zone = provinceZone;
    }

    @EventListener
    void on(DocumentIssued issued) {
        Instant now = clock.now();
        String key = "DMS:" + issued.agencyCode() + ":" + issued.year() + ":" + issued.number();
        rows.insert(key, issued.dossierId(), issued.dossierCode(), KIND, DmsChannel.CHANNEL, issued.agencyCode(),
                body(key, issued), now);
    }

    private String body(String key, DocumentIssued issued) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventKey", key);
        body.put("kind", KIND);
        body.put("registerEntryId", issued.entryId());
        body.put("agency", issued.agencyCode());
        body.put("agencyName", issued.agencyName());
        body.put("year", issued.year());
        body.put("number", issued.number());
        body.put("notation", issued.notation());
        body.put("kindSymbol", issued.kindSymbol());
        body.put("procedure", issued.procedureCode());
        body.put("title", issued.title());
        body.put("issuedAt", issued.issuedAt().toString());
        body.put("issuedOn", issued.issuedAt().atZone(zone).toLocalDate().toString());
        body.put("signerUser", issued.signerUser());
        body.put("signerName", issued.signerName());
        body.put("signerPosition", issued.signerPosition());
        body.put("dossierCode", issued.dossierCode());
        body.put("signedResultId", issued.signedResultId());
        body.put("fileName", issued.fileName());
        body.put("sha256", issued.sha256());
        body.put("size", issued.sizeBytes());
        body.put("storageKey", issued.storageKey());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
