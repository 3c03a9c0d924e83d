package vn.motcua.integration;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.integration.OutboundChannel.OutboundFailure;
import vn.motcua.signature.DocumentRegister;
import vn.motcua.signature.SignedResultFile;
import vn.motcua.signature.SignedResults;

/**
 * Files a {@code DOCUMENT_ISSUED} outbox row in the issuing agency's document-management system (DMS) through the
 * LGSP adapter: {@code POST <agency's url>} with header {@code Idempotency-Key: <event key>} and a JSON package
 * (docs/integration.md "Filing in the document-management system"): the document's header fields named after the
 * edXML message header of QCVN 102:2016/BTTTT (amended by SĐ1:2022, Circular 01/2022/TT-BTTTT) — <b>the element
 * mapping is unverified</b>: the regulation's XML schema was not available to check the names against, so the
 * LGSP adapter owns the final edXML serialisation — and the signed PDF, base64, with its SHA-256.
 *
 * <p>The PDF is read from the result store when the row is sent and must still have the SHA-256 recorded at
 * signing, or nothing is sent (a failure, retried and then parked). The DMS acknowledges with a 2xx JSON object
 * {@code {"received": true, "documentId": "...", "receivedAt": "<ISO-8601 instant>"}} ({@code receivedAt} may be
 * left out: then the time Motcua got the answer); anything else is a failure. The acknowledgement is recorded on
 * the register line ({@link DocumentRegister#recordFiling}), once.
 */
@Component
class DmsChannel {

    /** The outbox channel of the DMS rows. */
    static final String CHANNEL = "dms";

    /** What the package says it follows; the field mapping below is marked unverified in docs/integration.md. */
    static final String STANDARD = "edXML, QCVN 102:2016/BTTTT (SĐ1:2022); Quyết định 28/2018/QĐ-TTg";

    private final DmsProperties settings;
    private final SignedResults results;
    private final DocumentRegister register;
    private final ObjectMapper json;
    private final BusinessClock clock;
    private final JsonHttp http;

    DmsChannel(DmsProperties settings, SignedResults results, DocumentRegister register, ObjectMapper json,
               BusinessClock clock) {
        this.settings = settings;
        this.results = results;
        this.register = register;
        this.json = json;
        this.clock = clock;
        this.http = new JsonHttp("Hệ thống quản lý văn bản", settings.connectTimeout(), settings.readTimeout(), json);
    }

    /** The agencies with a DMS link: only their rows are sent, the others wait. */
    Set<String> agencies() {
        return settings.agencies().keySet();
    }

    void deliver(String eventKey, String payload) throws OutboundFailure {
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (IOException e) {
            throw new OutboundFailure("Sự kiện văn bản không đọc được", e);
        }
        String agency = event.path("agency").asText();
        DmsProperties.Endpoint endpoint = settings.agencies().get(agency);
        if (endpoint == null) {
            throw new OutboundFailure("Cơ quan " + agency + " chưa cấu hình hệ thống quản lý văn bản", null);
        }
        SignedResultFile file = results.load(event.path("signedResultId").asLong()).orElseThrow(
                () -> new IllegalStateException("Không còn tệp kết quả " + event.path("signedResultId").asLong()));
        if (!file.intact() || !file.sha256().equalsIgnoreCase(event.path("sha256").asText())) {
            throw new OutboundFailure("Tệp kết quả " + event.path("notation").asText()
                    + " không còn đúng SHA-256 đã ghi khi ký: không gửi", null);
        }
        JsonNode answer = http.post(URI.create(endpoint.url()), Map.of("Idempotency-Key", eventKey),
                message(eventKey, event, file.bytes()));
        Acknowledgement ack = acknowledgement(answer);
        register.recordFiling(event.path("registerEntryId").asLong(), eventKey, ack.documentId(), ack.receivedAt(),
                clock.now());
    }

    private record Acknowledgement(String documentId, Instant receivedAt) {
    }

    private Acknowledgement acknowledgement(JsonNode answer) throws OutboundFailure {
        if (!answer.path("received").asBoolean(false)) {
            throw new OutboundFailure("Hệ thống quản lý văn bản không xác nhận đã nhận (thiếu \"received\": true)", null);
        }
        String documentId = answer.path("documentId").asText("").strip();
        if (documentId.isEmpty() || documentId.length() > 200) {
            throw new OutboundFailure("Hệ thống quản lý văn bản không trả mã văn bản (documentId, 1-200 ký tự)", null);
        }
        JsonNode at = answer.get("receivedAt");
        if (at == null || at.isNull()) {
            return new Acknowledgement(documentId, clock.now());
        }
        try {
            return new Acknowledgement(documentId, Instant.parse(at.asText()));
        } catch (DateTimeParseException e) {
            throw new OutboundFailure("Hệ thống quản lý văn bản trả receivedAt không phải thời điểm ISO-8601", e);
        }
    }

    /**
     * The package: the header (edXML MessageHeader names in comments, unverified) and the signed PDF as base64.
     */
    private String message(String eventKey, JsonNode event, byte[] pdf) {
        ObjectNode message = json.createObjectNode();
        message.put("standard", STANDARD);
        message.put("eventKey", eventKey);
        ObjectNode header = message.putObject("header");
        ObjectNode from = header.putObject("from");                     // MessageHeader/From (unverified)
        from.put("organId", event.path("agency").asText());             // From/OrganId: the agency identifier code
        from.put("organName", event.path("agencyName").asText());       // From/OrganName
        header.putObject("to").put("organId", event.path("agency").asText()); // To: the agency's own DMS
        ObjectNode code = header.putObject("code");                     // Code (unverified)
        code.put("codeNumber", event.path("number").asText());          // Code/CodeNumber: "123"
        String notation = event.path("notation").asText();
        code.put("codeNotation", notation.substring(notation.indexOf('/') + 1)); // Code/CodeNotation: "GCN-UBND"
        code.put("notation", notation);                                 // the whole "123/GCN-UBND"
        ObjectNode promulgation = header.putObject("promulgationInfo"); // PromulgationInfo (unverified)
        promulgation.put("promulgationDate", event.path("issuedOn").asText());
        promulgation.put("issuedAt", event.path("issuedAt").asText());
        ObjectNode type = header.putObject("documentType");             // DocumentType (unverified)
        type.put("typeSymbol", event.path("kindSymbol").asText());
        type.put("typeName", event.path("title").asText());
        header.put("subject", event.path("title").asText() + " - hồ sơ " + event.path("dossierCode").asText());
        ObjectNode signer = header.putObject("signerInfo");             // SignerInfo (unverified)
        signer.put("fullName", event.path("signerName").asText());
        signer.put("position", event.path("signerPosition").asText());
        signer.put("userId", event.path("signerUser").asText());
        header.put("dossierCode", event.path("dossierCode").asText());   // Motcua's own: the dossier
        header.put("procedureCode", event.path("procedure").asText());
        ObjectNode attachment = message.putObject("attachment");         // edXML attachment (unverified)
        attachment.put("fileName", event.path("fileName").asText());
        attachment.put("contentType", "application/pdf");
        attachment.put("sha256", event.path("sha256").asText());
        attachment.put("size", pdf.length);
        attachment.put("contentTransferEncoding", "base64");
        attachment.put("content", Base64.getEncoder().encodeToString(pdf));
        try {
            return json.writeValueAsString(message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
