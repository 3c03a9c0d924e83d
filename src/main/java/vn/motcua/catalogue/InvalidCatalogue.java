package vn.motcua.catalogue;

import java.util.List;

/** A catalogue that cannot be imported; every bad row and field is named, nothing was stored. */
public class InvalidCatalogue extends RuntimeException {

    private final List<CatalogueProblem> problems;

    public InvalidCatalogue(List<CatalogueProblem> problems) {
        super("Danh mục thủ tục không hợp lệ: " + problems.size() + " lỗi, đầu tiên " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public InvalidCatalogue(String sheet, String message) {
        this(List.of(new CatalogueProblem(sheet, 0, null, message)));
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }

    /** The upload is larger than allowed. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(long max) {
            super("Tệp danh mục lớn hơn " + max + " byte");
        }
    }
}
