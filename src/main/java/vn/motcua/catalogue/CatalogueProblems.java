package vn.motcua.catalogue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The 400 problem of an invalid catalogue, shared by the admin API and the Cockpit page. */
final class CatalogueProblems {

    private CatalogueProblems() {
    }

    static ProblemDetail invalid(InvalidCatalogue e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Tệp danh mục có " + e.problems().size() + " lỗi; chưa lưu gì");
        problem.setTitle("Danh mục thủ tục không hợp lệ");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    /** Each problem as {@code {field, sheet, row, column, message}}. */
    static List<Map<String, Object>> errors(List<CatalogueProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", p.field());
            error.put("sheet", p.sheet());
            error.put("row", p.row());
            error.put("column", p.column());
            error.put("message", p.message());
            return error;
        }).toList();
    }
}
