package vn.motcua.catalogue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import vn.motcua.modelling.SkeletonProblem;

/** The problems of the catalogue (an invalid file, a skeleton that cannot be given), shared by the admin API and the Cockpit page. */
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

    /** 404: no such version or no step table; names {@code code} and {@code effectiveFrom}. */
    static ProblemDetail notFound(CatalogueSkeletons.NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Không có mô hình khung cho phiên bản này");
        problem.setProperty("code", e.code());
        problem.setProperty("effectiveFrom", e.effectiveFrom());
        problem.setProperty("errors", List.of(Map.of("field", e.code() == null ? "code" : "effectiveFrom", "message", e.getMessage())));
        return problem;
    }

    static ProblemDetail badDate(CatalogueSkeletons.BadDate e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ngày hiệu lực không hợp lệ");
        problem.setProperty("errors", List.of(Map.of("field", "effectiveFrom", "message", e.getMessage())));
        return problem;
    }

    /** 422: the stored step table cannot become a model; one error per row (step order) and field. */
    static ProblemDetail unplannable(SkeletonProblem e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Quy trình nội bộ đã lưu có " + e.problems().size() + " lỗi; chưa sinh được mô hình");
        problem.setTitle("Quy trình nội bộ không sinh được mô hình");
        problem.setProperty("errors", skeletonErrors(e));
        return problem;
    }

    /** Each problem as {@code {field: "steps!<order> <field>", step, message}} (step 0: the procedure). */
    static List<Map<String, Object>> skeletonErrors(SkeletonProblem e) {
        return e.problems().stream().map(p -> {
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", (p.step() == 0 ? "procedure" : "steps!" + p.step()) + " " + p.field());
            error.put("step", p.step());
            error.put("message", p.message());
            return error;
        }).toList();
    }
}
