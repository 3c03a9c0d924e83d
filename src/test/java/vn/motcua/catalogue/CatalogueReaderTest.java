package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.StepRole;

/** The import format (docs/catalogue-import.md): three encodings, one model; every bad row and field named. */
class CatalogueReaderTest {

    static final CatalogueReader.Known KNOWN = new CatalogueReader.Known(Set.of("000.00.20.H10"),
            Set.of("000.00.20.H10", "motcua-dongxoai", "tckh-dongxoai", "chuyenvien-tckh-dongxoai"));

    static byte[] sample() throws IOException {
        try (InputStream in = CatalogueReaderTest.class.getResourceAsStream("/catalogue/sample-catalogue.json")) {
            return in.readAllBytes();
        }
    }

    static Catalogue read(byte[] upload) {
        CatalogueFormats.Tables t = CatalogueFormats.read(upload);
        return CatalogueReader.read(t.procedures(), t.steps(), KNOWN).catalogue();
    }

    @Test
    void theSampleReadsToTheSameCatalogueFromJsonCsvAndXlsx() throws IOException {
        Catalogue json = read(sample());
        assertThat(json.procedures().stream().map(Catalogue.Version::code).distinct()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(json.stepTables()).hasSizeGreaterThanOrEqualTo(50);

        assertThat(read(CatalogueWriter.csvZip(json))).isEqualTo(json);
        assertThat(read(CatalogueWriter.xlsx(json))).isEqualTo(json);
        CatalogueFormats.Tables apart = CatalogueFormats.csv(CatalogueWriter.proceduresCsv(json), CatalogueWriter.stepsCsv(json));
        assertThat(CatalogueReader.read(apart.procedures(), apart.steps(), KNOWN).catalogue()).isEqualTo(json);
        assertThat(read(CatalogueWriter.json(json))).isEqualTo(json);
    }

    @Test
    void theModelledProceduresCarryTheirDmnSharesInTheirUnit() throws IOException {
        Catalogue sample = read(sample());
        var birth = sample.stepTables().stream().filter(t -> t.process().procedureCode().equals("1.001193")).findFirst().orElseThrow();
        assertThat(birth.process().steps()).extracting(s -> s.share().toPlainString())
                .containsExactly("0.4", "4.8", "2.4", "0.4");   // 8 working hours: 60 % and 30 % of the DMN
        var household = sample.stepTables().stream().filter(t -> t.process().procedureCode().equals("1.001612")
                && t.process().effectiveFrom().equals(LocalDate.of(2025, 7, 1))).findFirst().orElseThrow();
        assertThat(household.process().steps()).extracting(s -> s.share().toPlainString())
                .containsExactly("0.3", "1.5", "0.45", "0.45", "0.3");
        assertThat(household.process().totalShare()).isEqualByComparingTo("3");
    }

    static final String CSV_HEADER = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Mức độ dịch vụ công trực tuyến;"
            + "Ngày hiệu lực;Nguồn;Mã trường hợp;Trường hợp;Thời hạn giải quyết;Đơn vị thời hạn;Khi bổ sung hồ sơ;"
            + "Phí, lệ phí (đồng);Thành phần hồ sơ\r\n";
    static final String STEP_HEADER = "Mã thủ tục;Mã trường hợp;Bước;Nội dung công việc;Vai trò;Đơn vị thực hiện;Thời gian thực hiện\r\n";

    @Test
    void vietnameseWordsCommasAndDatesAsProvincesWriteThemReadLikeTheJson() {
        String procedures = CSV_HEADER
                + "1.001612;Đăng ký thành lập hộ kinh doanh;Hộ kinh doanh;Cấp xã;000.00.20.H10;Toàn trình;01/07/2025;"
                + "QĐ 1/QĐ-UBND;TH1;Thành lập;3;ngày làm việc;Tính lại từ đầu;100.000;"
                + "\"GIAY_DE_NGHI | Giấy đề nghị | có\nUY_QUYEN | Văn bản ủy quyền | không | 2\"\r\n";
        String steps = STEP_HEADER
                + "1.001612;TH1;1;Tiếp nhận;Một cửa;motcua-dongxoai;0,5\r\n"
                + "1.001612;TH1;2;Thẩm định;Chuyên viên;tckh-dongxoai;1,5\r\n"
                + "1.001612;TH1;3;Ký;Người ký;;0,5\r\n"
                + "1.001612;TH1;4;Trả kết quả;Trả kết quả;;0,5\r\n";
        CatalogueFormats.Tables t = CatalogueFormats.csv(utf8(procedures), utf8(steps));
        Catalogue c = CatalogueReader.read(t.procedures(), t.steps(), KNOWN).catalogue();

        Catalogue.Version v = c.procedures().get(0);
        assertThat(v.level()).isEqualTo(AgencyLevel.COMMUNE);
        assertThat(v.onlineServiceType()).isEqualTo(OnlineServiceType.FULL);
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(v.agency()).isEqualTo("000.00.20.H10");
        Catalogue.Case c1 = v.cases().get(0);
        assertThat(c1.unit()).isEqualTo(WorkingTimeUnit.WORKING_DAYS);
        assertThat(c1.pausePolicy()).isEqualTo(PausePolicy.RESTART);
        assertThat(c1.feeVnd()).isEqualTo(100_000);
        assertThat(c1.components()).containsExactly(new Catalogue.Component("GIAY_DE_NGHI", "Giấy đề nghị", true, 1),
                new Catalogue.Component("UY_QUYEN", "Văn bản ủy quyền", false, 2));
        var table = c.stepTables().get(0).process();
        assertThat(table.steps()).extracting(s -> s.role()).containsExactly(StepRole.INTAKE, StepRole.HANDLER,
                StepRole.SIGNER, StepRole.RETURN);
        assertThat(table.steps().get(1).share()).isEqualTo(new BigDecimal("1.5"));
        assertThat(table.steps().get(1).unitCode()).isEqualTo("tckh-dongxoai");

        assertThat(read(CatalogueWriter.json(c))).isEqualTo(c);
    }

    @Test
    void everyBadRowAndFieldIsNamedAtOnce() {
        String procedures = CSV_HEADER
                + "1.001612;Hộ kinh doanh;;Cấp xã;999.99.99.X;Toàn trình;31/02/2025;QĐ 1;TH1;Thành lập;ba;ngày làm việc;;;"
                + "GIAY | Giấy đề nghị\r\n"
                + "1.001612;Hộ kinh doanh;;Cấp xã;999.99.99.X;Toàn trình;31/02/2025;QĐ 1;TH1;Thành lập;3;tuần;;;\r\n"
                + "2.000720;Thay đổi;;Cấp xã;;Một phần;2025-07-01;QĐ 2;TH1;Thay đổi;3;ngày làm việc;;;"
                + "GIAY | Thông báo\r\n"
                + "2.000720;Thay đổi;;Cấp xã;;Một phần;2025-07-01;QĐ 2;TH1;Thay đổi lần hai;3;ngày làm việc;;;"
                + "GIAY | Thông báo\r\n"
                + "1.000894;Kết hôn;;Cấp xã;;Một phần;2025-07-01;;TH1;Kết hôn;8;giờ làm việc;;;\r\n";
        String steps = STEP_HEADER
                + "2.000720;TH1;1;Tiếp nhận;Thủ quỹ;phong-khong-co;0,5\r\n"
                + "2.000720;TH1;3;Thẩm định;Chuyên viên;;1\r\n";
        CatalogueFormats.Tables t = CatalogueFormats.csv(utf8(procedures), utf8(steps));
        assertThatThrownBy(() -> CatalogueReader.read(t.procedures(), t.steps(), KNOWN))
                .isInstanceOfSatisfying(InvalidCatalogue.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::field)
                        .contains(
                                "thu-tuc.csv!2 Ngày hiệu lực",          // 31/02 is no date
                                "thu-tuc.csv!3 Ngày hiệu lực",
                                "thu-tuc.csv!5 Mã trường hợp",          // TH1 twice in one version
                                "thu-tuc.csv!6 Nguồn",                  // no source
                                "thu-tuc.csv!6 Thành phần hồ sơ",       // no components
                                "quy-trinh-noi-bo.csv!2 Vai trò",       // unknown role
                                "quy-trinh-noi-bo.csv!2 Đơn vị thực hiện"));  // unknown unit
    }

    @Test
    void badNumbersUnknownAgencyAndUnitAreNamed() {
        String procedures = CSV_HEADER
                + "1.001612;Hộ kinh doanh;;Cấp xã;999.99.99.X;Toàn trình;2025-07-01;QĐ 1;TH1;Thành lập;ba;tuần;;mười nghìn;"
                + "GIAY | Giấy đề nghị | chắc | 0\r\n";
        CatalogueFormats.Tables t = CatalogueFormats.csv(utf8(procedures), null);
        assertThatThrownBy(() -> CatalogueReader.read(t.procedures(), t.steps(), KNOWN))
                .isInstanceOfSatisfying(InvalidCatalogue.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::field)
                        .contains("thu-tuc.csv!2 Cơ quan thực hiện", "thu-tuc.csv!2 Thời hạn giải quyết",
                                "thu-tuc.csv!2 Đơn vị thời hạn", "thu-tuc.csv!2 Phí, lệ phí (đồng)",
                                "thu-tuc.csv!2 Thành phần hồ sơ (dòng 1)"));
    }

    @Test
    void anInterAgencyStepNamesThePartnerRoleOfTheRoutingNotAProvinceUnit() {
        String procedures = CSV_HEADER
                + "1.001612;Đăng ký thành lập hộ kinh doanh;Hộ kinh doanh;Cấp xã;000.00.20.H10;Toàn trình;01/07/2025;"
                + "QĐ 1/QĐ-UBND;TH1;Thành lập;4;ngày làm việc;Tính lại từ đầu;0;GIAY_DE_NGHI | Giấy đề nghị | có\r\n"
                + "1.001612;Đăng ký thành lập hộ kinh doanh;Hộ kinh doanh;Cấp xã;000.00.20.H10;Toàn trình;01/07/2025;"
                + "QĐ 1/QĐ-UBND;TH2;Thay đổi;4;ngày làm việc;Tính lại từ đầu;0;GIAY_DE_NGHI | Giấy đề nghị | có\r\n";
        String table = "1.001612;%s;1;Tiếp nhận;Một cửa;motcua-dongxoai;0,5\r\n"
                + "1.001612;%s;2;Thẩm định;Chuyên viên;tckh-dongxoai;1,5\r\n"
                + "1.001612;%s;3;Xác định nghĩa vụ tài chính;Liên thông;%s;1\r\n"
                + "1.001612;%s;4;Ký;Người ký;;0,5\r\n"
                + "1.001612;%s;5;Trả kết quả;Trả kết quả;;0,5\r\n";
        // the second table names a province unit on its inter-agency step (row 9 of the sheet)
        String bad = STEP_HEADER + table.formatted("TH1", "TH1", "TH1", "THUE", "TH1", "TH1")
                + table.formatted("TH2", "TH2", "TH2", "tckh-dongxoai", "TH2", "TH2");
        CatalogueFormats.Tables t = CatalogueFormats.csv(utf8(procedures), utf8(bad));
        assertThatThrownBy(() -> CatalogueReader.read(t.procedures(), t.steps(), KNOWN))
                .isInstanceOfSatisfying(InvalidCatalogue.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::field).containsExactly("quy-trinh-noi-bo.csv!9 Đơn vị thực hiện"));

        String fixed = STEP_HEADER + table.formatted("TH1", "TH1", "TH1", "THUE", "TH1", "TH1")
                + table.formatted("TH2", "TH2", "TH2", "CONG_AN", "TH2", "TH2");
        CatalogueFormats.Tables ok = CatalogueFormats.csv(utf8(procedures), utf8(fixed));
        Catalogue c = CatalogueReader.read(ok.procedures(), ok.steps(), KNOWN).catalogue();
        assertThat(c.stepTables()).extracting(s -> s.process().steps().get(2).unitCode()).containsExactly("THUE", "CONG_AN");
    }

    @Test
    void sharesMustAddUpExactlyToTheLegalTimeOfTheCase() {
        String procedures = CSV_HEADER + "1.001612;Hộ kinh doanh;;Cấp xã;;Toàn trình;2025-07-01;QĐ 1;TH1;Thành lập;3;"
                + "ngày làm việc;;;GIAY | Giấy đề nghị\r\n";
        String steps = STEP_HEADER + "1.001612;TH1;1;Tiếp nhận;Một cửa;;0,5\r\n1.001612;TH1;2;Thẩm định;Chuyên viên;;2,499\r\n";
        CatalogueFormats.Tables t = CatalogueFormats.csv(utf8(procedures), utf8(steps));
        assertThatThrownBy(() -> CatalogueReader.read(t.procedures(), t.steps(), KNOWN))
                .isInstanceOfSatisfying(InvalidCatalogue.class, e -> {
                    assertThat(e.problems()).extracting(CatalogueProblem::field).containsExactly("quy-trinh-noi-bo.csv!3 Thời gian thực hiện");
                    assertThat(e.problems().get(0).message()).contains("2.999", "3 ngày làm việc");
                });
    }

    @Test
    void aDuplicateVersionInJsonAndAnUnknownFieldAreNamed() {
        String json = """
                {"procedures": [
                  {"code": "1.001612", "name": "A", "level": "COMMUNE", "onlineServiceType": "FULL", "effectiveFrom": "2025-07-01",
                   "source": "s", "cases": [{"code": "TH1", "name": "A", "duration": 3, "unit": "WORKING_DAYS",
                   "components": [{"code": "G", "name": "Giấy"}]}]},
                  {"code": "1.001612", "name": "A", "level": "COMMUNE", "onlineServiceType": "FULL", "effectiveFrom": "2025-07-01",
                   "source": "s", "colour": "red", "cases": [{"code": "TH1", "name": "A", "duration": 3, "unit": "WORKING_DAYS",
                   "components": [{"code": "G", "name": "Giấy"}]}]}
                ]}""";
        assertThatThrownBy(() -> read(utf8(json))).isInstanceOfSatisfying(InvalidCatalogue.class,
                e -> assertThat(e.problems()).extracting(CatalogueProblem::field).containsExactly("procedures!2 colour"));
        String duplicate = json.replace("\"colour\": \"red\", ", "");
        assertThatThrownBy(() -> read(utf8(duplicate))).isInstanceOfSatisfying(InvalidCatalogue.class,
                e -> assertThat(e.problems()).extracting(CatalogueProblem::field).containsExactly("procedures!2 effectiveFrom"));
    }

    @Test
    void aFormulaCellIsRefusedNotEvaluated() throws IOException {
        Catalogue sample = read(sample());
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(CatalogueWriter.xlsx(sample)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet(Sheets.PROCEDURES).getRow(1).getCell(13).setCellFormula("1+2");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThatThrownBy(() -> read(xlsx)).isInstanceOfSatisfying(InvalidCatalogue.class,
                e -> assertThat(e.problems()).extracting(CatalogueProblem::field).contains("Thủ tục!2 N2"));
    }

    @Test
    void aZipMayHoldOnlyTheTwoFilesAtItsRoot() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../thu-tuc.csv"));
            zip.write(utf8(CSV_HEADER));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOfSatisfying(InvalidCatalogue.class,
                e -> assertThat(e.problems().get(0).message()).contains("../../thu-tuc.csv"));
    }

    @Test
    void aMisspeltOrMissingColumnIsNamed() {
        String procedures = "Mã thủ tục;Tên thủ tuc;Cấp thực hiện\r\n1.001612;A;Cấp xã\r\n";
        assertThatThrownBy(() -> CatalogueFormats.csv(utf8(procedures), null)).isInstanceOfSatisfying(InvalidCatalogue.class,
                e -> assertThat(e.problems()).extracting(CatalogueProblem::field)
                        .contains("thu-tuc.csv!1 Tên thủ tuc", "thu-tuc.csv!1 Tên thủ tục", "thu-tuc.csv!1 Thời hạn giải quyết"));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
