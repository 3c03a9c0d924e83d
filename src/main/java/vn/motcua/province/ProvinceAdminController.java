package vn.motcua.province;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The province administration (docs/province.md, "Admin API"; {@code /api/admin/**} is for the
 * {@code camunda-admin} group only): the description in force, the changes an uploaded file set would make,
 * and applying it. The body is {@code province.json} itself or a zip of the folder, at most
 * {@link ProvinceFiles#MAX_BYTES} bytes (413 above). Every validation error is a 400 problem naming the field.
 */
@RestController
@RequestMapping("/api/admin/province")
class ProvinceAdminController {

    private final ProvinceApplier applier;

    ProvinceAdminController(ProvinceApplier applier) {
        this.applier = applier;
    }

    /** One change, as listed by diff and apply. */
    record ChangeView(String action, String subject, String subjectId, String detail) {
    }

    /** An applied change, with its audit row. */
    record AuditView(Long id, OffsetDateTime appliedAt, String actor, String provinceVersion, String action,
                     String subject, String subjectId, String detail) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> current() {
        Province current = applier.current();
        if (current == null) {
            throw new InvalidProvince.NotApplied();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ProvinceFiles.write(current));
    }

    @PostMapping("/diff")
    Map<String, Object> diff(InputStream body) throws IOException {
        Province province = ProvinceFiles.readUpload(read(body));
        applier.requireRouting(province);
        List<ChangeView> changes = applier.diff(province).stream()
                .map(c -> new ChangeView(c.action().name(), c.subject().name(), c.subjectId(), c.detail())).toList();
        return Map.of("province", province.id(), "version", province.version(), "changes", changes);
    }

    @PostMapping("/apply")
    Map<String, Object> apply(InputStream body, Principal caller) throws IOException {
        Province province = ProvinceFiles.readUpload(read(body));
        applier.requireRouting(province);
        List<AuditView> rows = applier.apply(province, caller.getName()).stream()
                .map(r -> new AuditView(r.getId(), r.getAppliedAt(), r.getActor(), r.getProvinceVersion(), r.getAction(),
                        r.getSubject(), r.getSubjectId(), r.getDetail())).toList();
        return Map.of("province", province.id(), "version", province.version(), "changes", rows);
    }

    private static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(ProvinceFiles.MAX_BYTES + 1);
        if (bytes.length == 0) {
            throw new InvalidProvince("body", "Thiếu tệp mô tả tỉnh (province.json hoặc tệp zip)");
        }
        return bytes;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidProvince e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Tệp mô tả tỉnh có " + e.problems().size() + " lỗi");
        problem.setTitle("Tệp mô tả tỉnh không hợp lệ");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notApplied(InvalidProvince.NotApplied e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Chưa có mô tả tỉnh");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ProvinceFiles.TooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Tệp quá lớn");
        return problem;
    }
}
