package vn.motcua.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.system.EngineTime;

/**
 * Demo only (embedded default with demo data, never under the {@code postgres} profile): an administrator
 * moves an open dossier's legal due date two days into the past and flags it
 * overdue, so that the monitoring views have an overdue dossier to show (browser tests, demonstrations).
 */
@RestController
@Profile("!postgres")
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoOverdueController {

    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    DemoOverdueController(JdbcTemplate jdbc, IdentityService identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @PostMapping("/api/demo/dossiers/{code}/overdue")
    ResponseEntity<Map<String, Object>> makeOverdue(@PathVariable String code) {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains("camunda-admin")) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("detail", "Chỉ quản trị được dùng dữ liệu mẫu"));
        }
        OffsetDateTime due = EngineTime.now().minusSeconds(2 * 86400L).atOffset(ZoneOffset.UTC);
        int changed = jdbc.update("update dossier set due_at = ?, overdue = true where code = ? and status in (2, 4)", due, code);
        if (changed == 0) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "Không có hồ sơ đang xử lý " + code));
        }
        return ResponseEntity.ok(Map.of("code", code, "dueAt", due.toInstant().toString(), "overdue", true,
                "changed", List.of("due_at", "overdue"), "at", Instant.now().toString()));
    }
}
