package vn.motcua.dossier;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;

/** The legal slips as PDF: a dossier's slips by kind, numbered in its slip set, and a desk's log book. */
@RestController
@Tag(name = "Phiếu, sổ", description = "Các mẫu phiếu theo Thông tư 01/2018/TT-VPCP hoặc 03/2025/TT-VPCP, dạng PDF")
@SecurityRequirement(name = "basic")
class SlipController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final int MAX_LOG_BOOK_DAYS = 366;

    private final DossierSlips slips;

    SlipController(DossierSlips slips) {
        this.slips = slips;
    }

    @Operation(summary = "Tải phiếu của hồ sơ", description = """
            Phiếu theo loại, đánh số theo bộ mẫu của bộ quy tắc của hồ sơ (Thông tư 01/2018 hoặc 03/2025): receipt \
            giấy tiếp nhận và hẹn trả kết quả (sau khi tiếp nhận), supplement phiếu yêu cầu bổ sung, refusal phiếu từ \
            chối, apology phiếu/văn bản xin lỗi, stop thông báo dừng giải quyết (bộ mẫu 2025, sau khi dừng), control \
            phiếu kiểm soát quá trình giải quyết. Số cũ 01-05 (đánh số năm 2018) vẫn dùng được.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "Không có loại phiếu này, hoặc bộ mẫu của hồ sơ không có phiếu này",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Phiếu chưa có ở trạng thái hiện tại của hồ sơ",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/api/dossiers/{code}/slips/{form}", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String form) {
        DossierSlips.Slip slip = slips.slip(code, form);
        return pdf(slip.pdf(), slip.fileName());
    }

    @Operation(summary = "Sổ theo dõi hồ sơ (mẫu 06 năm 2018, mẫu 07 năm 2025)", description = "Hồ sơ cơ quan đã tiếp nhận trong khoảng ngày [from, to], tối đa 366 ngày; mẫu của bộ quy tắc áp dụng ngày to")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/api/slips/log-book", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> logBook(@RequestParam @NotBlank(message = "Mã cơ quan là bắt buộc") String agency,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblems.invalid("to", "Ngày kết thúc không được trước ngày bắt đầu");
        }
        if (from.plusDays(MAX_LOG_BOOK_DAYS).isBefore(to)) {
            throw ApiProblems.invalid("to", "Sổ theo dõi in tối đa " + MAX_LOG_BOOK_DAYS + " ngày một lần");
        }
        byte[] pdf;
        try {
            pdf = slips.logBook(agency, from, to);
        } catch (java.util.NoSuchElementException e) {
            throw ApiProblems.invalid("agency", e.getMessage());
        }
        return pdf(pdf, "so-theo-doi_" + agency + "_" + from + "_" + to + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }
}
