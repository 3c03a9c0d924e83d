package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.InboundMessages.Answer;
import vn.motcua.dossier.InboundMessages.Message;

/**
 * What the LGSP/portal may do (docs/integration.md "Inbound"), each message once ({@link InboundMessages}): submit an
 * online dossier (the submission path of {@code POST /api/dossiers}, its validation of the procedure data
 * included), hand in a supplement, withdraw, confirm the online payment of a financial obligation, and change the
 * applicant's notification choices. A message about an existing dossier names the applicant's citizen id number
 * (or the proxy's); another number answers 404 as an unknown code does. Every field is on an allow-list: an unknown
 * one is refused by name.
 */
@Service
class InboundDossiers {

    static final String SUBMISSION = "SUBMISSION";
    static final String SUPPLEMENT = "SUPPLEMENT";
    static final String WITHDRAWAL = "WITHDRAWAL";
    static final String STOP_REQUEST = "STOP_REQUEST";
    static final String PAYMENT = "PAYMENT";
    static final String FEE_PAYMENT = "FEE_PAYMENT";
    static final String NOTIFICATIONS = "NOTIFICATIONS";
    static final String PARTNER_RESULT = "PARTNER_RESULT";
    /** The partner's verdicts, as the partner's form in Tasklist records them. */
    static final Set<String> OUTCOMES = Set.of("confirmed", "notConfirmed");

    private static final int MAX_TEXT = 2000;

    private final InboundMessages messages;
    private final SubmissionValidator validator;
    private final DossierSubmission submission;
    private final DossierActions actions;
    private final DossierQueries queries;
    private final NotificationOptOuts optOuts;
    private final NotificationChoices choices;
    private final BusinessClock clock;
    private final ObjectMapper json;
    private final ObjectMapper canonical;

    InboundDossiers(InboundMessages messages, SubmissionValidator validator, DossierSubmission submission,
                    DossierActions actions, DossierQueries queries, NotificationOptOuts optOuts, NotificationChoices choices,
                    BusinessClock clock, ObjectMapper json) {
        this.choices = choices;
        this.messages = messages;
        this.validator = validator;
        this.submission = submission;
        this.actions = actions;
        this.queries = queries;
        this.optOuts = optOuts;
        this.clock = clock;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** An online dossier: the JSON part {@code dossier}, the files, and optionally the {@code notifications} choices. */
    Answer submit(String messageId, String client, String dossierJson, String notificationsJson,
                  Map<String, List<MultipartFile>> files) {
        StringBuilder content = new StringBuilder(canonical(dossierJson)).append('\n').append(canonical(notificationsJson));
        files.forEach((name, list) -> list.forEach(f -> content.append('\n').append(name).append('|')
                .append(f.getOriginalFilename()).append('|').append(f.getContentType()).append('|').append(sha256(f))));
        Message message = new Message(messageId, client, SUBMISSION, null, fingerprint(content.toString()));
        return messages.handle(message, () -> {
            if (dossierJson == null || dossierJson.isBlank()) {
                throw ApiProblems.invalid("dossier", "Thiếu phần JSON 'dossier' của hồ sơ");
            }
            SubmissionRequest request;
            try {
                request = json.readValue(dossierJson, SubmissionRequest.class);
            } catch (JsonProcessingException e) {
                throw ApiProblems.invalid("dossier", "Phần 'dossier' không phải JSON hồ sơ hợp lệ: " + e.getOriginalMessage());
            }
            if (request.channel() != null && request.channel() != Channel.ONLINE) {
                throw ApiProblems.invalid("channel", "Hồ sơ từ cổng dịch vụ công là hồ sơ trực tuyến: kênh phải là ONLINE");
            }
            Set<ContactChannel> optedOut = notificationsJson == null ? null
                    : optOut(object("notifications", notificationsJson, Set.of("optOut")), "notifications.optOut");
            DossierSubmission.Result result = submission.submit(validator.validate(request, files), null);
            if (optedOut != null) {
                optOuts.set(NotificationOptOuts.Scope.DOSSIER, result.code(), optedOut, clock.now(), by(client));
            }
            return new Answer(HttpStatus.CREATED.value(), result.body(), result.code(), false);
        });
    }

    /** The applicant hands in what the supplement request asked for. */
    Answer supplement(String messageId, String client, String code, String idNumber, String note,
                      Map<String, List<MultipartFile>> files) {
        StringBuilder content = new StringBuilder(code).append('\n').append(idNumber).append('\n').append(note);
        files.forEach((name, list) -> list.forEach(f -> content.append('\n').append(name).append('|')
                .append(f.getOriginalFilename()).append('|').append(f.getContentType()).append('|').append(sha256(f))));
        return messages.handle(new Message(messageId, client, SUPPLEMENT, code, fingerprint(content.toString())), () -> {
            List<FieldProblem> errors = new ArrayList<>();
            idNumber(idNumber, errors);
            if (note != null && note.length() > MAX_TEXT) {
                errors.add(new FieldProblem("note", "Nội dung bổ sung tối đa 2000 ký tự"));
            }
            check(errors);
            DossierActions.requireContent(note, files);
            applicant(code, idNumber);
            return answer(code, actions.resubmit(code, note, files));
        });
    }

    /** The applicant withdraws the dossier: {@code {"idNumber", "reason"}}. */
    Answer withdraw(String messageId, String client, String code, String body) {
        return endAtRequest(new Message(messageId, client, WITHDRAWAL, code, fingerprint(code + '\n' + canonical(body))),
                body, "Lý do rút hồ sơ", reason -> actions.withdraw(code, reason, by(client)));
    }

    /**
     * The applicant asks to stop the handling before a result exists (Decree 118/2025 Art. 21(1)):
     * {@code {"idNumber", "reason"}}; only under a rule set with the stop (409 naming {@code ruleSet} otherwise).
     */
    Answer stopRequest(String messageId, String client, String code, String body) {
        return endAtRequest(new Message(messageId, client, STOP_REQUEST, code, fingerprint(code + '\n' + canonical(body))),
                body, "Lý do đề nghị dừng giải quyết", reason -> actions.stopRequested(code, reason, by(client)));
    }

    /** A withdrawal or a stop request: {@code {"idNumber", "reason"}}, the applicant checked, then {@code end}. */
    private Answer endAtRequest(Message message, String body, String reasonLabel,
                                java.util.function.Function<String, DossierView> end) {
        return messages.handle(message, () -> {
            JsonNode request = object("body", body, Set.of("idNumber", "reason"));
            List<FieldProblem> errors = new ArrayList<>();
            String idNumber = idNumber(text(request, "idNumber"), errors);
            String reason = required(request, "reason", MAX_TEXT, reasonLabel, errors);
            check(errors);
            applicant(message.dossierCode(), idNumber);
            return answer(message.dossierCode(), end.apply(reason));
        });
    }

    /**
     * The financial obligation was paid online: {@code {"idNumber", "receiptNumber", "amount", "paidAt"}}; the process
     * waiting at status 6 goes on. The amount and time are recorded with the message, the receipt number goes to the
     * process as the counter's form would.
     */
    Answer paid(String messageId, String client, String code, String body) {
        return messages.handle(new Message(messageId, client, PAYMENT, code, fingerprint(code + '\n' + canonical(body))), () -> {
            Payment payment = payment(body, "receiptNumber", "Số chứng từ nộp tiền");
            applicant(code, payment.idNumber());
            return answer(code, actions.obligationPaid(code, payment.reference()));
        });
    }

    /**
     * The procedure case's fee (phí, lệ phí) was paid online through the payment platform, when submitting or before
     * the result is returned (Decree 118/2025): {@code {"idNumber", "transactionId", "amount", "paidAt"}}. Recorded on
     * the dossier ({@link DossierActions#feePaid}); the national status does not change. Not the financial obligation
     * of status 6 ({@link #paid}).
     */
    Answer feePaid(String messageId, String client, String code, String body) {
        return messages.handle(new Message(messageId, client, FEE_PAYMENT, code, fingerprint(code + '\n' + canonical(body))), () -> {
            Payment payment = payment(body, "transactionId", "Mã giao dịch thanh toán");
            applicant(code, payment.idNumber());
            return answer(code, actions.feePaid(code, payment.amount(), payment.reference(), payment.paidAt()));
        });
    }

    /** A payment message's members, checked. */
    private record Payment(String idNumber, String reference, long amount, Instant paidAt) {
    }

    /**
     * {@code {"idNumber", <referenceField>, "amount", "paidAt"}}, nothing else: 422 naming every bad member. The
     * reference is the receipt number (financial obligation) or the payment platform's transaction id (fee).
     */
    private Payment payment(String body, String referenceField, String referenceLabel) {
        JsonNode request = object("body", body, Set.of("idNumber", referenceField, "amount", "paidAt"));
        List<FieldProblem> errors = new ArrayList<>();
        String idNumber = idNumber(text(request, "idNumber"), errors);
        String reference = reference(request, referenceField, referenceLabel, errors);
        long amount = amount(request, errors);
        Instant paidAt = paidAt(request, errors);
        check(errors);
        return new Payment(idNumber, reference, amount, paidAt);
    }

    /** A payment's receipt number or transaction id: 1–64 letters, digits and . / _ -. */
    private static String reference(JsonNode request, String field, String label, List<FieldProblem> errors) {
        String reference = required(request, field, 64, label, errors);
        if (reference != null && !reference.matches("[A-Za-z0-9][A-Za-z0-9./_-]*")) {
            errors.add(new FieldProblem(field, label + " chỉ gồm chữ, số và . / _ -"));
        }
        return reference;
    }

    /** The amount paid, in đồng: a positive whole number; 0 when wrong (and named). */
    private static long amount(JsonNode request, List<FieldProblem> errors) {
        JsonNode amount = request.get("amount");
        if (amount == null || !amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() <= 0
                || amount.asLong() > 1_000_000_000_000L) {
            errors.add(new FieldProblem("amount", "Số tiền đã nộp (đồng) là số nguyên dương"));
            return 0;
        }
        return amount.asLong();
    }

    /** When it was paid: ISO 8601, not in the future (5 minutes of clock skew allowed); null when wrong (and named). */
    private Instant paidAt(JsonNode request, List<FieldProblem> errors) {
        String paidAt = text(request, "paidAt");
        try {
            Instant at = paidAt == null ? null : Instant.parse(paidAt);
            if (at == null || at.isAfter(clock.now().plusSeconds(300))) {
                errors.add(new FieldProblem("paidAt", "Thời điểm nộp tiền (ISO 8601, ví dụ 2026-11-30T02:15:00Z), không ở tương lai"));
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem("paidAt", "Thời điểm nộp tiền không đúng định dạng ISO 8601"));
            return null;
        }
    }

    /**
     * A partner agency's result for a part of the dossier sent to it over the LGSP (liên thông):
     * {@code {"outcome": "confirmed"|"notConfirmed", "reply", "documentNumber", "financialObligationDue"}}. Sent by the
     * LGSP on the partner's behalf (no applicant id number: the partner is not the applicant).
     */
    Answer partnerResult(String messageId, String client, String code, String partId, String body) {
        return messages.handle(new Message(messageId, client, PARTNER_RESULT, code,
                fingerprint(code + '\n' + partId + '\n' + canonical(body))), () -> {
            JsonNode request = object("body", body, Set.of("outcome", "reply", "documentNumber", "financialObligationDue"));
            List<FieldProblem> errors = new ArrayList<>();
            if (partId == null || !partId.matches("[A-Z][A-Z0-9_]{0,31}")) {
                errors.add(new FieldProblem("partId", "Mã phần liên thông: 1–32 ký tự A-Z 0-9 _ (vai trò phối hợp, ví dụ CONG_AN)"));
            }
            String outcome = text(request, "outcome");
            if (outcome == null || !OUTCOMES.contains(outcome)) {
                errors.add(new FieldProblem("outcome", "Kết quả phối hợp: confirmed (xác nhận) hoặc notConfirmed (không xác nhận)"));
            }
            String reply = required(request, "reply", MAX_TEXT, "Nội dung trả lời", errors);
            JsonNode number = request.get("documentNumber");
            if (number != null && !number.isNull() && (!number.isTextual() || number.asText().length() > 64
                    || !number.asText().matches("[\\p{L}0-9][\\p{L}0-9./_ -]*"))) {
                errors.add(new FieldProblem("documentNumber", "Số văn bản trả lời: tối đa 64 ký tự chữ, số và . / _ -"));
            }
            JsonNode obligation = request.get("financialObligationDue");
            if (obligation != null && !obligation.isNull() && !obligation.isBoolean()) {
                errors.add(new FieldProblem("financialObligationDue", "true hoặc false (chỉ cơ quan thuế)"));
            }
            check(errors);
            Map<String, Object> answer = new java.util.LinkedHashMap<>();
            answer.put("partnerOutcome", outcome);
            answer.put("partnerReply", reply);
            if (number != null && !number.isNull()) {
                answer.put("partnerDocumentNumber", number.asText());
            }
            if (obligation != null && !obligation.isNull()) {
                answer.put("financialObligationDue", obligation.asBoolean());
            }
            return answer(code, actions.partnerAnswered(code, partId, answer, by(client)));
        });
    }

    /** The applicant's notification choices: {@code {"idNumber", "scope": "DOSSIER"|"APPLICANT", "optOut": [...]}}. */
    Answer notifications(String messageId, String client, String code, String body) {
        return messages.handle(new Message(messageId, client, NOTIFICATIONS, code, fingerprint(code + '\n' + canonical(body))), () -> {
            JsonNode request = object("body", body, Set.of("idNumber", "scope", "optOut"));
            List<FieldProblem> errors = new ArrayList<>();
            String idNumber = idNumber(text(request, "idNumber"), errors);
            NotificationOptOuts.Scope scope = NotificationChoices.scope(text(request, "scope"), errors);
            Set<ContactChannel> optedOut = NotificationChoices.optOut(request, "optOut", errors);
            check(errors);
            Dossier dossier = applicant(code, idNumber);
            return answer(code, choices.record(dossier, scope, optedOut, by(client)));
        });
    }

    private Set<ContactChannel> optOut(JsonNode request, String field) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<ContactChannel> channels = NotificationChoices.optOut(request, field, errors);
        check(errors);
        return channels;
    }

    /** The dossier, if the id number is its applicant's or proxy's; 404 otherwise, as for an unknown code. */
    private Dossier applicant(String code, String idNumber) {
        Dossier dossier = queries.byCode(code);
        Applicant applicant = dossier.getApplicant();
        if (!idNumber.equals(applicant.idNumber()) && !idNumber.equals(applicant.proxyIdNumber())) {
            throw ApiProblems.dossierNotFound();
        }
        return dossier;
    }

    private JsonNode object(String field, String body, Set<String> allowed) {
        return NotificationChoices.object(json, field, body, allowed);
    }

    private static String idNumber(String value, List<FieldProblem> errors) {
        if (value == null || !value.matches(Formats.CITIZEN_ID)) {
            errors.add(new FieldProblem("idNumber", "Số định danh cá nhân của người nộp (hoặc người được ủy quyền): đúng 12 chữ số"));
        }
        return value;
    }

    private static String required(JsonNode request, String field, int max, String label, List<FieldProblem> errors) {
        String value = text(request, field);
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, label + " là bắt buộc"));
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldProblem(field, label + " tối đa " + max + " ký tự"));
        }
        return value.trim();
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static void check(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
    }

    private Answer answer(String code, Object view) {
        try {
            return new Answer(HttpStatus.OK.value(), json.writeValueAsString(view), code, false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who recorded a change the portal made: its client id, marked as such. */
    static String by(String client) {
        String id = "lgsp:" + client;
        return id.length() > 100 ? id.substring(0, 100) : id;
    }

    /** The content as sorted JSON when it is JSON (so that member order does not matter), else as sent. */
    private String canonical(String body) {
        if (body == null) {
            return "";
        }
        try {
            return canonical.writeValueAsString(json.readValue(body, Object.class));
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    private static String fingerprint(String content) {
        return DossierSubmission.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(MultipartFile file) {
        try {
            return DossierSubmission.sha256(file.getBytes());
        } catch (java.io.IOException e) {
            throw ApiProblems.invalid(file.getName(), "Không đọc được tệp");
        }
    }

    private static String cut(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
