package vn.motcua.signature;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.dossier.CallerAgencies;

/**
 * The register of outgoing documents of an agency and year, as JSON or CSV (for printing and export), and the
 * voiding of a number. Only the caller's agencies: another agency answers 404, like one that does not exist.
 * Voiding is for the number's signer or a head of the agency (a {@code lanhdao-*} group), 403 otherwise.
 */
@RestController
@RequestMapping("/api/document-register")
@Tag(name = "Sổ đăng ký văn bản đi", description = "Số, ký hiệu của kết quả đã ký; hủy số")
class DocumentRegisterController {

    /** Groups of an agency's heads: they may void any number of their agency. */
    static final String HEAD_GROUP_PREFIX = "GROUP_lanhdao-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The body of a void request. */
    record VoidRequest(String reason) {
    }

    /** A refused request: status, Vietnamese detail and the field at fault (may be null). */
    static final class Refused extends RuntimeException {
        final HttpStatus status;
        final String field;

        Refused(HttpStatus status, String field, String detail) {
            super(detail);
            this.status = status;
            this.field = field;
        }
    }

    private final DocumentRegister register;
    private final CallerAgencies callers;
    private final Clock clock;
    private final ZoneId zone;

    DocumentRegisterController(DocumentRegister register, CallerAgencies callers, Clock clock, ZoneId provinceZone) {
        this.register = register;
        this.callers = callers;
        this.clock = clock;
        this.zone = provinceZone;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Sổ đăng ký văn bản đi của cơ quan trong năm (JSON)")
    List<DocumentRegister.Entry> json(@RequestParam(required = false) String agency,
                                      @RequestParam(required = false) String year) {
        return entries(agency, year);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "Sổ đăng ký văn bản đi của cơ quan trong năm (CSV, UTF-8 có BOM để mở bằng Excel)")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String agency,
                               @RequestParam(required = false) String year) {
        List<DocumentRegister.Entry> entries = entries(agency, year);
        StringBuilder out = new StringBuilder("\uFEFFSố;Số, ký hiệu;Ngày ban hành;Tên loại, trích yếu;Hồ sơ;Người ký;"
                + "Tình trạng;Lý do hủy;Mã trên hệ thống quản lý văn bản;Thời điểm lưu\r\n");
        for (DocumentRegister.Entry e : entries) {
            out.append(e.number()).append(';').append(cell(e.notation())).append(';')
                    .append(TIME.format(e.issuedAt().atZone(zone))).append(';').append(cell(e.title())).append(';')
                    .append(cell(e.dossierCode())).append(';').append(cell(e.signerUser())).append(';')
                    .append(e.voided() ? "Đã hủy" : "Có hiệu lực").append(';')
                    .append(cell(e.voidReason() == null ? "" : e.voidReason())).append(';')
                    .append(cell(e.dmsDocumentId() == null ? "" : e.dmsDocumentId())).append(';')
                    .append(e.filedAt() == null ? "" : TIME.format(e.filedAt().atZone(zone))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-van-ban-di-" + agency + "-" + year + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/{agency}/{year}/{number}/void",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Hủy một số đã cấp (số không bao giờ được cấp lại), kèm lý do")
    DocumentRegister.Entry voidNumber(@PathVariable String agency, @PathVariable String year,
                                      @PathVariable String number, @RequestBody(required = false) VoidRequest body) {
        int y = year(year);
        int n = positive(number, "number");
        DocumentRegister.Entry entry = register.find(scoped(agency), y, n).orElseThrow(() -> new Refused(
                HttpStatus.NOT_FOUND, "number", "Không có số " + n + " trong sổ năm " + y + " của cơ quan " + agency));
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String user = caller == null ? null : caller.getName();
        boolean head = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith(HEAD_GROUP_PREFIX));
        if (!head && (user == null || !user.equals(entry.signerUser()))) {
            throw new Refused(HttpStatus.FORBIDDEN, null,
                    "Chỉ người ký hoặc lãnh đạo cơ quan được hủy số " + entry.notation());
        }
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            throw new Refused(HttpStatus.BAD_REQUEST, "reason", "Cần nêu lý do hủy số (tối đa 1000 ký tự)");
        }
        if (!register.voidNumber(entry.id(), user, reason, clock.instant())) {
            throw new Refused(HttpStatus.CONFLICT, "number", "Số " + entry.notation() + " đã bị hủy trước đó");
        }
        return register.find(agency, y, n).orElseThrow();
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        if (e.field != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
        }
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private List<DocumentRegister.Entry> entries(String agency, String year) {
        int y = year(year);
        return register.list(scoped(agency), y);
    }

    private String scoped(String agency) {
        if (agency == null || agency.isBlank()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "agency", "Thiếu mã cơ quan (agency)");
        }
        if (!callers.current().includes(agency)) {
            throw new Refused(HttpStatus.NOT_FOUND, "agency", "Không tìm thấy sổ văn bản của cơ quan " + agency);
        }
        return agency;
    }

    private static int year(String year) {
        int y = positive(year, "year");
        if (y < 2000 || y > 2999) {
            throw new Refused(HttpStatus.BAD_REQUEST, "year", "Năm không hợp lệ: " + year);
        }
        return y;
    }

    private static int positive(String value, String field) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new Refused(HttpStatus.BAD_REQUEST, field, "Giá trị không hợp lệ của '" + field + "': " + value);
    }

    /** A CSV cell: quoted when it holds the separator, a quote or a line break; formulas defused. */
    private static String cell(String value) {
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches("(?s).*[;\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
