package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 14 review: a dossier refused after appraisal gets the refusal notice every procedure shares, chosen by the
 * process variable {@code resultType}; the notice names the applicant, procedure, dossier, reason, agency, date and
 * signer, and never the permit it refuses.
 */
class RefusalNoticeTemplateTest {

    static final String PERMIT = "1.013225";
    static final String REASON = "Công trình không phù hợp quy hoạch chi tiết 1/500 đã được phê duyệt";

    final ResultTemplates templates = new ResultTemplates(List.of(new HouseholdBusinessCertificateTemplate()),
            new ClassPathResource(ResultTemplates.SHIPPED), new ClassPathResource(RefusalNotices.SHIPPED));

    static Map<String, Object> refused() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("applicantName", "Lê Văn Hải");
        fields.put("applicantAddress", "Phường Tân Phú, thành phố Đồng Xoài");
        fields.put("procedureName", "Cấp giấy phép xây dựng nhà ở riêng lẻ");
        fields.put("permitRefusalReason", REASON);
        return fields;
    }

    static ResultData data(String procedure, Map<String, Object> fields, LocalDate on) {
        return new ResultData(procedure, "000.00.20.H10-261120-0007", "UBND thành phố Đồng Xoài",
                "Phòng Quản lý đô thị thành phố Đồng Xoài", "Đồng Xoài", on, null, "Phạm Văn Hùng", fields, "12/TB-UBND");
    }

    @Test
    void shouldChooseTheTemplateByResultType() {
        ResultTemplate permit = templates.require(PERMIT, "permit");
        assertThat(permit.title()).isEqualTo("Giấy phép xây dựng");
        assertThat(permit.kind()).isEqualTo(ResultKind.GRANTED);
        assertThat(templates.require(PERMIT, null)).as("no result type: the procedure's own result").isSameAs(permit);
        assertThat(templates.require(PERMIT, " ")).isSameAs(permit);

        ResultTemplate refusal = templates.require(PERMIT, "refusal");
        assertThat(refusal.kind()).isEqualTo(ResultKind.REFUSED);
        assertThat(refusal.title()).isEqualTo("Thông báo từ chối giải quyết hồ sơ");
        assertThat(refusal.fields()).extracting(ResultField::name)
                .containsExactly("applicantName", "applicantAddress", "procedureName", "permitRefusalReason")
                .doesNotContain("permitNumber");
        assertThat(refusal.signerTitle(data(PERMIT, refused(), LocalDate.of(2026, 11, 30))))
                .as("the signer of the permit signs its refusal").isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN");
        assertThat(templates.require("1.009974", "refusal").fields()).extracting(ResultField::name)
                .as("the permit's earlier version reads the same form field").contains("permitRefusalReason");
    }

    @Test
    void shouldServeEveryProcedureWithTheSharedNotice() {
        for (String procedure : List.of("1.001612", "3.000333", "1.013978", "1.001193", "9.999999")) {
            ResultTemplate refusal = templates.require(procedure, "refusal");
            assertThat(refusal.kind()).as(procedure).isEqualTo(ResultKind.REFUSED);
            assertThat(refusal.procedureCode()).isEqualTo(procedure);
            assertThat(refusal.fields()).extracting(ResultField::name).as(procedure).contains("resolutionRefusalReason");
        }
        assertThat(templates.require("1.001612", "refusal").signerTitle(data("1.001612", Map.of(), LocalDate.of(2026, 11, 30))))
                .isEqualTo("CƠ QUAN ĐĂNG KÝ KINH DOANH");
        assertThat(templates.require("9.999999", "refusal").signerTitle(data("9.999999", Map.of(), LocalDate.of(2026, 11, 30))))
                .as("a procedure without a result of its own").isEqualTo("THỦ TRƯỞNG CƠ QUAN");
    }

    /** The result type is typed in a form (or sent to the engine's REST API): only the known values pass. */
    @Test
    void shouldRefuseAResultTypeTheProcedureDoesNotKnow() {
        for (String hostile : List.of("Refusal", "refusal ", "permits", "${execution.setVariable('x', 1)}",
                "#{1+1}", "refusal\n", "../permit", "x".repeat(5000))) {
            assertThatThrownBy(() -> templates.require(PERMIT, hostile)).as(hostile.length() > 50 ? "long" : hostile)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resultType")
                    .hasMessageContaining("permit, refusal")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n"));
        }
        assertThatThrownBy(() -> templates.require("1.001612", "permit")).as("the permit's value is the permit's only")
                .hasMessageContaining("resultType").hasMessageContaining("(refusal)");
        assertThatThrownBy(() -> templates.require("9.999999", null)).hasMessageContaining("9.999999");
    }

    @Test
    void shouldPrintTheReasonAndNoPermit() {
        Map<String, Object> fields = refused();
        fields.put("permitNumber", "GPXD-13225/2026");   // left over from a permit draft that was sent back
        byte[] pdf = templates.require(PERMIT, "refusal").render(data(PERMIT, fields, LocalDate.of(2026, 11, 30)));
        PdfProbe.keep("thong-bao-tu-choi", pdf);
        String text = PdfProbe.text(pdf);
        assertThat(PdfProbe.pages(pdf)).hasSize(1);
        assertThat(text).contains("UBND THÀNH PHỐ ĐỒNG XOÀI", "Số: 12/TB-UBND", "Đồng Xoài, ngày 30 tháng 11 năm 2026",
                "THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Kính gửi: Ông/Bà Lê Văn Hải",
                "Người nộp hồ sơ: Lê Văn Hải", "Địa chỉ: Phường Tân Phú, thành phố Đồng Xoài",
                "Thủ tục hành chính: Cấp giấy phép xây dựng nhà ở riêng lẻ", "Mã hồ sơ: 000.00.20.H10-261120-0007",
                "Lý do từ chối giải quyết:", "quy hoạch chi tiết 1/500", "Nghị định số 118/2025/NĐ-CP",
                "Phòng Quản lý đô thị thành phố Đồng Xoài thông báo không giải quyết hồ sơ", "Nơi nhận:",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN", "(Ký số)", "Phạm Văn Hùng");
        assertThat(text).doesNotContain("GPXD-13225/2026").doesNotContain("GIẤY PHÉP XÂY DỰNG");
        assertThat(templates.require(PERMIT, "refusal").fileName(data(PERMIT, fields, LocalDate.of(2026, 11, 30))))
                .isEqualTo("thong-bao-tu-choi-giai-quyet-000.00.20.H10-261120-0007.pdf");
    }

    @Test
    void shouldCiteTheDecreeInForceOnTheDayOfIssue() {
        String before = PdfProbe.text(templates.require("1.009974", "refusal")
                .render(data("1.009974", refused(), LocalDate.of(2025, 6, 30))));
        assertThat(before).contains("Nghị định số 61/2018/NĐ-CP").doesNotContain("118/2025");
        String after = PdfProbe.text(templates.require(PERMIT, "refusal").render(data(PERMIT, refused(), LocalDate.of(2025, 7, 1))));
        assertThat(after).contains("Nghị định số 118/2025/NĐ-CP").doesNotContain("61/2018");
    }

    @Test
    void shouldNotSignARefusalWithoutItsReason() {
        Map<String, Object> fields = refused();
        fields.put("permitRefusalReason", "  ");
        assertThatThrownBy(() -> templates.require(PERMIT, "refusal").render(data(PERMIT, fields, LocalDate.of(2026, 11, 30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitRefusalReason");
        fields.put("permitRefusalReason", REASON);
        fields.remove("applicantAddress");
        assertThat(PdfProbe.text(templates.require(PERMIT, "refusal").render(data(PERMIT, fields, LocalDate.of(2026, 11, 30)))))
                .as("the address is optional").contains("Người nộp hồ sơ: Lê Văn Hải").doesNotContain("Địa chỉ:");
    }

    @Test
    void shouldNameTheFieldOfABadWordingFile() {
        String good = """
                {"title":"Thông báo","fileStem":"tb","defaultSignerTitle":"THỦ TRƯỞNG","defaultReasonField":"lyDo",
                 "reasonFields":%s,"versions":[%s]}""";
        String version = "{\"effectiveFrom\":\"2025-07-01\",\"basis\":\"Căn cứ\",\"closing\":\"Trả lại\",\"source\":\"Decree\",\"verified\":false}";
        assertThat(read(good.formatted("{}", version)).on(LocalDate.of(2026, 1, 1)).basis()).isEqualTo("Căn cứ");
        assertThatThrownBy(() -> read(good.formatted("{\"1.013225\":\"${x}\"}", version)))
                .hasMessageContaining("reasonFields.1.013225");
        assertThatThrownBy(() -> read(good.formatted("{}", version.replace("\"source\":\"Decree\",", ""))))
                .hasMessageContaining("versions[0].source");
        assertThatThrownBy(() -> read(good.formatted("{}", version + "," + version))).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> read(good.formatted("{}", version)).on(LocalDate.of(2025, 6, 30)))
                .hasMessageContaining("2025-06-30");
        assertThatThrownBy(() -> read(good.formatted("{}", version).replace("\"title\"", "\"titel\"")))
                .as("a misspelt key is refused").hasMessageContaining("titel");
    }

    private static RefusalNotices read(String json) {
        return RefusalNotices.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
