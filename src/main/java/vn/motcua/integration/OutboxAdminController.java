package vn.motcua.integration;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for administrators ({@code /api/admin/**}, group camunda-admin), answered by
 * {@link OutboxAdministration}: the parked events and their retry ({@code GET /api/admin/outbox/parked},
 * {@code POST /api/admin/outbox/{id}/retry}: the event and the events of its dossier behind it go out again in order;
 * unknown or not parked: 404 problem+json naming {@code id}), a dossier's sync state with the portal of any agency
 * ({@code GET /api/admin/outbox/dossiers/{code}/sync}) and the resync of a date range
 * ({@code POST /api/admin/outbox/resync} {@code {"from": "2026-11-01", "to": "2026-11-30"}}, header
 * {@code Idempotency-Key} optional, {@link PortalSync}).
 */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxAdminController {

    private final OutboxAdministration outbox;

    OutboxAdminController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/parked")
    ResponseEntity<Object> parked() {
        return answer(outbox.parked());
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<Object> retry(@PathVariable long id) {
        return answer(outbox.retry(id));
    }

    @GetMapping("/dossiers/{code}/sync")
    ResponseEntity<Object> syncState(@PathVariable String code) {
        return answer(outbox.syncState(code));
    }

    @PostMapping(path = "/resync", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> resync(@RequestBody String body, Principal administrator,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return answer(outbox.resync(body, key, administrator.getName()));
    }

    static ResponseEntity<Object> answer(OutboxAdministration.Answer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(answer.problem() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
