package vn.motcua.monitoring;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.motcua.dossier.FieldProblem;

/**
 * Bad report parameters as an RFC 7807 problem (422) naming each bad field, like the rest of the API; an agency
 * outside the caller's scope as a 403 problem naming the field {@code agency}.
 */
@RestControllerAdvice(basePackageClasses = ReportExceptionHandler.class)
class ReportExceptionHandler {

    @ExceptionHandler(InvalidReportRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReportRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Dữ liệu không hợp lệ");
        problem.setProperty("errors", e.errors());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ForeignAgency.class)
    ResponseEntity<ProblemDetail> foreign(ForeignAgency e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Không có quyền xem cơ quan này");
        problem.setProperty("errors", List.of(new FieldProblem("agency", e.getMessage())));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(LegacyImportRefused.class)
    ResponseEntity<ProblemDetail> refused(LegacyImportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        problem.setProperty("errors", e.errors());
        problem.setProperty("errorCount", e.errorCount());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return invalid(new InvalidReportRequest(List.of(new FieldProblem(e.getParameterName(), "Tham số là bắt buộc"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException e) {
        return invalid(new InvalidReportRequest(List.of(new FieldProblem(e.getName(),
                "Giá trị '" + e.getValue() + "' không đúng định dạng"))));
    }
}
