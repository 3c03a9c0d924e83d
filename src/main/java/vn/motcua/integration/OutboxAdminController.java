package vn.motcua.integration;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.BusinessClock;

/**
 * The parked outbox events and their retry, for administrators ({@code /api/admin/**}, group camunda-admin):
 * {@code GET /api/admin/outbox/parked}, {@code POST /api/admin/outbox/{id}/retry} (the event and the events of
 * its dossier behind it go out again in order). Unknown or not parked: 404 problem+json naming {@code id}.
 */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxAdminController {

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    OutboxAdminController(JdbcTemplate jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Không có sự kiện bị tạm giữ mã " + id);
            problem.setProperty("errors", List.of(Map.of("field", "id", "message", "Không có sự kiện bị tạm giữ mã " + id)));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(Map.of("id", id, "state", "PENDING"));
    }
}
