package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

import vn.motcua.document.DocumentStoreUnavailable;

/**
 * Every error of Motcua's API as an RFC 7807 problem ({@code application/problem+json}) with Vietnamese
 * text and, for bad input, an {@code errors} array naming every bad field: {@code [{field, message}]}.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblems.ApiException.class)
    ResponseEntity<Object> api(ApiProblems.ApiException e) {
        return problem(e.status, e.title, e.getMessage(), e.errors);
    }

    @ExceptionHandler(ProcessActionForbidden.class)
    ResponseEntity<Object> engineAuthorization(ProcessActionForbidden e) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", "Người dùng không có quyền thực hiện thao tác này", List.of());
    }

    /**
     * A race lost to another request on the same dossier or task (optimistic lock of the register or the engine,
     * a unique constraint, a lock wait): the loser's transaction rolled back, so it gets a 409 and changed nothing.
     */
    @ExceptionHandler({ConcurrentChange.class, ConcurrencyFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException e) {
        log.info("Yêu cầu thua một yêu cầu đồng thời: {}", e.toString());
        return api(ApiProblems.concurrentChange());
    }

    /** The document store is full or read-only: the request was rolled back, its files removed; try again later. */
    @ExceptionHandler(DocumentStoreUnavailable.class)
    ResponseEntity<Object> documentStore(DocumentStoreUnavailable e) {
        log.error("Kho tài liệu không ghi được: {}", e.getMessage(), e.getCause());
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Hệ thống tạm thời gián đoạn",
                e.reason().words() + "; yêu cầu chưa được thực hiện. Hãy thử lại sau.", List.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "60").body(problem.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không đúng định dạng", "Tham số '" + e.getName() + "' không đúng kiểu",
                List.of(new FieldProblem(e.getName(), "Giá trị '" + e.getValue() + "' không đúng định dạng")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().stream().sorted(Comparator.comparing(FieldError::getField))
                .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(
                    error instanceof FieldError f ? name + "." + f.getField() : name, error.getDefaultMessage())));
        });
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body")
                : "body";
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không đúng định dạng", "Không đọc được nội dung JSON",
                List.of(new FieldProblem(field, "Giá trị không đúng định dạng hoặc không đọc được")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Thiếu tham số", "Thiếu tham số '" + e.getParameterName() + "'",
                List.of(new FieldProblem(e.getParameterName(), "Tham số là bắt buộc")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Thiếu phần của yêu cầu", "Thiếu phần '" + e.getRequestPartName() + "'",
                List.of(new FieldProblem(e.getRequestPartName(), "Phần này là bắt buộc")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn", "Yêu cầu vượt quá dung lượng cho phép",
                List.of(new FieldProblem("files", "Tổng dung lượng hoặc dung lượng một tệp vượt quá giới hạn")));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Dữ liệu không hợp lệ",
                "Yêu cầu có " + errors.size() + " trường không hợp lệ", errors);
    }

    /** The one problem+json answer of the API; also {@link MultipartProblems}'s. */
    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        if (status.is5xxServerError()) {
            log.warn("{}: {}", title, detail);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
