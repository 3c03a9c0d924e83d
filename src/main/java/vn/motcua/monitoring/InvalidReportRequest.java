package vn.motcua.monitoring;

import java.util.List;

import vn.motcua.dossier.FieldProblem;

/** Bad report or dashboard parameters: answered 422 with every bad field named. */
public class InvalidReportRequest extends RuntimeException {

    private final List<FieldProblem> errors;

    InvalidReportRequest(List<FieldProblem> errors) {
        super("Yêu cầu có " + errors.size() + " tham số không hợp lệ");
        this.errors = List.copyOf(errors);
    }

    /** Every bad parameter with its message. */
    public List<FieldProblem> errors() {
        return errors;
    }
}
