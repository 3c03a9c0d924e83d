package vn.motcua.catalogue;

import static vn.motcua.catalogue.Sheets.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.procedure.InternalProcessStep;

/**
 * Writes a catalogue in the three encodings of the import format (docs/catalogue-import.md), which read back to an
 * equal value: the template and export for analysts, and the test and benchmark files.
 */
public final class CatalogueWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogueWriter() {
    }

    public static byte[] json(Catalogue catalogue) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode procedures = root.putArray(JSON_PROCEDURES);
        for (Catalogue.Version v : catalogue.procedures()) {
            ObjectNode p = procedures.addObject();
            p.put(CODE, v.code()).put(NAME, v.name()).put(FIELD, v.field()).put(LEVEL, v.level().name())
                    .put(AGENCY, v.agency()).put(PROCESS_KEY, v.processKey())
                    .put(ONLINE, v.onlineServiceType().name()).put(FROM, v.effectiveFrom().toString())
                    .put(TO, v.effectiveTo() == null ? null : v.effectiveTo().toString()).put(SOURCE, v.source())
                    .put(VERIFIED, v.verified());
            ArrayNode cases = p.putArray("cases");
            for (Catalogue.Case c : v.cases()) {
                ObjectNode o = cases.addObject();
                o.put("code", c.code()).put("name", c.name()).put(DURATION, c.duration()).put(UNIT, c.unit().name())
                        .put(ONLINE_DURATION, c.onlineDuration()).put(POSTAL_DURATION, c.postalDuration())
                        .put(NO_APPOINTMENT, c.noAppointment()).put(AFTER_1500, c.after1500NextDay())
                        .put(PAUSE, c.pausePolicy().name()).put(FEE, c.feeVnd());
                ArrayNode components = o.putArray(COMPONENTS);
                c.components().forEach(k -> components.addObject().put("code", k.code()).put("name", k.name())
                        .put("mandatory", k.mandatory()).put("copies", k.copies()));
            }
        }
        ArrayNode tables = root.putArray(JSON_STEPS);
        for (Catalogue.StepTable t : catalogue.stepTables()) {
            ObjectNode o = tables.addObject();
            o.put(PROCEDURE_CODE, t.process().procedureCode()).put(FROM, t.process().effectiveFrom().toString())
                    .put(CASE_CODE, t.process().caseCode()).put(SOURCE, t.process().source()).put(VERIFIED, t.verified());
            ArrayNode steps = o.putArray("steps");
            for (InternalProcessStep s : t.process().steps()) {
                steps.addObject().put(ORDER, s.order()).put("name", s.name()).put(ROLE, s.role().name())
                        .put(STEP_UNIT, s.unitCode()).put(SHARE, s.share());
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of {@code thu-tuc.csv} and {@code quy-trinh-noi-bo.csv} (UTF-8 with a byte-order mark, as Excel wants). */
    public static byte[] csvZip(Catalogue catalogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(PROCEDURES_CSV));
            zip.write(csv(PROCEDURE_HEADERS, procedureRows(catalogue)));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(STEPS_CSV));
            zip.write(csv(STEP_HEADERS, stepRows(catalogue)));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The procedures table as one CSV file. */
    public static byte[] proceduresCsv(Catalogue catalogue) {
        return csv(PROCEDURE_HEADERS, procedureRows(catalogue));
    }

    /** The step table as one CSV file. */
    public static byte[] stepsCsv(Catalogue catalogue) {
        return csv(STEP_HEADERS, stepRows(catalogue));
    }

    /** A workbook with the sheets "Thủ tục" and "Quy trình nội bộ". */
    public static byte[] xlsx(Catalogue catalogue) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook.createSheet(PROCEDURES), PROCEDURE_HEADERS, procedureRows(catalogue));
            sheet(workbook.createSheet(STEPS), STEP_HEADERS, stepRows(catalogue));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Map<String, String> headers, List<Map<String, String>> rows) {
        Row header = sheet.createRow(0);
        List<String> fields = new ArrayList<>(headers.keySet());
        for (int c = 0; c < fields.size(); c++) {
            header.createCell(c).setCellValue(headers.get(fields.get(c)));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < fields.size(); c++) {
                String value = rows.get(r).get(fields.get(c));
                row.createCell(c).setCellValue(value == null ? "" : value);
            }
        }
    }

    private static List<Map<String, String>> procedureRows(Catalogue catalogue) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Catalogue.Version v : catalogue.procedures()) {
            for (Catalogue.Case c : v.cases()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put(CODE, v.code());
                row.put(NAME, v.name());
                row.put(FIELD, v.field());
                row.put(LEVEL, v.level().name());
                row.put(AGENCY, v.agency());
                row.put(PROCESS_KEY, v.processKey());
                row.put(ONLINE, v.onlineServiceType().name());
                row.put(FROM, v.effectiveFrom().toString());
                row.put(TO, v.effectiveTo() == null ? null : v.effectiveTo().toString());
                row.put(SOURCE, v.source());
                row.put(VERIFIED, v.verified() ? "có" : "không");
                row.put(CASE_CODE, c.code());
                row.put(CASE_NAME, c.name());
                row.put(DURATION, String.valueOf(c.duration()));
                row.put(UNIT, c.unit().name());
                row.put(ONLINE_DURATION, c.onlineDuration() == null ? null : c.onlineDuration().toString());
                row.put(POSTAL_DURATION, c.postalDuration() == null ? null : c.postalDuration().toString());
                row.put(NO_APPOINTMENT, c.noAppointment() ? "có" : "không");
                row.put(AFTER_1500, c.after1500NextDay() ? "có" : "không");
                row.put(PAUSE, c.pausePolicy().name());
                row.put(FEE, String.valueOf(c.feeVnd()));
                StringBuilder components = new StringBuilder();
                for (Catalogue.Component k : c.components()) {
                    components.append(components.isEmpty() ? "" : "\n").append(k.code()).append(" | ").append(k.name())
                            .append(" | ").append(k.mandatory() ? "có" : "không").append(" | ").append(k.copies());
                }
                row.put(COMPONENTS, components.toString());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> stepRows(Catalogue catalogue) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Catalogue.StepTable t : catalogue.stepTables()) {
            for (InternalProcessStep s : t.process().steps()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put(PROCEDURE_CODE, t.process().procedureCode());
                row.put(FROM, t.process().effectiveFrom().toString());
                row.put(CASE_CODE, t.process().caseCode());
                row.put(ORDER, String.valueOf(s.order()));
                row.put(STEP_NAME, s.name());
                row.put(ROLE, s.role().name());
                row.put(STEP_UNIT, s.unitCode());
                row.put(SHARE, s.share().toPlainString());
                row.put(SOURCE, t.process().source());
                row.put(VERIFIED, t.verified() ? "có" : "không");
                rows.add(row);
            }
        }
        return rows;
    }

    private static byte[] csv(Map<String, String> headers, List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> fields = new ArrayList<>(headers.keySet());
        line(out, fields.stream().map(headers::get).toList());
        for (Map<String, String> row : rows) {
            line(out, fields.stream().map(f -> row.get(f) == null ? "" : row.get(f)).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            out.append(i == 0 ? "" : ",");
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains(";")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
