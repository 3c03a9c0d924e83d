package vn.motcua.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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

    @PostMapping("/dry-run")
    LegacyImports.Preview dryRun(@RequestParam String fileName, HttpServletRequest request) throws IOException {
        return imports.dryRun(body(request), name(fileName));
    }

    @PostMapping
    ResponseEntity<LegacyImports.Applied> apply(@RequestParam String fileName, HttpServletRequest request,
                                                Principal user) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.apply(body(request), name(fileName), user.getName()));
    }

    @GetMapping
    List<LegacyImportStore.Batch> batches() {
        return imports.batches();
    }

    /** A batch's rows (those of the caller's agencies) as CSV; text cells never become spreadsheet formulas. */
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
