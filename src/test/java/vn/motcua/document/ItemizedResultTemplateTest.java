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
        String text = text(birth.render(data("1.001193", Map.of("childName", "Nguyễn Ngọc Bảo Anh",
                "childBirthDate", "2026-11-20", "childSex", "FEMALE", "birthPlace", "Bệnh viện đa khoa tỉnh Bình Phước",
                "childPersonalId", "079226001120", "applicantName", "Nguyễn Văn Khoa"))));
        assertThat(text).contains("GIẤY KHAI SINH", "Nguyễn Ngọc Bảo Anh", "Giới tính: Nữ", "000.20.31.H10-261128-0003",
                "Dương Văn Phát", "Độc lập - Tự do - Hạnh phúc");
        assertThat(text).doesNotContain("FEMALE");
    }

    /**
     * Issue 14: the number the staff type on a later form (appraisal, drafting) is printed on the current version's
     * result under the label of the wording file; the text is read back with pdfbox.
     */
    @Test
    void shouldPrintTheJudicialRecordCertificatesNumberTypedAtAppraisal() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("3.000333").render(data("3.000333", Map.of(
                "certificateNumber", "LLTP-0333/2026", "applicantName", "Trần Thị Mai", "birthDate", "1990-01-30",
                "applicantIdNumber", "079190000333", "applicantAddress", "Phường Tân Phú", "certificateType", "1",
                "purpose", "Xin việc làm"))));
        assertThat(text).contains("1. Số phiếu lý lịch tư pháp: LLTP-0333/2026", "Loại phiếu: Phiếu lý lịch tư pháp số 1");
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
                "landParcel", "Thửa 7, tờ 9", "landArea", 250, "landUse", "Đất ở tại đô thị", "certificateSerial", "DA013978"))));
        assertThat(text).contains("7. Số phát hành (số seri) giấy chứng nhận: DA013978", "Diện tích (m²): 250");
    }

    @Test
    void shouldPrintTheChildsPersonalIdOnTheBirthCertificate() throws Exception {
        String text = text(ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", Map.of("childName", "Nguyễn Minh Khang",
                "childBirthDate", "2026-11-01", "childSex", "MALE", "birthPlace", "Bệnh viện tỉnh Bình Phước",
                "childPersonalId", "079226001193", "applicantName", "Nguyễn Văn An"))));
        assertThat(text).contains("5. Số định danh cá nhân: 079226001193", "Giới tính: Nam");
    }

    @Test
    void shouldRefuseToRenderWithoutTheTypedNumberRatherThanPrintABlank() {
        assertThatThrownBy(() -> ResultTemplateCatalog.shipped("1.001193").render(data("1.001193", Map.of("childName", "A",
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
