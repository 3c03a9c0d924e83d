package vn.motcua.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.FieldProblem;

/**
 * The past-dossier import (docs/legacy-import.md) under the monitoring API, so that the Cockpit plugin "Nhập hồ sơ
 * cũ" calls it with the Cockpit session: the CSV file is the request body ({@code text/csv}), its name a parameter.
 * {@code POST /dry-run} shows what would be imported; {@code POST} applies it (201), all rows or none.
 */
@RestController
@RequestMapping("/api/reports/legacy-imports")
class LegacyImportController {

    private final LegacyImports imports;
    private final long maxBytes;

    LegacyImportController(LegacyImports imports, @Value("${motcua.legacy-import.max-bytes:67108864}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @Operation(summary = "Xem trước việc nhập hồ sơ cũ", description = "Kiểm tra toàn bộ tệp, không lưu gì: số dòng hợp lệ theo năm"
            + " và cơ quan, mọi lỗi (rows[dòng].cột), lô đã nhập chính tệp này nếu có. Dòng của cơ quan ngoài quyền: 403.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "Tệp CSV UTF-8 (docs/legacy-import.md)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Dòng của cơ quan ngoài quyền, nêu từng dòng", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Tệp quá lớn", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/dry-run")
    LegacyImports.Preview dryRun(@RequestParam String fileName, HttpServletRequest request) throws IOException {
        return imports.dryRun(body(request), name(fileName));
    }

    @Operation(summary = "Nhập hồ sơ cũ", description = "Tất cả dòng hoặc không dòng nào, trong một giao dịch: hồ sơ đã đóng,"
            + " không có phiên quy trình, đánh dấu lô nhập. Tệp có lỗi: 422 nêu mọi dòng và cột; tệp đã nhập: 409 nêu lô.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "Tệp CSV UTF-8 (docs/legacy-import.md)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "201", description = "Đã nhập")
    @ApiResponse(responseCode = "409", description = "Tệp này đã được nhập", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Tệp có lỗi; không dòng nào được nhập", content = @Content(mediaType = "application/problem+json"))
    @PostMapping
    ResponseEntity<LegacyImports.Applied> apply(@RequestParam String fileName, HttpServletRequest request,
                                                Principal user) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.apply(body(request), name(fileName), user.getName()));
    }

    @Operation(summary = "Các lô hồ sơ cũ đã nhập", description = "Lô có ít nhất một hồ sơ của cơ quan trong quyền xem")
    @GetMapping
    List<LegacyImportStore.Batch> batches() {
        return imports.batches();
    }

    /** A batch's rows (those of the caller's agencies) as CSV; text cells never become spreadsheet formulas. */
    @Operation(summary = "Hồ sơ của một lô (CSV)", description = "Chỉ hồ sơ của cơ quan trong quyền xem; ô văn bản không thành công thức")
    @GetMapping("/{batch}.csv")
    ResponseEntity<byte[]> export(@PathVariable long batch) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Exports.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lo-" + batch + ".csv\"")
                .body(imports.export(batch).csv());
    }

    private static String name(String fileName) {
        String plain = LegacyImports.plainFileName(fileName);
        if (plain == null) {
            throw new InvalidReportRequest(List.of(new FieldProblem("fileName",
                    "Tên tệp chỉ gồm chữ, số, khoảng trắng và . _ - ( ) (tối đa 255 ký tự)")));
        }
        return plain;
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private LegacyImportRefused tooLarge() {
        return new LegacyImportRefused(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn", "Tệp lớn hơn " + maxBytes + " byte",
                List.of(new FieldProblem("file", "Tối đa " + maxBytes + " byte; chia tệp theo năm hoặc cơ quan")));
    }
}
