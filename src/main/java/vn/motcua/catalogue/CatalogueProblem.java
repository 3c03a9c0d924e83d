package vn.motcua.catalogue;

/**
 * One bad value of an imported catalogue: the sheet (CSV file, XLSX sheet or JSON array), the row as a spreadsheet
 * shows it (the header is row 1; in JSON the position in the array, from 1), the column (Vietnamese header, or JSON
 * field path) and what is wrong.
 */
public record CatalogueProblem(String sheet, int row, String column, String message) {

    /** "Thủ tục!12 Thời hạn giải quyết", as listed in the problem's {@code errors}. */
    public String field() {
        return sheet + "!" + row + (column == null ? "" : " " + column);
    }
}
