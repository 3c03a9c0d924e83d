package vn.motcua.monitoring;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.motcua.dossier.FieldProblem;

/**
 * The CSV file of past dossiers (docs/legacy-import.md): UTF-8 (a byte-order mark is skipped), comma separated,
 * RFC 4180 quoting, one header line whose names are the English keys or their Vietnamese labels. Only the known
 * columns are accepted (an unknown header is an error, not ignored); cells are kept as text, never evaluated.
 */
final class LegacyCsv {

    /** A column: its key, its Vietnamese label, and whether the file must have it. */
    enum Column {
        CODE("code", "Mã hồ sơ", false),
        PROCEDURE("procedure", "Mã thủ tục", true),
        VERSION("version", "Phiên bản", false),
        CASE("case", "Trường hợp", false),
        RECEIVING_AGENCY("receiving_agency", "Cơ quan tiếp nhận", false),
        RESOLVING_AGENCY("resolving_agency", "Cơ quan giải quyết", true),
        CHANNEL("channel", "Kênh", true),
        RECEIVED_AT("received_at", "Ngày tiếp nhận", true),
        DUE_AT("due_at", "Hạn giải quyết", true),
        FINISHED_AT("finished_at", "Ngày kết thúc", true),
        RETURNED_AT("returned_at", "Ngày trả kết quả", false),
        STATUS("status", "Trạng thái", true),
        OUTCOME("outcome", "Kết quả", false),
        APPLICANT_NAME("applicant_name", "Người nộp", false),
        APPLICANT_ID("applicant_id", "Số giấy tờ", false),
        SUMMARY("summary", "Trích yếu", false);

        final String key;
        final String label;
        final boolean required;

        Column(String key, String label, boolean required) {
            this.key = key;
            this.label = label;
            this.required = required;
        }

        static Column byHeader(String header) {
            String h = normal(header);
            for (Column c : values()) {
                if (c.key.equals(h) || normal(c.label).equals(h)) {
                    return c;
                }
            }
            return null;
        }

        private static String normal(String s) {
            return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }
    }

    /** One data line: its number in the file (the header is line 1) and its cells by column. */
    record Line(int number, Map<Column, String> cells) {
        String get(Column c) {
            String v = cells.get(c);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** The lines, or the problems that make the file unreadable as a whole (encoding, headers). */
    record Parsed(List<Line> lines, List<FieldProblem> problems) {
    }

    private LegacyCsv() {
    }

    static Parsed parse(byte[] bytes, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(new FieldProblem("file", "Tệp không phải văn bản UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        split(text, records, lineNumbers, problems);
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of(new FieldProblem("file", "Tệp rỗng: thiếu dòng tiêu đề")));
        }
        List<String> headers = records.get(0);
        Column[] columns = new Column[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            Column c = Column.byHeader(headers.get(i));
            if (c == null) {
                problems.add(new FieldProblem("header[" + (i + 1) + "]", "Cột '" + headers.get(i) + "' không thuộc định dạng"));
            } else if (java.util.Arrays.asList(columns).contains(c)) {
                problems.add(new FieldProblem("header[" + (i + 1) + "]", "Cột " + c.key + " xuất hiện hai lần"));
            } else {
                columns[i] = c;
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !java.util.Arrays.asList(columns).contains(c)) {
                problems.add(new FieldProblem("header", "Thiếu cột bắt buộc " + c.key + " (" + c.label + ")"));
            }
        }
        if (records.size() - 1 > maxRows) {
            problems.add(new FieldProblem("file", "Tệp có " + (records.size() - 1) + " dòng, tối đa " + maxRows));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<Line> lines = new ArrayList<>(records.size());
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != columns.length) {
                problems.add(new FieldProblem("rows[" + lineNumbers.get(r) + "]",
                        "Dòng có " + cells.size() + " ô, tiêu đề có " + columns.length));
                continue;
            }
            Map<Column, String> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                map.put(columns[i], cells.get(i));
            }
            lines.add(new Line(lineNumbers.get(r), map));
        }
        return new Parsed(lines, problems);
    }

    /** RFC 4180 records with the file line each starts on. */
    private static void split(String text, List<List<String>> records, List<Integer> starts, List<FieldProblem> problems) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (cell.length() > 0) {
                        problems.add(new FieldProblem("rows[" + line + "]", "Dấu ngoặc kép giữa ô"));
                        return;
                    }
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    record.add(cell.toString());
                    records.add(record);
                    starts.add(start);
                    record = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                    line++;
                    start = line;
                }
                default -> {
                    cell.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) {
            problems.add(new FieldProblem("rows[" + start + "]", "Ô mở ngoặc kép không đóng"));
            return;
        }
        if (any || cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            starts.add(start);
        }
    }
}
