package vn.motcua.integration;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.dossier.CallerAgencies;

/**
 * {@code GET /api/dossiers/{code}/sync}: what the national portal has acknowledged of a dossier of the caller's
 * agencies ({@link PortalSync.SyncState}); any other code, existing elsewhere or not, 404 problem+json.
 */
@RestController
@Tag(name = "Hồ sơ")
@SecurityRequirement(name = "basic")
class PortalSyncController {

    private final CallerAgencies callers;
    private final PortalSync sync;

    PortalSyncController(CallerAgencies callers, PortalSync sync) {
        this.callers = callers;
        this.sync = sync;
    }

    @Operation(summary = "Trạng thái đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia", description = """
            Số thứ tự sự kiện cuối đã ghi, đã gửi và đã được Cổng xác nhận; sự kiện đang chờ, số lần gửi lỗi, lỗi \
            cuối, bị tạm giữ hay không và các thời điểm.""")
    @GetMapping("/api/dossiers/{code}/sync")
    ResponseEntity<Object> state(@PathVariable String code) {
        return OutboxAdminController.answer(sync.state(code, callers.current())
                .map(state -> new OutboxAdministration.Answer(200, state))
                .orElseGet(() -> OutboxAdministration.notFound("code", "Không tìm thấy hồ sơ với thông tin đã nhập")));
    }
}
