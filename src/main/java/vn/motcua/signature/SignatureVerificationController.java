package vn.motcua.signature;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/signatures/verification} (multipart, part {@code file}): the verification report of a
 * signed PDF, for the return desk or anyone holding a result. Errors are problem details
 * ({@code application/problem+json}) with {@code errors: [{field, message}]}.
 */
@RestController
@RequestMapping("/api/signatures")
class SignatureVerificationController {

    static final String FILE = "file";

    private final SignatureVerifier verifier;
    private final long maxSize;

    SignatureVerificationController(SignatureVerifier verifier, SignatureProperties properties) {
        this.verifier = verifier;
        this.maxSize = properties.maxVerificationSize().toBytes();
    }

    @PostMapping(path = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationReport verify(@RequestParam(name = FILE, required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFile(HttpStatus.BAD_REQUEST, "Chưa gửi tệp PDF cần kiểm tra (trường '" + FILE + "').");
        }
        if (file.getSize() > maxSize) {
            throw new InvalidFile(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn: " + file.getSize() + " byte, tối đa "
                    + maxSize + " byte.");
        }
        try {
            return verifier.verify(file.getBytes());
        } catch (NotAPdfException e) {
            throw new InvalidFile(HttpStatus.UNPROCESSABLE_ENTITY, "Tệp không phải tệp PDF đọc được.");
        }
    }

    static final class InvalidFile extends RuntimeException {
        private final HttpStatus status;

        InvalidFile(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidFile e) {
        return problem(e.status, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Chưa gửi tệp PDF cần kiểm tra (trường '" + FILE + "').");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(Exception e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Gửi tệp PDF dạng multipart/form-data trong trường '" + FILE + "'.");
    }

    private static ProblemDetail problem(HttpStatus status, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE ? "Tệp quá lớn" : "Yêu cầu không hợp lệ");
        problem.setProperty("errors", List.of(Map.of("field", FILE, "message", message)));
        return problem;
    }
}
