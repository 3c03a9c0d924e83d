package vn.motcua.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A row of one of the two tables before typing, whatever the encoding: the text of each logical field
 * ({@link Sheets}), where it stands and how this encoding names a field's column.
 *
 * @param entry      in JSON the index of the procedure object the row comes from (two objects with the same code and
 *                   effective date are a duplicate version); null in CSV/XLSX, where a version spans several rows
 * @param components the papers of a case row; empty for a step row
 */
record RawRow(String sheet, int row, Integer entry, Map<String, String> values, UnaryOperator<String> column,
              List<RawComponent> components) {

    String value(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    CatalogueProblem problem(String field, String message) {
        return new CatalogueProblem(sheet, row, field == null ? null : column.apply(field), message);
    }

    /** A paper as written: in CSV/XLSX one line {@code MÃ | Tên | bắt buộc | số bản} of the components cell. */
    record RawComponent(String column, String code, String name, String mandatory, String copies) {
    }
}
