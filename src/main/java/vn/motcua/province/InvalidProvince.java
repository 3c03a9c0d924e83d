package vn.motcua.province;

import java.util.List;

import vn.motcua.dossier.FieldProblem;

/** A province file set that cannot be applied; every bad field is named. */
public class InvalidProvince extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidProvince(List<FieldProblem> problems) {
        super("Tệp mô tả tỉnh không hợp lệ: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidProvince(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** No description has been applied since start (none configured). */
    public static class NotApplied extends RuntimeException {
        public NotApplied() {
            super("Chưa áp dụng tệp mô tả tỉnh nào từ khi khởi động (motcua.province.dir hoặc motcua.province.location)");
        }
    }
}
