package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;

/**
 * Reading and changing the applicant's notification choices ({@link NotificationOptOuts}) for the desk's endpoint
 * and the portal's message alike: the request's members on an allow-list ({@code scope}, {@code optOut}), every
 * bad one named.
 */
@Service
@Transactional
class NotificationChoices {

    private final NotificationOptOuts optOuts;
    private final DossierQueries queries;
    private final BusinessClock clock;
    private final ObjectMapper json;

    NotificationChoices(NotificationOptOuts optOuts, DossierQueries queries, BusinessClock clock, ObjectMapper json) {
        this.optOuts = optOuts;
        this.queries = queries;
        this.clock = clock;
        this.json = json;
    }

    /** What holds for a dossier of the caller's agencies. */
    Map<String, Object> choices(String code) {
        return choices(queries.byCode(code));
    }

    /** The desk records the applicant's choices: {@code {"scope", "optOut"}}. */
    Map<String, Object> change(String code, String body, String by) {
        Dossier dossier = queries.byCode(code);
        JsonNode request = object(json, "body", body, Set.of("scope", "optOut"));
        List<FieldProblem> errors = new ArrayList<>();
        NotificationOptOuts.Scope scope = scope(request.hasNonNull("scope") ? request.get("scope").asText() : null, errors);
        Set<ContactChannel> optedOut = optOut(request, "optOut", errors);
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        return record(dossier, scope, optedOut, by == null ? "?" : by);
    }

    /** Records the choices about a dossier or its applicant; the answer lists what now holds for the dossier. */
    Map<String, Object> record(Dossier dossier, NotificationOptOuts.Scope scope, Set<ContactChannel> optedOut, String by) {
        String subject = scope == NotificationOptOuts.Scope.DOSSIER ? dossier.getCode() : dossier.getApplicant().idNumber();
        optOuts.set(scope, subject, optedOut, clock.now(), by);
        return choices(dossier);
    }

    /** The choices that hold for a dossier, its own and its applicant's. */
    Map<String, Object> choices(Dossier dossier) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", dossier.getCode());
        view.put("optedOut", optOuts.optedOut(dossier.getCode(), dossier.getApplicant().idNumber()));
        view.put("dossier", optOuts.read(NotificationOptOuts.Scope.DOSSIER, dossier.getCode()));
        view.put("applicant", optOuts.read(NotificationOptOuts.Scope.APPLICANT, dossier.getApplicant().idNumber()));
        return view;
    }

    static NotificationOptOuts.Scope scope(String value, List<FieldProblem> errors) {
        if (value == null) {
            return NotificationOptOuts.Scope.DOSSIER;
        }
        try {
            return NotificationOptOuts.Scope.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("scope", "Phạm vi là DOSSIER (hồ sơ này) hoặc APPLICANT (mọi hồ sơ của người nộp)"));
            return null;
        }
    }

    static Set<ContactChannel> optOut(JsonNode request, String field, List<FieldProblem> errors) {
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        JsonNode list = request.get(field.substring(field.lastIndexOf('.') + 1));
        if (list == null || list.isNull()) {
            return channels;
        }
        if (!list.isArray() || list.size() > ContactChannel.values().length) {
            errors.add(new FieldProblem(field, "Danh sách kênh không nhận thông báo: SMS, EMAIL, ZALO"));
            return channels;
        }
        for (JsonNode item : list) {
            try {
                channels.add(ContactChannel.valueOf(item.isTextual() ? item.asText() : "?"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem(field, "Kênh không hợp lệ (SMS, EMAIL, ZALO): " + item.toString().substring(0, Math.min(64, item.toString().length()))));
            }
        }
        return channels;
    }


    /** A JSON object with only the allowed members; anything else is refused by name. */
    static JsonNode object(ObjectMapper json, String field, String body, Set<String> allowed) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblems.invalid(field, "Nội dung không phải JSON hợp lệ: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiProblems.invalid(field, "Nội dung phải là một đối tượng JSON");
        }
        List<FieldProblem> errors = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldProblem((name.length() > 64 ? name.substring(0, 64) + "…" : name), "Trường không được phép; các trường: " + String.join(", ", allowed)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        return node;
    }

}
