package vn.motcua.dossier;

import static vn.motcua.dossier.ApiExceptionHandler.problem;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that is refused while it is parsed, before any controller is chosen (over the server's size
 * limit, a file name with a NUL, a broken boundary): answered as problem+json. Without this, the container
 * answered 413 with an empty body, or 500. Applies to every path, as no controller is known yet.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MultipartProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn", "Yêu cầu vượt quá dung lượng cho phép", List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadable(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không đúng định dạng",
                "Không đọc được nội dung multipart (tên tệp hoặc phần không hợp lệ)", List.of());
    }
}
