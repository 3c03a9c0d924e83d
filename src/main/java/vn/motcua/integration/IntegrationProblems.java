package vn.motcua.integration;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import vn.motcua.dossier.FieldProblem;

/** The problem+json answers of the integration endpoints (RFC 9457), with the fields at fault in {@code errors}. */
final class IntegrationProblems {

    private IntegrationProblems() {
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<Object> notFound(String field, String detail) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", detail, List.of(new FieldProblem(field, detail)));
    }

    static ResponseEntity<Object> refused(PortalSync.Refused refused) {
        HttpStatus status = HttpStatus.valueOf(refused.status);
        return problem(status, status == HttpStatus.CONFLICT ? "Xung đột" : "Dữ liệu không hợp lệ", refused.getMessage(),
                refused.errors);
    }
}
