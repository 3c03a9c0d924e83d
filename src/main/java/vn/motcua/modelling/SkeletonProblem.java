package vn.motcua.modelling;

import java.util.List;

/** The step table cannot become a skeleton: every problem names the row (step order) and the field. */
public class SkeletonProblem extends RuntimeException {

    /** One problem: the step's order (0 for the procedure itself), the field, what is wrong. */
    public record Problem(int step, String field, String message) {
        @Override
        public String toString() {
            return (step == 0 ? "thủ tục" : "bước " + step) + " · " + field + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public SkeletonProblem(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
