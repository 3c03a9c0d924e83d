package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet container's error path ({@code /error}) for clients that do not ask for HTML: what is refused before
 * any controller runs (an encoded control character in the path, an unparseable multipart body such as a file
 * name with a NUL, an upload over the server's limit) is answered as {@code application/problem+json} like every
 * other error of the API, instead of Spring Boot's own JSON or a 500. Browsers still get the HTML error page.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errors, ServerProperties server, List<ErrorViewResolver> views) {
        super(errors, server.getError(), views);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null || status == HttpStatus.NO_CONTENT) {
            return super.error(request);
        }
        boolean unreadable = unreadableMultipart(request);
        if (unreadable) {
            status = HttpStatus.BAD_REQUEST;
        }
        String title = status.is5xxServerError() ? "Lỗi máy chủ" : "Yêu cầu không hợp lệ";
        String detail = switch (status) {
            case PAYLOAD_TOO_LARGE -> "Yêu cầu vượt quá dung lượng cho phép";
            case NOT_FOUND -> "Không tìm thấy địa chỉ yêu cầu";
            case UNAUTHORIZED -> "Cần đăng nhập";
            case FORBIDDEN -> "Không có quyền";
            default -> status.is5xxServerError() ? "Máy chủ không xử lý được yêu cầu"
                    : unreadable ? "Không đọc được nội dung multipart (tên tệp hoặc phần không hợp lệ)"
                    : "Máy chủ không đọc được yêu cầu (đường dẫn, tiêu đề hoặc nội dung không hợp lệ)";
        };
        Object path = getErrorAttributes(request, ErrorAttributeOptions.defaults()).get("path");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("type", "about:blank", "title", title, "status", status.value(), "detail", detail,
                        "instance", String.valueOf(path)));
    }

    /** The multipart body could not be parsed (raised before any controller, so no exception handler saw it). */
    private static boolean unreadableMultipart(HttpServletRequest request) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = error instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof MultipartException && !(t instanceof MaxUploadSizeExceededException)) {
                return true;
            }
        }
        return false;
    }
}
