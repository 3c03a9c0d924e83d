package vn.motcua.integration;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.FieldProblem;

/**
 * What an administrator does with the outbox, for both doors to it: the admin API ({@code /api/admin/outbox},
 * {@link OutboxAdminController}) and the Cockpit page "Đồng bộ Cổng DVC" (the engine adapter's plugin resource). The
 * caller has checked that the user is an administrator. Each answer is an HTTP status and a body, a problem (with
 * the fields at fault in {@code errors}) when the status is 400 or more.
 */
@Service
public class OutboxAdministration {

    /** An answer: its status and body (a {@link ProblemDetail} when the status is 400 or more). */
    public record Answer(int status, Object body) {
        public boolean problem() {
            return status >= 400;
        }
    }

    /** The members a resync request may carry (allow-list): anything else is refused by name. */
    private static final Set<String> RESYNC_MEMBERS = Set.of("from", "to");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}");

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final PortalSync sync;
    private final ObjectMapper json;

    OutboxAdministration(JdbcTemplate jdbc, BusinessClock clock, PortalSync sync, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sync = sync;
        this.json = json;
    }

    /** The parked events, oldest first. */
    public Answer parked() {
        return new Answer(200, jdbc.queryForList("""
                select id as "id", event_key as "eventKey", dossier_code as "dossierCode", kind as "kind", channel as "channel",
                       attempts as "attempts",
                       created_at as "createdAt", parked_at as "parkedAt", last_error as "lastError"
                from outbox_event where parked_at is not null and delivered_at is null order by id"""));
    }

    /** The parked event back to pending (it and the events of its dossier behind it go out again in order). */
    @Transactional
    public Answer retry(long id) {
        int changed = jdbc.update("""
                update outbox_event set parked_at = null, attempts = 0, next_attempt_at = ?, last_error = null
                where id = ? and parked_at is not null and delivered_at is null""", Timestamp.from(clock.now()), id);
        if (changed == 0) {
            return notFound("id", "Không có sự kiện bị tạm giữ mã " + id);
        }
        return new Answer(200, Map.of("id", id, "state", "PENDING"));
    }

    /** The sync state with the portal of a dossier of any agency. */
    public Answer syncState(String code) {
        return sync.state(code, AgencyScope.ALL).map(state -> new Answer(200, state))
                .orElseGet(() -> notFound("code", "Không có hồ sơ mã " + code));
    }

    /**
     * A resync of a date range: {@code body} the JSON {@code {"from": "yyyy-MM-dd", "to": "yyyy-MM-dd"}} (nothing else),
     * {@code key} the caller's Idempotency-Key or null (a new request).
     */
    public Answer resync(String body, String key, String actor) {
        List<FieldProblem> errors = new ArrayList<>();
        if (key != null && !KEY.matcher(key).matches()) {
            errors.add(new FieldProblem("Idempotency-Key",
                    "1–100 ký tự A-Z a-z 0-9 . _ : @ / -, bắt đầu bằng chữ hoặc số"));
        }
        JsonNode request;
        try {
            request = json.readTree(body == null ? "" : body);
        } catch (Exception unreadable) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            errors.add(new FieldProblem("body", "Phải là đối tượng JSON {\"from\": \"yyyy-MM-dd\", \"to\": \"yyyy-MM-dd\"}"));
        } else {
            for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!RESYNC_MEMBERS.contains(name)) {
                    errors.add(new FieldProblem(name, "Trường không được chấp nhận (chỉ from, to)"));
                }
            }
            for (String member : List.of("from", "to")) {
                JsonNode value = request.get(member);
                if (value != null && !value.isNull() && !value.isTextual()) {
                    errors.add(new FieldProblem(member, "Phải là chuỗi ngày theo ISO (yyyy-MM-dd)"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Dữ liệu không hợp lệ",
                    "Yêu cầu có " + errors.size() + " trường không hợp lệ", errors);
        }
        try {
            return new Answer(200, sync.resync(text(request, "from"), text(request, "to"),
                    key == null ? "resync-" + UUID.randomUUID() : key, actor));
        } catch (PortalSync.Refused refused) {
            HttpStatus status = HttpStatus.valueOf(refused.status);
            return problem(status, status == HttpStatus.CONFLICT ? "Xung đột" : "Dữ liệu không hợp lệ",
                    refused.getMessage(), refused.errors);
        }
    }

    private static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Answer notFound(String field, String detail) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", detail, List.of(new FieldProblem(field, detail)));
    }

    static Answer problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return new Answer(status.value(), problem);
    }
}
