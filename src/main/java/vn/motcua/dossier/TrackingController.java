package vn.motcua.dossier;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Public tracking of a dossier by its code and the applicant's ID number; anonymous. */
@RestController
@Tag(name = "Tra cứu công khai", description = "Không cần đăng nhập")
class TrackingController {

    private final DossierQueries queries;

    TrackingController(DossierQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Tra cứu tình trạng hồ sơ", description = "Chỉ trả về trạng thái, bước hiện tại và ngày hẹn trả. "
            + "Sai mã hồ sơ hay sai số định danh đều nhận cùng một câu trả lời 404.")
    @ApiResponse(responseCode = "404", description = "Không tìm thấy hồ sơ với thông tin đã nhập",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/public/tracking")
    DossierQueries.Tracking track(
            @RequestParam @NotBlank(message = "Mã hồ sơ là bắt buộc") @Size(max = 64, message = "Mã hồ sơ tối đa 64 ký tự") String code,
            @RequestParam @Pattern(regexp = Formats.CITIZEN_ID, message = "Số định danh cá nhân phải gồm đúng 12 chữ số") String idNumber) {
        return queries.track(code.trim(), idNumber);
    }
}
