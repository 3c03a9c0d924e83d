package vn.motcua.document;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The result documents of the procedures that print their fields as items. Each field is a process
 * variable the procedure's forms fill (see the start forms in {@code forms/}).
 */
@Configuration(proxyBeanMethods = false)
class ResultTemplateCatalog {

    @Bean
    ResultTemplate judicialRecordCertificate() {
        return judicialRecord("2.000488", "GIÁM ĐỐC SỞ TƯ PHÁP");
    }

    /** Since 01/07/2025 (3.000333) the provincial police issue the certificate. */
    @Bean
    ResultTemplate judicialRecordCertificate2025() {
        return judicialRecord("3.000333", "GIÁM ĐỐC CÔNG AN TỈNH");
    }

    private static ResultTemplate judicialRecord(String code, String signer) {
        return new ItemizedResultTemplate(code, "Phiếu lý lịch tư pháp", "phieu-ly-lich-tu-phap",
                signer, List.of(
                        new ResultField("applicantName", "Họ và tên"),
                        new ResultField("birthDate", "Ngày, tháng, năm sinh"),
                        new ResultField("applicantIdNumber", "Số định danh cá nhân"),
                        new ResultField("applicantAddress", "Nơi cư trú"),
                        new ResultField("certificateType", "Loại phiếu"),
                        new ResultField("purpose", "Mục đích sử dụng")),
                Map.of("certificateType", Map.of("1", "Phiếu lý lịch tư pháp số 1", "2", "Phiếu lý lịch tư pháp số 2")));
    }

    @Bean
    ResultTemplate constructionPermit() {
        return constructionPermit("1.009974");
    }

    /** Since 01/07/2025 (1.013225) issued by the commune. */
    @Bean
    ResultTemplate constructionPermit2025() {
        return constructionPermit("1.013225");
    }

    private static ResultTemplate constructionPermit(String code) {
        return new ItemizedResultTemplate(code, "Giấy phép xây dựng", "giay-phep-xay-dung",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN", List.of(
                        new ResultField("applicantName", "Cấp cho"),
                        new ResultField("applicantAddress", "Địa chỉ"),
                        new ResultField("constructionAddress", "Được phép xây dựng công trình nhà ở riêng lẻ tại"),
                        new ResultField("landParcel", "Thửa đất"),
                        new ResultField("floorArea", "Tổng diện tích sàn (m²)"),
                        new ResultField("floors", "Số tầng")), Map.of());
    }

    @Bean
    ResultTemplate firstLandUseCertificate() {
        return firstLandUse("1.004227");
    }

    /** Since 01/07/2025 (1.013978) received and resolved at the commune. */
    @Bean
    ResultTemplate firstLandUseCertificate2025() {
        return firstLandUse("1.013978");
    }

    private static ResultTemplate firstLandUse(String code) {
        return new ItemizedResultTemplate(code,
                "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "giay-chung-nhan-qsdd",
                "GIÁM ĐỐC VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", List.of(
                        new ResultField("applicantName", "Người sử dụng đất"),
                        new ResultField("applicantIdNumber", "Số định danh cá nhân"),
                        new ResultField("parcelAddress", "Địa chỉ thửa đất"),
                        new ResultField("landParcel", "Thửa đất số, tờ bản đồ số"),
                        new ResultField("landArea", "Diện tích (m²)"),
                        new ResultField("landUse", "Mục đích sử dụng")), Map.of());
    }

    @Bean
    ResultTemplate birthCertificate() {
        return new ItemizedResultTemplate("1.001193", "Giấy khai sinh", "giay-khai-sinh",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN", List.of(
                        new ResultField("childName", "Họ, chữ đệm, tên"),
                        new ResultField("childBirthDate", "Ngày, tháng, năm sinh"),
                        new ResultField("childSex", "Giới tính"),
                        new ResultField("birthPlace", "Nơi sinh"),
                        new ResultField("applicantName", "Người đi đăng ký khai sinh")),
                Map.of("childSex", Map.of("MALE", "Nam", "FEMALE", "Nữ")));
    }
}
