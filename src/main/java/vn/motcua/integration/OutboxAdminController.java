package vn.motcua.integration;

import java.security.Principal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.FieldProblem;

/**
 * The outbox for administrators ({@code /api/admin/**}, group camunda-admin): the parked events and their retry
 * ({@code GET /api/admin/outbox/parked}, {@code POST /api/admin/outbox/{id}/retry}: the event and the events of its
 * dossier behind it go out again in order; unknown or not parked: 404 problem+json naming {@code id}), a dossier's
 * sync state with the portal of any agency ({@code GET /api/admin/outbox/dossiers/{code}/sync}) and the resync of a
 * date range ({@code POST /api/admin/outbox/resync} {@code {"from": "2026-11-01", "to": "2026-11-30"}}, header
 * {@code Idempotency-Key} optional, {@link PortalSync}).
 */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxAdminController {

    /** The members a resync request may carry (allow-list): anything else is refused by name. */
    private static final Set<String> RESYNC_MEMBERS = Set.of("from", "to");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}");

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final PortalSync sync;
    private final ObjectMapper json;

    OutboxAdminController(JdbcTemplate jdbc, BusinessClock clock, PortalSync sync, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sync = sync;
        this.json = json;
    }

    @GetMapping("/parked")
    List<Map<String, Object>> parked() {
        return jdbc.queryForList("""
                select id as "id", event_key as "eventKey", dossier_code as "dossierCode", kind as "kind", channel as "channel",
                       attempts as "attempts",
                       created_at as "createdAt", parked_at as "parkedAt", last_error as "lastError"
                from outbox_event where parked_at is not null and delivered_at is null order by id""");
    }

    @PostMapping("/{id}/retry")
    @Transactional
    ResponseEntity<Object> retry(@PathVariable long id) {
        int changed = jdbc.update("""
                update outbox_event set parked_at = null, attempts = 0, next_attempt_at = ?, last_error = null
                where id = ? and parked_at is not null and delivered_at is null""", Timestamp.from(clock.now()), id);
        if (changed == 0) {
            return IntegrationProblems.notFound("id", "Không có sự kiện bị tạm giữ mã " + id);
        }
        return ResponseEntity.ok(Map.of("id", id, "state", "PENDING"));
    }

    @GetMapping("/dossiers/{code}/sync")
    ResponseEntity<Object> syncState(@PathVariable String code) {
        return sync.state(code, AgencyScope.ALL).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> IntegrationProblems.notFound("code", "Không có hồ sơ mã " + code));
    }

    @PostMapping(path = "/resync", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> resync(@RequestBody String body, Principal administrator,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        List<FieldProblem> errors = new ArrayList<>();
        if (key != null && !KEY.matcher(key).matches()) {
            errors.add(new FieldProblem("Idempotency-Key",
                    "1–100 ký tự A-Z a-z 0-9 . _ : @ / -, bắt đầu bằng chữ hoặc số"));
        }
        JsonNode request;
        try {
            request = json.readTree(body);
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
            return IntegrationProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Dữ liệu không hợp lệ",
                    "Yêu cầu có " + errors.size() + " trường không hợp lệ", errors);
        }
        try {
            PortalSync.Resync done = sync.resync(text(request, "from"), text(request, "to"),
                    key == null ? "resync-" + UUID.randomUUID() : key, administrator.getName());
            return ResponseEntity.ok(done);
        } catch (PortalSync.Refused refused) {
            return IntegrationProblems.refused(refused);
        }
    }

    private static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}
