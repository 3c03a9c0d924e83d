package vn.motcua.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Administration of the working calendar: a year's days off and make-up days, and the notices' overrides. */
@RestController
@RequestMapping("/api/admin/calendar")
class CalendarAdminController {

    private final CalendarAdministration administration;

    CalendarAdminController(CalendarAdministration administration) {
        this.administration = administration;
    }

    /** A date of a notice to add. */
    record NewDay(LocalDate date, OverrideKind kind, String reason, String sourceNotice) {
    }

    /** A year's official notice to record. */
    record NewNotice(String notice, Boolean verified, String note) {
    }

    @GetMapping("/{year}")
    CalendarAdministration.YearView year(@PathVariable int year) {
        return administration.view(year);
    }

    @PostMapping("/{year}/days")
    ResponseEntity<DayOverride> add(@PathVariable int year, @RequestBody NewDay day) {
        DayOverride added = administration.add(year, day.date(), day.kind(), day.reason(), day.sourceNotice());
        return ResponseEntity.created(URI.create("/api/admin/calendar/" + year + "/days/" + added.date()))
                .body(added);
    }

    @PutMapping("/{year}/notice")
    CalendarAdministration.NoticeView notice(@PathVariable int year, @RequestBody NewNotice notice) {
        return administration.recordNotice(year, notice.notice(), notice.verified(), notice.note());
    }

    @DeleteMapping("/{year}/days/{date}")
    ResponseEntity<Void> remove(@PathVariable int year, @PathVariable LocalDate date) {
        administration.remove(year, date);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ProblemDetail invalid(CalendarAdministration.InvalidRequestException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()
                && m.getPath().get(0).getFieldName() != null) {
            String field = m.getPath().get(0).getFieldName();
            String message = m instanceof InvalidFormatException
                    ? "Giá trị \"" + ((InvalidFormatException) m).getValue() + "\" không hợp lệ."
                    : "Giá trị không hợp lệ.";
            return badRequest(List.of(new CalendarAdministration.FieldProblem(field, message)));
        }
        return badRequest(List.of(new CalendarAdministration.FieldProblem("body",
                "Nội dung yêu cầu không phải JSON hợp lệ.")));
    }

    @ExceptionHandler
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new CalendarAdministration.FieldProblem(e.getName(),
                "Giá trị \"" + e.getValue() + "\" không hợp lệ" + ("date".equals(e.getName()) ? " (định dạng yyyy-MM-dd)." : "."))));
    }

    @ExceptionHandler
    ProblemDetail notFound(CalendarAdministration.NoOverrideException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Không có điều chỉnh nào cho ngày này (ngày nghỉ theo luật không xóa được).");
        problem.setTitle("Không tìm thấy");
        return problem;
    }

    private static ProblemDetail badRequest(List<CalendarAdministration.FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ.");
        problem.setTitle("Yêu cầu không hợp lệ");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }
}
