package vn.motcua.dossier;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Submission, intake decisions, supplements, withdrawal and search of dossiers ({@code /api/dossiers}). */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ", description = "Nộp, tiếp nhận, bổ sung, rút và tra cứu hồ sơ")
@SecurityRequirement(name = "basic")
class DossierController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SubmissionValidator validator;
    private final DossierSubmission submission;
    private final DossierActions actions;
    private final DossierQueries queries;

    DossierController(SubmissionValidator validator, DossierSubmission submission, DossierActions actions,
                      DossierQueries queries) {
        this.validator = validator;
        this.submission = submission;
        this.actions = actions;
        this.queries = queries;
    }

    @Operation(summary = "Nộp hồ sơ (tại quầy, bưu chính hoặc trực tuyến)", description = """
            Multipart: phần JSON `dossier` (Content-Type application/json) và các tệp, mỗi phần tên là mã thành phần \
            hồ sơ (ví dụ `GIAY_DE_NGHI`). Hồ sơ được đăng ký với mã mới, quy trình bắt đầu và chờ bộ phận một cửa \
            kiểm tra, tiếp nhận (trạng thái 1). Cùng `Idempotency-Key` với cùng yêu cầu trả lại hồ sơ đã tạo (200).""")
    @ApiResponse(responseCode = "201", description = "Đã đăng ký hồ sơ")
    @ApiResponse(responseCode = "200", description = "Yêu cầu lặp lại với cùng Idempotency-Key: hồ sơ đã tạo trước đó")
    @ApiResponse(responseCode = "422", description = "Dữ liệu không hợp lệ (mọi trường sai được nêu trong errors)",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> submit(@RequestPart("dossier") SubmissionRequest dossier,
                                  @Parameter(hidden = true) MultipartRequest request,
                                  @Parameter(description = "Khóa chống nộp trùng do bên gọi sinh (tối đa 100 ký tự)")
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ApiProblems.invalid(IDEMPOTENCY_KEY, "Khóa Idempotency-Key phải có từ 1 đến 100 ký tự");
        }
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>(request.getMultiFileMap());
        files.remove("dossier");
        var valid = validator.validate(dossier, files);
        DossierSubmission.Result result = submission.submit(valid, idempotencyKey);
        var response = result.created()
                ? ResponseEntity.created(URI.create("/api/dossiers/" + result.code()))
                : ResponseEntity.ok();
        return response.contentType(MediaType.APPLICATION_JSON).body(result.body());
    }

    @Operation(summary = "Xem hồ sơ, tệp đính kèm, yêu cầu bổ sung và quá trình xử lý")
    @GetMapping("/{code}")
    DossierView get(@PathVariable String code) {
        return queries.view(code);
    }

    @Operation(summary = "Tìm hồ sơ", description = "Lọc theo cơ quan, thủ tục, trạng thái, quá hạn, ngày tiếp nhận; phân trang và sắp xếp (sort=receivedAt,desc)")
    @GetMapping
    DossierSummary.PageView search(
            @Parameter(description = "Mã định danh cơ quan") @RequestParam(required = false) @Size(max = 64) String agency,
            @Parameter(description = "Mã thủ tục") @RequestParam(required = false) @Size(max = 32) String procedure,
            @Parameter(description = "Mã trạng thái 1-10") @RequestParam(required = false) @Min(value = 1, message = "Mã trạng thái từ 1 đến 10") @Max(value = 10, message = "Mã trạng thái từ 1 đến 10") Integer status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
            @ParameterObject @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw ApiProblems.invalid("receivedTo", "Ngày kết thúc không được trước ngày bắt đầu");
        }
        Pageables.check(pageable);
        var criteria = new DossierQueries.Criteria(agency, procedure, status, overdue, receivedFrom, receivedTo);
        return DossierSummary.PageView.of(queries.search(criteria, pageable));
    }

    /** Acceptance of an online dossier at intake. */
    record AcceptanceRequest(
            @Schema(description = "Mã các thành phần hồ sơ đã nhận đủ") List<@NotBlank @Size(max = 64) String> componentsHandedIn,
            @Size(max = 2000, message = "Ý kiến tối đa 2000 ký tự") String opinion) {
    }

    @Operation(summary = "Tiếp nhận hồ sơ trực tuyến", description = "Hoàn thành bước kiểm tra, tiếp nhận với quyết định tiếp nhận; hồ sơ chuyển trạng thái 2 rồi 4")
    @ApiResponse(responseCode = "409", description = "Hồ sơ không chờ tiếp nhận", content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/{code}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierView accept(@PathVariable String code, @Valid @RequestBody(required = false) AcceptanceRequest body) {
        AcceptanceRequest request = body == null ? new AcceptanceRequest(null, null) : body;
        return actions.accept(code, request.componentsHandedIn(), request.opinion());
    }

    /** Refusal of an online dossier at intake. */
    record RefusalRequest(
            @NotBlank(message = "Lý do từ chối là bắt buộc") @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason,
            @Schema(description = "Hồ sơ có thuộc thẩm quyền của cơ quan không (mặc định: không)") Boolean competent,
            @Size(max = 2000, message = "Ý kiến tối đa 2000 ký tự") String opinion) {
    }

    @Operation(summary = "Từ chối tiếp nhận hồ sơ trực tuyến", description = "Hồ sơ chuyển trạng thái 3; phiếu từ chối (mẫu 03) có thể tải về")
    @PostMapping(path = "/{code}/refusal", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierView refuse(@PathVariable String code, @Valid @RequestBody RefusalRequest body) {
        return actions.refuse(code, body.reason().trim(), Boolean.TRUE.equals(body.competent()), body.opinion());
    }

    @Operation(summary = "Nộp hồ sơ bổ sung", description = """
            Multipart: tệp bổ sung (tên phần = mã thành phần hồ sơ) và trường `note` mô tả nội dung bổ sung. \
            Sau yêu cầu bổ sung lúc tiếp nhận, hồ sơ chờ tiếp nhận lại (trạng thái 1).""")
    @PostMapping(path = "/{code}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DossierView resubmit(@PathVariable String code,
                         @RequestParam(required = false) @Size(max = 2000, message = "Nội dung bổ sung tối đa 2000 ký tự") String note,
                         @Parameter(hidden = true) MultipartRequest request) {
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>(request.getMultiFileMap());
        DossierActions.requireContent(note, files);
        return actions.resubmit(code, note, files);
    }

    /** Withdrawal by the applicant. */
    record WithdrawalRequest(
            @NotBlank(message = "Lý do rút hồ sơ là bắt buộc") @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason) {
    }

    @Operation(summary = "Rút hồ sơ", description = "Trạng thái 7; quy trình kết thúc với lý do; hồ sơ vẫn được lưu trong sổ")
    @PostMapping(path = "/{code}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierView withdraw(@PathVariable String code, @Valid @RequestBody WithdrawalRequest body) {
        return actions.withdraw(code, body.reason().trim());
    }

    /** The applicant's request to stop, recorded by the receiving desk. */
    record StopRequest(
            @NotBlank(message = "Lý do dừng giải quyết là bắt buộc") @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason) {
    }

    @Operation(summary = "Dừng giải quyết hồ sơ theo đề nghị của người nộp hồ sơ", description = """
            Trạng thái 8 (Dừng xử lý), Nghị định 118/2025 Điều 21 khoản 1, Thông tư 03/2025 Điều 7: chỉ với hồ sơ theo \
            bộ quy tắc có STOP_AT_REQUEST, do bộ phận một cửa đã tiếp nhận hồ sơ ghi nhận, khi hồ sơ đã tiếp nhận và \
            chưa có kết quả (trạng thái 2, 4, 5, 6). Quy trình kết thúc với lý do; thông báo dừng (mẫu 05) tại \
            /api/dossiers/{code}/slips/stop. Bộ quy tắc không cho phép hoặc hồ sơ đã đóng: 409; không phải bộ phận \
            tiếp nhận: 403.""")
    @PostMapping(path = "/{code}/stop", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierView stop(@PathVariable String code, @Valid @RequestBody StopRequest body) {
        return actions.stop(code, body.reason().trim());
    }
}
