package vn.motcua.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierStatus;

/** The notices' data files: which statuses send one, and that every text renders its fields and only as text. */
class NoticeTemplatesTest {

    final NoticeTemplates templates;

    NoticeTemplatesTest() throws Exception {
        templates = new NoticeTemplates(new ObjectMapper());
    }

    static final Map<String, String> FIELDS = Map.of("code", "000.00.20.H10-261130-0001", "applicantName", "Nguyễn Văn An",
            "procedureName", "Đăng ký thành lập hộ kinh doanh", "agencyName", "UBND thành phố Đồng Xoài",
            "statusLabel", "Đã tiếp nhận", "appointment", "16 giờ 30 phút, ngày 03/12/2026",
            "trackingUrl", "https://motcua.binhphuoc.gov.vn/tra-cuu?ma=000.00.20.H10-261130-0001", "note", "Bản sao căn cước");

    @Test
    void shouldSendANoticeOnReceiptRefusalSupplementStopResultAndReturnOnly() {
        for (DossierStatus status : DossierStatus.values()) {
            boolean sends = switch (status) {
                case RECEIVED, REFUSED, SUPPLEMENT_REQUESTED, STOPPED, PROCESSED, RETURNED -> true;
                default -> false;
            };
            assertThat(templates.forStatus(status).isPresent()).as(status.name()).isEqualTo(sends);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"RECEIVED", "REFUSED", "SUPPLEMENT_REQUESTED", "STOPPED", "PROCESSED", "RETURNED"})
    void shouldRenderEveryNoticeInVietnameseWithTheDossiersFields(DossierStatus status) {
        NoticeTemplates.Rendered text = templates.render(templates.forStatus(status).orElseThrow(), FIELDS);
        assertThat(text.shortText()).contains("000.00.20.H10-261130-0001").doesNotContain("[(", "${", "null");
        assertThat(text.longText()).contains("000.00.20.H10-261130-0001").contains("Ông/Bà").doesNotContain("[(", "${", "null");
        assertThat(text.shortText().length()).as("an SMS of at most three Unicode segments").isLessThanOrEqualTo(201);
        assertThat(text.subject()).isNotBlank();
    }

    @Test
    void shouldInsertValuesAsTextNeverAsExpressions() {
        Map<String, String> hostile = new java.util.HashMap<>(FIELDS);
        hostile.put("note", "[(${T(java.lang.Runtime).getRuntime().exec('id')})] __${7*7}__");
        hostile.put("agencyName", "[[${7*7}]]");
        NoticeTemplates.Rendered text = templates.render(templates.forStatus(DossierStatus.REFUSED).orElseThrow(), hostile);
        assertThat(text.longText()).contains("[(${T(java.lang.Runtime).getRuntime().exec('id')})] __${7*7}__", "[[${7*7}]]")
                .doesNotContain("49");
    }

    @Test
    void shouldLeaveOutTheReasonLineWhenThereIsNone() {
        Map<String, String> noNote = new java.util.HashMap<>(FIELDS);
        noNote.remove("note");
        NoticeTemplates.Rendered text = templates.render(templates.forStatus(DossierStatus.SUPPLEMENT_REQUESTED).orElseThrow(), noNote);
        assertThat(text.longText()).doesNotContain("Nội dung cần bổ sung").doesNotContain("\n\n\n");
    }
}
