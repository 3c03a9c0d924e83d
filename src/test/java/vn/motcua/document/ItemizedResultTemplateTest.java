package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The result documents of the procedures that print their fields as items. */
class ItemizedResultTemplateTest {

    static ResultData data(String procedure, Map<String, Object> fields) {
        return new ResultData(procedure, "000.20.31.H10-261128-0003", "UBND phường Tân Phú", null, "Tân Phú",
                LocalDate.of(2026, 11, 28), null, "Dương Văn Phát", fields);
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void shouldPrintABirthCertificateWithWordsForCodes() throws Exception {
        ResultTemplate birth = ResultTemplateCatalog.shipped("1.001193");
        String text = text(birth.render(data("1.001193", Map.of("registerEntry", "Quyển 01/2026, số 120", "childName", "Nguyễn Ngọc Bảo Anh",
                "childBirthDate", "2026-11-20", "childSex", "FEMALE", "birthPlace", "Bệnh viện đa khoa tỉnh Bình Phước",
                "childPersonalId", "079226001120", "applicantName", "Nguyễn Văn Khoa"))));
        assertThat(text).contains("GIẤY KHAI SINH", "Nguyễn Ngọc Bảo Anh", "Giới tính: Nữ", "000.20.31.H10-261128-0003",
                "Dương Văn Phát", "Độc lập - Tự do - Hạnh phúc");
        assertThat(text).doesNotContain("FEMALE");
    }

    static Map<String, Object> judicialRecord(String status) {
        return Map.of("certificateNumber", "LLTP-0333/2026", "applicantName", "Trần Thị Mai", "birthDate", "1990-01-30",
                "applicantIdNumber", "079190000333", "applicantAddress", "Phường Tân Phú", "criminalRecordStatus", status,
                "certificateType", "1", "purpose", "Xin việc làm");
    }

    /**
     * Issue 14 review: the judicial record certificate's number (typed at appraisal) stands where the legal form puts
     * it, after "Số:" under the issuing authority (forms of Circular 13/2011/TT-BTP as amended, last by Circular
     * 06/2024/TT-BTP), not as an item; the criminal-record status chosen at appraisal is printed in words. The text is
     * read back with pdfbox, in reading order.
     */
    @Test
    void shouldPrintTheJudicialRecordNumberInTheHeaderAndTheCriminalRecordStatus() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("3.000333").render(data("3.000333", judicialRecord("none"))));
        assertThat(text).contains("Số: LLTP-0333/2026", "Tình trạng án tích: Không có án tích",
                "Loại phiếu: Phiếu lý lịch tư pháp số 1");
        assertThat(text.indexOf("Số: LLTP-0333/2026")).as("the number is in the header, above the title")
                .isLessThan(text.indexOf("PHIẾU LÝ LỊCH TƯ PHÁP"));
        assertThat(text).doesNotContain("Số phiếu lý lịch tư pháp:").doesNotContain("none");
        assertThat(text(ResultTemplateCatalog.shipped("3.000333").render(data("3.000333", judicialRecord("hasConvictions")))))
                .contains("Tình trạng án tích: Có án tích").doesNotContain("Không có án tích");
        assertThat(text(ResultTemplateCatalog.shipped("2.000488").render(data("2.000488", judicialRecord("none")))))
                .as("the version before 01/07/2025 states it too").contains("Tình trạng án tích: Không có án tích");
    }

    @Test
    void shouldNotSignAJudicialRecordCertificateWithoutItsStatus() {
        Map<String, Object> fields = new java.util.HashMap<>(judicialRecord("none"));
        fields.remove("criminalRecordStatus");
        assertThatThrownBy(() -> ResultTemplateCatalog.shipped("3.000333").render(data("3.000333", fields)))
                .hasMessageContaining("criminalRecordStatus");
        assertThat(ResultTemplateCatalog.shipped("3.000333").fields()).extracting(ResultField::name)
                .as("the signing step asks for both").contains("certificateNumber", "criminalRecordStatus");
    }

    /** Issue 14 review: the birth certificate prints the register entry and the parents the start form collects. */
    @Test
    void shouldPrintTheRegisterEntryAndTheParentsOnTheBirthCertificate() throws Exception {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("registerEntry", "Quyển 01/2026, số 193",
                "childName", "Nguyễn Minh Khang", "childBirthDate", "2026-11-01", "childSex", "MALE",
                "birthPlace", "Bệnh viện tỉnh Bình Phước", "childPersonalId", "079226001193", "motherName", "Lê Thị Thu",
                "fatherName", "Nguyễn Văn An", "applicantName", "Nguyễn Văn An"));
        String text = text(ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", fields)));
        assertThat(text).contains("1. Số, quyển sổ đăng ký khai sinh: Quyển 01/2026, số 193",
                "Họ, chữ đệm, tên người mẹ: Lê Thị Thu", "Họ, chữ đệm, tên người cha: Nguyễn Văn An");
        fields.remove("fatherName");
        String unknownFather = text(ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", fields)));
        assertThat(unknownFather.lines().map(String::strip))
                .as("a father who is not known leaves his line blank, it does not stop the signing")
                .contains("8. Họ, chữ đệm, tên người cha:", "9. Người đi đăng ký khai sinh: Nguyễn Văn An");
        fields.remove("registerEntry");
        assertThatThrownBy(() -> ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", fields)))
                .hasMessageContaining("registerEntry");
    }

    @Test
    void shouldPrintTheConstructionPermitsNumberTypedWhenDrafting() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("1.013225").render(data("1.013225", Map.of(
                "permitNumber", "GPXD-13225/2026", "applicantName", "Lê Văn Hải", "applicantAddress", "Phường Tân Phú",
                "constructionAddress", "45 Hùng Vương", "landParcel", "Thửa 12, tờ 3", "floorArea", 180.5, "floors", 3))));
        assertThat(text).contains("1. Số giấy phép xây dựng: GPXD-13225/2026", "Số tầng: 3");
    }

    @Test
    void shouldPrintTheLandCertificatesSerialTypedWhenDrafting() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("1.013978").render(data("1.013978", Map.of(
                "applicantName", "Phạm Văn Bình", "applicantIdNumber", "079113978001", "parcelAddress", "Ấp 2, xã Tiến Hưng",
                "landParcel", "Thửa 7, tờ 9", "landArea", 250, "landUse", "Đất ở tại đô thị", "certificateSerial", "DA013978",
                "applicantAddress", "Ấp 3, xã Tiến Hưng"))));
        assertThat(text).contains("8. Số phát hành (số seri) giấy chứng nhận: DA013978", "Diện tích (m²): 250",
                "3. Địa chỉ: Ấp 3, xã Tiến Hưng");
    }

    @Test
    void shouldPrintTheChildsPersonalIdOnTheBirthCertificate() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", Map.of("registerEntry", "Quyển 01/2026, số 193", "childName", "Nguyễn Minh Khang",
                "childBirthDate", "2026-11-01", "childSex", "MALE", "birthPlace", "Bệnh viện tỉnh Bình Phước",
                "childPersonalId", "079226001193", "applicantName", "Nguyễn Văn An"))));
        assertThat(text).contains("6. Số định danh cá nhân: 079226001193", "Giới tính: Nam");
    }

    @Test
    void shouldRefuseToRenderWithoutTheTypedNumberRatherThanPrintABlank() {
        assertThatThrownBy(() -> ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", Map.of("registerEntry", "Q1, số 1", "childName", "A",
                "childBirthDate", "2026-11-01", "childSex", "MALE", "birthPlace", "B", "childPersonalId", " ",
                "applicantName", "C")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("childPersonalId");
    }

    @Test
    void shouldPrintWholeNumbersWithoutDecimals() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("1.009974").render(data("1.009974", Map.of("applicantName", "Lê Văn Hải",
                "applicantAddress", "Phường Tân Phú", "constructionAddress", "Số 8, đường Lê Duẩn", "landParcel", "Thửa 112, tờ 9",
                "floorArea", 180.0, "floors", 3))));
        assertThat(text).contains("GIẤY PHÉP XÂY DỰNG", "Tổng diện tích sàn (m²): 180", "Số tầng: 3");
    }

    @Test
    void shouldNameAMissingField() {
        assertThatThrownBy(() -> ResultTemplateCatalog.shipped("1.004227").render(data("1.004227", Map.of("applicantName", "A"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
    }

    @Test
    void shouldReadEveryVersionOfTheShippedWordingWithItsSource() {
        assertThat(ResultTemplateCatalog.shipped()).extracting(ResultTemplate::procedureCode)
                .containsExactlyInAnyOrder("2.000488", "3.000333", "1.009974", "1.013225", "1.004227", "1.013978", "1.001193");
        assertThat(ResultTemplateCatalog.shipped("3.000333").signerTitle(data("3.000333", Map.of()))).isEqualTo("GIÁM ĐỐC CÔNG AN TỈNH");
    }

    @Test
    void shouldNameTheEntryAndFieldOfABadDataFile() {
        assertThatThrownBy(() -> read("{\"templates\":[{\"procedureCode\":\"1.001193\",\"effectiveFrom\":\"2019-01-01\","
                + "\"title\":\"Giấy khai sinh\",\"fileStem\":\"gks\",\"signerTitle\":\"CHỦ TỊCH\",\"fields\":[],"
                + "\"source\":\"Law\"}]}")).hasMessageContaining("templates[0]").hasMessageContaining("fields");
        assertThatThrownBy(() -> read("{\"templates\":[{\"procedureCode\":\"1.001193\",\"effectiveFrom\":\"2019-01-01\","
                + "\"title\":\"Giấy khai sinh\",\"fileStem\":\"gks\",\"signerTitle\":\"CHỦ TỊCH\","
                + "\"fields\":[{\"name\":\"childName\",\"label\":\"Họ tên\"}]}]}"))
                .hasMessageContaining("templates[0]").hasMessageContaining("source");
        assertThatThrownBy(() -> read("{\"templates\":[{\"procedureCode\":\"1.001193\",\"titel\":\"x\"}]}"))
                .as("a misspelt key is refused").hasMessageContaining("titel");
    }

    private static java.util.List<ResultTemplate> read(String json) {
        return ResultTemplateCatalog.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "test.json");
    }
}
