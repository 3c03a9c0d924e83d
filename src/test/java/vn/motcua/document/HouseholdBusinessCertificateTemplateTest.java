package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HouseholdBusinessCertificateTemplateTest {

    private final HouseholdBusinessCertificateTemplate template = new HouseholdBusinessCertificateTemplate();

    static Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("registrationNumber", "44A8000001");
        fields.put("businessName", "Hộ kinh doanh Nguyễn Thị Hường");
        fields.put("businessAddress", "Số 5 đường Phú Riềng Đỏ, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước");
        fields.put("businessLine", "Bán lẻ hàng tạp hóa; dịch vụ ăn uống");
        fields.put("capital", 50_000_000);
        fields.put("applicantName", "Nguyễn Thị Hường");
        fields.put("applicantIdNumber", "070190001234");
        return fields;
    }

    static ResultData data(Map<String, Object> fields) {
        return new ResultData("1.001612", "000.00.20.H10-190205-0001", "UBND thành phố Đồng Xoài",
                "Phòng Tài chính - Kế hoạch thành phố Đồng Xoài", "Đồng Xoài", LocalDate.of(2019, 2, 5), null,
                "Phạm Văn Hùng", fields);
    }

    @Test
    void shouldPrintTheCertificateInVietnamese() {
        byte[] pdf = template.render(data(fields()));
        PdfProbe.keep("giay-chung-nhan-dkhkd", pdf);

        String text = PdfProbe.text(pdf);
        assertThat(PdfProbe.pages(pdf)).hasSize(1);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND THÀNH PHỐ ĐỒNG XOÀI", "PHÒNG TÀI CHÍNH - KẾ HOẠCH THÀNH PHỐ ĐỒNG XOÀI",
                "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "Mã số hộ kinh doanh: 44A8000001",
                "Đăng ký lần đầu: ngày 05 tháng 02 năm 2019", "HỘ KINH DOANH NGUYỄN THỊ HƯỜNG",
                "Bán lẻ hàng tạp hóa; dịch vụ ăn uống", "50.000.000 đồng", "NGUYỄN THỊ HƯỜNG", "070190001234",
                "Đồng Xoài, ngày 05 tháng 02 năm 2019", "Phạm Văn Hùng");
        assertThat(text).as("no residence in the data: no empty line for it").doesNotContain("Nơi cư trú");
    }

    /** Issue 14 review: the owner's residence the start form collects is printed under the owner when there is one. */
    @Test
    void shouldPrintTheOwnersResidenceWhenTheDossierHasOne() {
        Map<String, Object> fields = fields();
        fields.put("applicantAddress", "Phường Tân Phú, thành phố Đồng Xoài");
        assertThat(PdfProbe.text(template.render(data(fields)))).contains("Nơi cư trú: Phường Tân Phú, thành phố Đồng Xoài");
    }

    @Test
    void shouldNameTheMissingField() {
        Map<String, Object> fields = fields();
        fields.remove("businessLine");
        assertThatThrownBy(() -> template.render(data(fields))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("businessLine");
        fields.put("businessLine", "Bán lẻ");
        fields.put("capital", "năm mươi triệu");
        assertThatThrownBy(() -> template.render(data(fields))).hasMessageContaining("capital");
    }

    @Test
    void shouldBeFoundByProcedureCodeWithAnAsciiFileName() {
        ResultTemplates templates = new ResultTemplates(List.of(template),
                new org.springframework.core.io.ClassPathResource(ResultTemplates.SHIPPED),
                new org.springframework.core.io.ClassPathResource(RefusalNotices.SHIPPED));
        assertThat(templates.require("1.001612").fields()).extracting(ResultField::name)
                .contains("registrationNumber", "businessName", "capital", "applicantIdNumber");
        assertThat(template.fileName(data(fields()))).isEqualTo("giay-chung-nhan-dkhkd-000.00.20.H10-190205-0001.pdf");
        assertThat(templates.require("1.001193").title()).as("itemized templates come from the data file")
                .isEqualTo("Giấy khai sinh");
        assertThatThrownBy(() -> templates.require("1.000000")).hasMessageContaining("1.000000");
    }
}
