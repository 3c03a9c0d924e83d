package vn.motcua.dossier;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The JSON part {@code dossier} of a submission. The files come as further parts, each named by the
 * component code it carries (e.g. {@code GIAY_DE_NGHI}).
 */
@Schema(description = "Hồ sơ nộp: phần JSON 'dossier' của yêu cầu multipart; các tệp là các phần khác, tên phần = mã thành phần hồ sơ")
record SubmissionRequest(
        @Schema(example = "000.00.20.H10", description = "Mã định danh cơ quan giải quyết hồ sơ (tiền tố mã hồ sơ)")
        @NotBlank(message = "Mã cơ quan là bắt buộc") @Size(max = 64) String agencyCode,
        @Schema(example = "1.001612", description = "Mã thủ tục hành chính")
        @NotBlank(message = "Mã thủ tục là bắt buộc") @Size(max = 32) String procedureCode,
        @Schema(example = "TH1", description = "Mã trường hợp; có thể bỏ trống khi thủ tục chỉ có một trường hợp")
        @Size(max = 64) String caseCode,
        @Schema(description = "COUNTER: tại bộ phận một cửa, POST: qua bưu chính, ONLINE: trực tuyến")
        @NotNull(message = "Kênh nộp là bắt buộc (COUNTER, POST hoặc ONLINE)") Channel channel,
        @NotNull(message = "Thông tin người nộp là bắt buộc") @Valid ApplicantRequest applicant,
        @Size(max = 1000, message = "Trích yếu tối đa 1000 ký tự") String summary,
        @Schema(description = "Dữ liệu của thủ tục (biểu mẫu điện tử): các trường của biểu mẫu khởi tạo của thủ tục, "
                + "trừ thông tin người nộp, trích yếu và kênh nộp; bắt buộc khi nộp trực tuyến. Xem docs/api.md",
                example = "{\"businessName\":\"Tạp hóa An\",\"businessAddress\":\"Phường Tân Phú\","
                        + "\"businessLine\":\"Bán lẻ tạp hóa\",\"capital\":50000000}")
        Map<String, Object> data,
        @Schema(example = "000.00.00.H10", description = "Mã cơ quan có trung tâm phục vụ hành chính công (bộ phận một cửa) "
                + "đã tiếp nhận hồ sơ, khi khác cơ quan giải quyết (từ 01/07/2025). Bỏ trống: bộ phận một cửa của người "
                + "nộp nếu bộ phận đó tiếp nhận cho cơ quan giải quyết, nếu không thì chính cơ quan giải quyết")
        @Size(max = 64, message = "Mã cơ quan tiếp nhận tối đa 64 ký tự") String receivingAgencyCode) {

    /** The applicant and the proxy who files on their behalf. */
    record ApplicantRequest(
            @NotBlank(message = "Họ tên người nộp là bắt buộc") @Size(max = 255, message = "Họ tên tối đa 255 ký tự") String name,
            @Schema(example = "079123456789")
            @NotBlank(message = "Số định danh cá nhân là bắt buộc")
            @Pattern(regexp = Formats.CITIZEN_ID, message = "Số định danh cá nhân phải gồm đúng 12 chữ số") String idNumber,
            @Pattern(regexp = Formats.TAX_CODE, message = "Mã số thuế phải gồm 10 hoặc 13 chữ số") String taxCode,
            @Schema(example = "0912345678")
            @Pattern(regexp = Formats.PHONE, message = "Số điện thoại không đúng định dạng Việt Nam (di động 0xxxxxxxxx hoặc cố định 02xxxxxxxxx)") String phone,
            @Email(regexp = Formats.EMAIL, message = "Địa chỉ thư điện tử không hợp lệ") @Size(max = 255) String email,
            @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự") String address,
            @Size(max = 255, message = "Họ tên người được ủy quyền tối đa 255 ký tự") String proxyName,
            @Pattern(regexp = Formats.CITIZEN_ID, message = "Số định danh của người được ủy quyền phải gồm đúng 12 chữ số") String proxyIdNumber) {

        Applicant toApplicant() {
            return new Applicant(name.trim(), idNumber, blank(taxCode), blank(phone), blank(email), blank(address),
                    blank(proxyName), blank(proxyIdNumber));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
