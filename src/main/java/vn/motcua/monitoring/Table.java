package vn.motcua.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table to export: a title, Vietnamese headers and rows of text or numbers, written as CSV (UTF-8 with a
 * byte-order mark, so that spreadsheet programs read the Vietnamese letters) or as XLSX.
 * <p>
 * Text comes partly from applicants (names, summaries), so no text cell may become a formula in the
 * spreadsheet program that opens the file (CSV/formula injection): text starting with {@code = + - @}, a tab
 * or a carriage return is written with a leading apostrophe in CSV, and as a quote-prefixed (always text)
 * cell in XLSX. Numbers stay numbers.
 */
final class Table {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final String title;
    final List<String> headers;
    final List<List<Object>> rows = new ArrayList<>();

    Table(String title, List<String> headers) {
        this.title = title;
        this.headers = headers;
    }

    Table row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    static String time(Instant t, ZoneId zone) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }

    byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, new ArrayList<>(headers));
        rows.forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object c = cells.get(i);
            String s = c == null ? "" : c instanceof Number ? c.toString() : neutralised(c.toString());
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            out.append(s);
        }
        out.append("\r\n");
    }

    /** Whether a spreadsheet program would read the text as the start of a formula. */
    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV cell that no spreadsheet program evaluates. */
    static String neutralised(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    byte[] xlsx() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = book.createCellStyle();
            text.setQuotePrefixed(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                        if (startsLikeAFormula(v.toString())) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            book.write(bytes);
            book.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
