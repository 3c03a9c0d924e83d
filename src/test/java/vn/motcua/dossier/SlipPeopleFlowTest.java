package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.security.EngineLogin;

/**
 * A dossier carried to its end through the demo desk: intake over HTTP by {@code tiepnhan}, appraisal by
 * {@code chuyenvien}, review by {@code truongphong}, signature by {@code lanhdao}, return by {@code traketqua}.
 * The slips name the people who actually handled it, by full name and unit, never by user id: the receipt (01)
 * the clerk who accepted it, the control slip (05) each row's giver and taker, the signed result its signer.
 * The public tracking page then
 * shows the four milestones done and nothing personal.
 */
@ApiIntegrationTest
class SlipPeopleFlowTest {

    static final String ID_NUMBER = "079190007777";
    static final String DESK = "Bộ phận một cửa thành phố Đồng Xoài";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    vn.motcua.system.AutomaticSteps automaticSteps;

    @Test
    void shouldNameTheReceivingClerkAndEveryGiverAndTakerByFullNameAndUnit() throws Exception {
        String code = submitAndAccept();
        assertThat(dossiers.findByCode(code).orElseThrow().getReceivedBy()).isEqualTo("tiepnhan");

        // the certificate's data the portal does not send: the handler fills it in when appraising
        complete("chuyenvien", code, "Task_Appraise", Map.of("appraisalDecision", "propose",
                "registrationNumber", "44A8007777", "opinion", "Hồ sơ hợp lệ", "businessName", "Tạp hóa An",
                "businessAddress", "Đường Phú Riềng Đỏ", "businessLine", "Bán lẻ hàng hóa", "capital", 80_000_000));
        complete("truongphong", code, "Task_Review", Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        complete("lanhdao", code, "Task_Sign", Map.of("signDecision", "approve", "opinion", "Ký"));
        complete("traketqua", code, "Task_ReturnResult", Map.of("returnMethod", "COUNTER",
                "resultReceiver", "Nguyễn Văn An", "feeCollected", true));
        assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.RETURNED);

        String receipt = slip(code, "01");
        assertThat(receipt).contains("Người tiếp nhận: Nguyễn Thị Lan (" + DESK + ")", "NGƯỜI TIẾP NHẬN HỒ SƠ");
        assertThat(receipt).doesNotContain("traketqua", "Võ Thị Mai", "tiepnhan");

        String control = slip(code, "05");
        assertThat(control).contains("Người tiếp nhận: Nguyễn Thị Lan (" + DESK + ")");
        assertThat(control).doesNotContainPattern("\\b(tiepnhan|chuyenvien|truongphong|lanhdao|traketqua)\\b");
        // row by row, in the order the table prints them: number, giving step and person, taking step and person
        String lan = "Nguyễn Thị Lan (" + DESK + ")";
        String minh = "Trần Văn Minh (Chuyên viên Phòng Tài chính - Kế hoạch Đồng Xoài)";
        String hoa = "Lê Thị Hoa (Lãnh đạo Phòng Tài chính - Kế hoạch Đồng Xoài)";
        String hung = "Phạm Văn Hùng (Lãnh đạo UBND thành phố Đồng Xoài)";
        String mai = "Võ Thị Mai (Trả kết quả - một cửa thành phố Đồng Xoài)";
        assertInOrder(control,
                "1 Kiểm tra thẩm quyền và thành phần hồ sơ " + lan, "Thẩm định hồ sơ, dự thảo kết quả " + minh,
                "2 Thẩm định hồ sơ, dự thảo kết quả " + minh, "Lãnh đạo phòng xem xét, trình ký " + hoa,
                "3 Lãnh đạo phòng xem xét, trình ký " + hoa, "Lãnh đạo phê duyệt, ký kết quả " + hung,
                "4 Lãnh đạo phê duyệt, ký kết quả " + hung, "Trả kết quả cho người nộp " + mai,
                "5 Trả kết quả cho người nộp " + mai, "Đã trả kết quả");

        // the signed result names its signer by full name too
        ResponseEntity<byte[]> result = http.withBasicAuth("tiepnhan", "demo")
                .getForEntity("/api/dossiers/{code}/result", byte[].class, code);
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(DossierApiFlowTest.pdfText(result.getBody())).contains("Phạm Văn Hùng").doesNotContain("lanhdao");

        String page = trackingPage(code, ID_NUMBER);
        assertThat(page).contains("Đã trả kết quả").doesNotContain("Bước đang thực hiện", "Hẹn trả kết quả");
        assertThat(page.split("class=\"done\"", -1)).as("four milestones done").hasSize(5);
        assertThat(page).doesNotContain(ID_NUMBER, "Nguyễn Văn An", "0912345678", "Tân Phú", "an@example.vn",
                "Nguyễn Thị Lan", "Võ Thị Mai");
    }

    @Test
    void shouldShowAReceivedDossierOnTheTrackingPageAndTheNeutralMessageOtherwise() throws Exception {
        String code = submitAndAccept();
        ResponseEntity<String> form = http.getForEntity("/tra-cuu?ma={code}", String.class, code);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("value=\"" + code + "\"");

        String page = trackingPage(code, ID_NUMBER);
        assertThat(page).contains("Hồ sơ <span>" + code + "</span>", "Đang xử lý", "Thẩm định hồ sơ, dự thảo kết quả",
                "Hẹn trả kết quả", "class=\"done\"", "class=\"current\"");
        assertThat(page).doesNotContain(ID_NUMBER, "Nguyễn Văn An", "0912345678", "Tân Phú", "an@example.vn", "Nguyễn Thị Lan");

        ResponseEntity<String> wrongId = post(code, "079000000000");
        ResponseEntity<String> wrongCode = post(code + "9", ID_NUMBER);
        assertThat(wrongId.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongCode.getBody().replace(code + "9", code)).isEqualTo(wrongId.getBody());
        assertThat(wrongId.getBody()).contains(TrackingPageController.NOT_FOUND);
    }

    // --- steps

    private String submitAndAccept() throws Exception {
        TestRestTemplate clerk = http.withBasicAuth("tiepnhan", "demo");
        ResponseEntity<String> submitted = clerk.postForEntity("/api/dossiers", DossierApiFlowTest.multipart(
                TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", ID_NUMBER))), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        ResponseEntity<String> accepted = clerk.postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"componentsHandedIn\":[\"GIAY_DE_NGHI\",\"CCCD\"],\"opinion\":\"Đủ hồ sơ\"}"), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        return code;
    }

    private void complete(String user, String code, String step, Map<String, Object> variables) {
        EngineLogin.complete(identity, tasks, user, code, step, variables);
        automaticSteps.run(code); // the signing, after the signer's completion (or waits for the job executor's)
    }

    private String slip(String code, String form) throws Exception {
        ResponseEntity<byte[]> pdf = http.withBasicAuth("tiepnhan", "demo")
                .getForEntity("/api/dossiers/{code}/slips/{form}", byte[].class, code, form);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        return DossierApiFlowTest.pdfText(pdf.getBody());
    }

    private String trackingPage(String code, String idNumber) {
        ResponseEntity<String> page = post(code, idNumber);
        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private ResponseEntity<String> post(String code, String idNumber) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("ma", code);
        form.add("soDinhDanh", idNumber);
        return http.postForEntity("/tra-cuu", new HttpEntity<>(form, headers), String.class);
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : List.of(parts)) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'%s' after position %d in: %s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
