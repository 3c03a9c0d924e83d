package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;

/** The sort keys and page sizes the search accepts. */
final class Pageables {

    static final Set<String> SORTABLE = Set.of("code", "submittedAt", "receivedAt", "dueAt", "status", "closedAt");
    static final int MAX_SIZE = 200;

    private Pageables() {
    }

    static void check(Pageable pageable) {
        List<FieldProblem> errors = new ArrayList<>();
        if (pageable.getPageSize() > MAX_SIZE) {
            errors.add(new FieldProblem("size", "Kích thước trang tối đa " + MAX_SIZE));
        }
        pageable.getSort().forEach(order -> {
            if (!SORTABLE.contains(order.getProperty())) {
                errors.add(new FieldProblem("sort", "Không sắp xếp được theo '" + order.getProperty()
                        + "' (chọn một trong: " + String.join(", ", SORTABLE.stream().sorted().toList()) + ")"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
    }
}
