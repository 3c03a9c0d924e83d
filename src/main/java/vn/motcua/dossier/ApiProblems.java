package vn.motcua.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Failures the API answers with a problem body (RFC 7807) of a given status. */
final class ApiProblems {

    private ApiProblems() {
    }

    /** A problem with a status, a Vietnamese title and detail, and possibly the bad fields. */
    static class ApiException extends RuntimeException {
        final HttpStatus status;
        final String title;
        final List<FieldProblem> errors;

        ApiException(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
            super(detail);
            this.status = status;
            this.title = title;
            this.errors = List.copyOf(errors);
        }
    }

    /** 422: the request is well formed but some fields are wrong (every one is named). */
    static ApiException invalid(List<FieldProblem> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Dữ liệu không hợp lệ",
                "Yêu cầu có " + errors.size() + " trường không hợp lệ", errors);
    }

    static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** 404 for a dossier code; the same body whichever part of the lookup failed. */
    static ApiException dossierNotFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ",
                "Không tìm thấy hồ sơ với thông tin đã nhập", List.of());
    }

    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Không tìm thấy", detail, List.of());
    }

    /** 404 naming the field whose value names nothing (e.g. a part of a dossier that was never sent). */
    static ApiException notFound(String field, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Không tìm thấy", detail, List.of(new FieldProblem(field, detail)));
    }

    /** 409: the dossier is not in a state where the operation applies. */
    static ApiException wrongState(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Trạng thái hồ sơ không phù hợp", detail, List.of());
    }

    /** 409 naming the field whose value makes the operation inapplicable (e.g. {@code caseCode}: a case without a fee). */
    static ApiException wrongState(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Trạng thái hồ sơ không phù hợp", detail, List.of(new FieldProblem(field, detail)));
    }

    /** 409: another request changed the same dossier at the same moment and won; nothing of this one was kept. */
    static ApiException concurrentChange() {
        return new ApiException(HttpStatus.CONFLICT, "Xung đột cập nhật đồng thời", "Hồ sơ vừa được một yêu cầu khác"
                + " thay đổi cùng lúc; yêu cầu này không được thực hiện. Hãy tải lại hồ sơ rồi thử lại nếu cần", List.of());
    }

    /** 409: a request with the same Idempotency-Key is still being processed; retrying later gets its answer. */
    static ApiException keyInProgress(String key) {
        return new ApiException(HttpStatus.CONFLICT, "Yêu cầu cùng khóa đang được xử lý", "Một yêu cầu khác với khóa"
                + " Idempotency-Key '" + key + "' đang được xử lý; hãy gửi lại sau giây lát để nhận kết quả của nó",
                List.of(new FieldProblem("Idempotency-Key", "Khóa đang được một yêu cầu khác sử dụng")));
    }

    /** 409: the dossier's rule set does not allow the action; names the rule set (field {@code ruleSet}). */
    static ApiException ruleSetForbids(String ruleSet, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Bộ quy tắc của hồ sơ không cho phép", detail,
                List.of(new FieldProblem("ruleSet", "Bộ quy tắc " + ruleSet + " không cho phép thao tác này")));
    }

    static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Không có quyền", detail, List.of());
    }

    /** 403 naming the field whose value the user may not use (e.g. another agency's code). */
    static ApiException forbidden(String field, String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "Không có quyền", message, List.of(new FieldProblem(field, message)));
    }
}
