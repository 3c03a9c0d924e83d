package vn.motcua.catalogue;

import static vn.motcua.catalogue.Sheets.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the three encodings of the import format (docs/catalogue-import.md) into the rows of its two tables:
 * JSON; a zip holding {@code thu-tuc.csv} and {@code quy-trinh-noi-bo.csv} at its root (or the two CSV files
 * given apart); an XLSX workbook with the sheets "Thủ tục" and "Quy trình nội bộ". Nothing is written to disk and
 * nothing in a cell is evaluated: a formula cell is refused, XML entities and DTDs are not resolved (the
 * spreadsheet library's hardened parser), zip entries larger than the upload limit or compressed more than 100
 * times are refused.
 */
final class CatalogueFormats {

    /** Largest upload, and largest unpacked entry of a zip or workbook. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Rows of one table at the most (2,000 procedures with several cases and steps each fit many times). */
    static final int MAX_ROWS = 200_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The two tables of a file. */
    record Tables(List<RawRow> procedures, List<RawRow> steps) {
    }

    private CatalogueFormats() {
    }

    /** The tables of an upload, recognised by its first bytes: JSON, XLSX or a zip of the two CSV files. */
    static Tables read(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new InvalidCatalogue.TooLarge(MAX_BYTES);
        }
        if (body.length == 0) {
            throw new InvalidCatalogue("file", "Tệp rỗng");
        }
        if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
            return isWorkbook(body) ? xlsx(body) : zip(body);
        }
        String text = text(body);
        if (text.stripLeading().startsWith("{")) {
            return json(text);
        }
        throw new InvalidCatalogue("file", "Không nhận ra định dạng: cần JSON, XLSX hoặc tệp zip chứa "
                + PROCEDURES_CSV + " và " + STEPS_CSV);
    }

    // ---------------------------------------------------------------- JSON

    private static final Set<String> JSON_ROOT = Set.of(JSON_PROCEDURES, JSON_STEPS);
    private static final Set<String> JSON_VERSION = Set.of(CODE, NAME, FIELD, LEVEL, AGENCY, PROCESS_KEY, ONLINE, FROM,
            TO, SOURCE, VERIFIED, "cases");
    private static final Set<String> JSON_CASE = Set.of("code", "name", DURATION, UNIT, ONLINE_DURATION, POSTAL_DURATION,
            NO_APPOINTMENT, AFTER_1500, PAUSE, FEE, COMPONENTS);
    private static final Set<String> JSON_COMPONENT = Set.of("code", "name", "mandatory", "copies");
    private static final Set<String> JSON_TABLE = Set.of(PROCEDURE_CODE, FROM, CASE_CODE, SOURCE, VERIFIED, "steps");
    private static final Set<String> JSON_STEP = Set.of(ORDER, "name", ROLE, STEP_UNIT, SHARE);

    static Tables json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogue("file", "Không phải JSON hợp lệ: " + e.getOriginalMessage());
        }
        List<CatalogueProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidCatalogue("file", "JSON phải là một đối tượng {\"procedures\": [...], \"internalProcesses\": [...]}");
        }
        unknownFields(root, JSON_ROOT, "file", 0, "", problems);
        List<RawRow> procedures = new ArrayList<>();
        JsonNode versions = array(root, JSON_PROCEDURES, problems);
        for (int i = 0; i < versions.size(); i++) {
            JsonNode v = versions.get(i);
            int row = i + 1;
            if (!v.isObject()) {
                problems.add(new CatalogueProblem(JSON_PROCEDURES, row, null, "Phải là một đối tượng"));
                continue;
            }
            unknownFields(v, JSON_VERSION, JSON_PROCEDURES, row, "", problems);
            Map<String, String> versionValues = new HashMap<>();
            for (String f : JSON_VERSION) {
                if (!f.equals("cases")) {
                    versionValues.put(f, scalar(v.get(f), JSON_PROCEDURES, row, f, problems));
                }
            }
            JsonNode cases = v.path("cases");
            if (!cases.isArray() || cases.isEmpty()) {
                problems.add(new CatalogueProblem(JSON_PROCEDURES, row, "cases", "Thiếu trường hợp (cases)"));
                continue;
            }
            for (int j = 0; j < cases.size(); j++) {
                JsonNode c = cases.get(j);
                String prefix = "cases[" + j + "].";
                unknownFields(c, JSON_CASE, JSON_PROCEDURES, row, prefix, problems);
                Map<String, String> values = new HashMap<>(versionValues);
                for (String f : JSON_CASE) {
                    if (!f.equals(COMPONENTS)) {
                        String logical = f.equals("code") ? CASE_CODE : f.equals("name") ? CASE_NAME : f;
                        values.put(logical, scalar(c.get(f), JSON_PROCEDURES, row, prefix + f, problems));
                    }
                }
                List<RawRow.RawComponent> components = new ArrayList<>();
                JsonNode list = c.path(COMPONENTS);
                for (int k = 0; k < list.size(); k++) {
                    JsonNode p = list.get(k);
                    String at = prefix + "components[" + k + "]";
                    unknownFields(p, JSON_COMPONENT, JSON_PROCEDURES, row, at + ".", problems);
                    components.add(new RawRow.RawComponent(at, scalar(p.get("code"), JSON_PROCEDURES, row, at, problems),
                            scalar(p.get("name"), JSON_PROCEDURES, row, at, problems),
                            scalar(p.get("mandatory"), JSON_PROCEDURES, row, at, problems),
                            scalar(p.get("copies"), JSON_PROCEDURES, row, at, problems)));
                }
                procedures.add(new RawRow(JSON_PROCEDURES, row, i, values, jsonColumn(prefix), components));
            }
        }
        List<RawRow> steps = new ArrayList<>();
        JsonNode tables = root.has(JSON_STEPS) ? array(root, JSON_STEPS, problems) : JSON.createArrayNode();
        for (int i = 0; i < tables.size(); i++) {
            JsonNode t = tables.get(i);
            int row = i + 1;
            unknownFields(t, JSON_TABLE, JSON_STEPS, row, "", problems);
            JsonNode list = t.path("steps");
            if (!list.isArray() || list.isEmpty()) {
                problems.add(new CatalogueProblem(JSON_STEPS, row, "steps", "Thiếu các bước (steps)"));
                continue;
            }
            for (int j = 0; j < list.size(); j++) {
                JsonNode s = list.get(j);
                String prefix = "steps[" + j + "].";
                unknownFields(s, JSON_STEP, JSON_STEPS, row, prefix, problems);
                Map<String, String> values = new HashMap<>();
                for (String f : JSON_TABLE) {
                    if (!f.equals("steps")) {
                        values.put(f, scalar(t.get(f), JSON_STEPS, row, f, problems));
                    }
                }
                for (String f : JSON_STEP) {
                    values.put(f.equals("name") ? STEP_NAME : f, scalar(s.get(f), JSON_STEPS, row, prefix + f, problems));
                }
                steps.add(new RawRow(JSON_STEPS, row, null, values, stepColumn(prefix), List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogue(problems);
        }
        return new Tables(procedures, steps);
    }

    private static UnaryOperator<String> jsonColumn(String casePrefix) {
        Set<String> caseFields = Set.of(CASE_CODE, CASE_NAME, DURATION, UNIT, ONLINE_DURATION, POSTAL_DURATION,
                NO_APPOINTMENT, AFTER_1500, PAUSE, FEE, COMPONENTS);
        return f -> caseFields.contains(f) ? casePrefix + JSON_NAMES.getOrDefault(f, f) : f;
    }

    private static UnaryOperator<String> stepColumn(String stepPrefix) {
        Set<String> stepFields = Set.of(ORDER, STEP_NAME, ROLE, STEP_UNIT, SHARE);
        return f -> stepFields.contains(f) ? stepPrefix + JSON_NAMES.getOrDefault(f, f) : f;
    }

    private static JsonNode array(JsonNode root, String name, List<CatalogueProblem> problems) {
        JsonNode node = root.path(name);
        if (!node.isArray()) {
            problems.add(new CatalogueProblem(name, 0, null, "Thiếu mảng '" + name + "'"));
            return JSON.createArrayNode();
        }
        return node;
    }

    private static void unknownFields(JsonNode node, Set<String> allowed, String sheet, int row, String prefix,
                                      List<CatalogueProblem> problems) {
        if (!node.isObject()) {
            problems.add(new CatalogueProblem(sheet, row, prefix.isEmpty() ? null : prefix, "Phải là một đối tượng"));
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(new CatalogueProblem(sheet, row, prefix + name, "Trường không có trong định dạng"));
            }
        }
    }

    private static String scalar(JsonNode node, String sheet, int row, String column, List<CatalogueProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        problems.add(new CatalogueProblem(sheet, row, column, "Phải là chữ, số hoặc true/false"));
        return null;
    }

    // ---------------------------------------------------------------- CSV

    /** The two CSV files given apart (the steps file may be null). */
    static Tables csv(byte[] procedures, byte[] steps) {
        List<CatalogueProblem> problems = new ArrayList<>();
        List<RawRow> p = table(PROCEDURES_CSV, parseCsv(text(procedures), PROCEDURES_CSV), PROCEDURE_HEADERS,
                REQUIRED_PROCEDURE_COLUMNS, problems);
        List<RawRow> s = steps == null ? List.of() : table(STEPS_CSV, parseCsv(text(steps), STEPS_CSV), STEP_HEADERS,
                REQUIRED_STEP_COLUMNS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogue(problems);
        }
        return new Tables(p, s);
    }

    private static Tables zip(byte[] body) {
        Map<String, byte[]> files = new HashMap<>();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > 16) {
                    throw new InvalidCatalogue("file", "Tệp zip có quá nhiều mục (tối đa 16)");
                }
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!name.equals(PROCEDURES_CSV) && !name.equals(STEPS_CSV)) {
                    throw new InvalidCatalogue("file", "Tệp zip chỉ được chứa " + PROCEDURES_CSV + " và " + STEPS_CSV
                            + " ở gốc; có '" + name + "'");
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new InvalidCatalogue.TooLarge(MAX_BYTES);
                }
                if (files.put(name, bytes) != null) {
                    throw new InvalidCatalogue("file", "Tệp zip có hai mục '" + name + "'");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCatalogue("file", "Không đọc được tệp zip: " + e.getMessage());
        }
        if (!files.containsKey(PROCEDURES_CSV)) {
            throw new InvalidCatalogue("file", "Tệp zip không có " + PROCEDURES_CSV);
        }
        return csv(files.get(PROCEDURES_CSV), files.get(STEPS_CSV));
    }

    /** RFC 4180: comma or semicolon separated (the header line decides), quoted fields may hold newlines. */
    static List<List<String>> parseCsv(String text, String file) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS) {
                    throw new InvalidCatalogue(file, "Quá " + MAX_ROWS + " dòng");
                }
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new InvalidCatalogue(List.of(new CatalogueProblem(file, rows.size() + 1, null,
                    "Dấu ngoặc kép mở mà không đóng")));
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- XLSX

    private static boolean isWorkbook(byte[] body) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = in.getNextEntry()) != null && seen++ < 64) {
                if (entry.getName().equals("[Content_Types].xml") || entry.getName().startsWith("xl/")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    static Tables xlsx(byte[] body) {
        ZipSecureFile.setMaxEntrySize(MAX_BYTES * 4L);
        ZipSecureFile.setMinInflateRatio(0.01);
        List<CatalogueProblem> problems = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet procedures = sheet(workbook, PROCEDURES);
            Sheet steps = sheet(workbook, STEPS);
            if (procedures == null) {
                throw new InvalidCatalogue("file", "Bảng tính không có trang '" + PROCEDURES + "'");
            }
            List<RawRow> p = table(PROCEDURES, cells(procedures, problems), PROCEDURE_HEADERS,
                    REQUIRED_PROCEDURE_COLUMNS, problems);
            List<RawRow> s = steps == null ? List.of()
                    : table(STEPS, cells(steps, problems), STEP_HEADERS, REQUIRED_STEP_COLUMNS, problems);
            if (!problems.isEmpty()) {
                throw new InvalidCatalogue(problems);
            }
            return new Tables(p, s);
        } catch (InvalidCatalogue e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidCatalogue("file", "Không đọc được bảng tính XLSX: " + e.getMessage());
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (normalise(sheet.getSheetName()).equals(normalise(name))) {
                return sheet;
            }
        }
        return null;
    }

    /** The text of every cell; a formula is refused (never evaluated), dates become yyyy-MM-dd. */
    private static List<List<String>> cells(Sheet sheet, List<CatalogueProblem> problems) {
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw new InvalidCatalogue(sheet.getSheetName(), "Quá " + MAX_ROWS + " dòng");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.min(row.getLastCellNum(), 64); c++) {
                    values.add(cell(row.getCell(c), sheet.getSheetName(), r + 1, problems));
                }
            }
            rows.add(values);
        }
        return rows;
    }

    private static String cell(Cell cell, String sheet, int row, List<CatalogueProblem> problems) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case BLANK -> "";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> {
                problems.add(new CatalogueProblem(sheet, row, cell.getAddress().formatAsString(),
                        "Ô chứa " + (type == CellType.FORMULA ? "công thức" : "giá trị lỗi")
                                + ": chỉ nhận chữ, số, ngày (công thức không được tính)"));
                yield "";
            }
        };
    }

    // ---------------------------------------------------------------- spreadsheet tables

    /** Rows of a table whose first line is the header; blank lines are skipped, row numbers as the sheet shows them. */
    private static List<RawRow> table(String sheet, List<List<String>> lines, Map<String, String> headers,
                                      List<String> required, List<CatalogueProblem> problems) {
        if (lines.isEmpty()) {
            problems.add(new CatalogueProblem(sheet, 1, null, "Thiếu dòng tiêu đề"));
            return List.of();
        }
        Map<String, String> byHeader = new HashMap<>();
        headers.forEach((field, header) -> {
            byHeader.put(normalise(header), field);
            byHeader.put(normalise(field), field);
        });
        List<String> header = lines.get(0);
        Map<Integer, String> fieldOfColumn = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String text = header.get(c).replace("\uFEFF", "");
            if (text.isBlank()) {
                continue;
            }
            String field = byHeader.get(normalise(text));
            if (field == null) {
                problems.add(new CatalogueProblem(sheet, 1, text, "Cột không có trong định dạng"));
            } else if (fieldOfColumn.containsValue(field)) {
                problems.add(new CatalogueProblem(sheet, 1, text, "Cột lặp lại"));
            } else {
                fieldOfColumn.put(c, field);
            }
        }
        for (String field : required) {
            if (!fieldOfColumn.containsValue(field)) {
                problems.add(new CatalogueProblem(sheet, 1, headers.get(field), "Thiếu cột"));
            }
        }
        UnaryOperator<String> column = spreadsheet(headers);
        List<RawRow> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            fieldOfColumn.forEach((c, field) -> values.put(field, c < line.size() ? line.get(c) : ""));
            rows.add(new RawRow(sheet, r + 1, null, values, column, components(values.get(COMPONENTS), headers.get(COMPONENTS))));
        }
        return rows;
    }

    /** The components cell: one paper a line, {@code MÃ | Tên | bắt buộc (có/không) | số bản}. */
    private static List<RawRow.RawComponent> components(String cell, String header) {
        List<RawRow.RawComponent> components = new ArrayList<>();
        if (cell == null) {
            return components;
        }
        int n = 0;
        for (String line : cell.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            String[] parts = line.split("\\|", -1);
            components.add(new RawRow.RawComponent(header + " (dòng " + n + ")", part(parts, 0), part(parts, 1),
                    part(parts, 2), part(parts, 3)));
        }
        return components;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
