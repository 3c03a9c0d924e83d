package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End to end over HTTP as the demo desk clerk {@code tiepnhan}: submit online with files, accept, track
 * anonymously, download the receipt slip and read it back with PDFBox.
 */
@ApiIntegrationTest
class DossierApiFlowTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierAttachmentRepository attachments;
    @Autowired
    DossierRepository dossiers;

    TestRestTemplate clerk() {
        return http.withBasicAuth("tiepnhan", "demo");
    }

    @Test
    void shouldSubmitOnlineAcceptTrackAndPrintTheReceipt() throws Exception {
        String idNumber = "079123456789";
        ResponseEntity<String> submitted = clerk().postForEntity("/api/dossiers",
                multipart(TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber))), String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode dossier = json.readTree(submitted.getBody());
        String code = dossier.get("code").asText();
        assertThat(code).matches("000\\.00\\.20\\.H10-\\d{6}-\\d{4}");
        assertThat(submitted.getHeaders().getLocation()).hasToString("/api/dossiers/" + code);
        assertThat(dossier.at("/status/code").asInt()).isEqualTo(1);
        assertThat(dossier.get("currentStepName").asText()).isEqualTo("Kiểm tra thẩm quyền và thành phần hồ sơ");
        assertThat(dossier.get("attachments")).hasSize(2);
        JsonNode request = dossier.get("attachments").findParents("componentCode").stream()
                .filter(a -> a.get("componentCode").asText().equals("GIAY_DE_NGHI")).findFirst().orElseThrow();
        assertThat(request.get("sha256").asText()).isEqualTo(DossierSubmission.sha256(TestFiles.PDF));
        assertThat(request.get("size").asLong()).isEqualTo(TestFiles.PDF.length);
        assertThat(request.get("contentType").asText()).isEqualTo("application/pdf");

        Long id = dossiers.findByCode(code).orElseThrow().getId();
        List<DossierAttachment> files = attachments.findByDossierIdOrderByIdAsc(id);
        assertThat(files).allSatisfy(f -> assertThat(Path.of("target/test-documents", f.getStorageKey())).exists());
        DossierAttachment pdf = files.stream().filter(f -> f.getComponentCode().equals("GIAY_DE_NGHI")).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(Path.of("target/test-documents", pdf.getStorageKey()))).isEqualTo(TestFiles.PDF);

        // no receipt before acceptance
        ResponseEntity<String> early = clerk().getForEntity("/api/dossiers/{code}/slips/01", String.class, code);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> accepted = clerk().postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"componentsHandedIn\":[\"GIAY_DE_NGHI\",\"CCCD\"],\"opinion\":\"Đủ hồ sơ\"}"), String.class, code);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode after = json.readTree(accepted.getBody());
        assertThat(after.at("/status/code").asInt()).isEqualTo(4);
        assertThat(after.get("receivedAt").isNull()).isFalse();
        assertThat(after.get("history").get(0).get("sender").asText()).isEqualTo("tiepnhan");
        assertThat(after.get("history").get(0).get("note").asText()).isEqualTo("Đủ hồ sơ");

        // accepting twice: the intake is over
        ResponseEntity<String> again = clerk().postForEntity("/api/dossiers/{code}/acceptance", TestFiles.json("{}"), String.class, code);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<String> tracked = http.getForEntity("/api/public/tracking?code={code}&idNumber={id}", String.class, code, idNumber);
        assertThat(tracked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode tracking = json.readTree(tracked.getBody());
        assertThat(tracking.get("status").asInt()).isEqualTo(4);
        assertThat(tracking.get("statusLabel").asText()).isEqualTo("Đang xử lý");
        assertThat(tracking.get("currentStepName").asText()).isEqualTo("Thẩm định hồ sơ, dự thảo kết quả");
        assertThat(tracking.get("appointment").isNull()).isFalse();
        assertThat(tracking.has("applicantName")).isFalse();

        ResponseEntity<String> wrongId = http.getForEntity("/api/public/tracking?code={code}&idNumber=079000000000", String.class, code);
        ResponseEntity<String> wrongCode = http.getForEntity("/api/public/tracking?code={code}&idNumber={id}", String.class, code + "9", idNumber);
        assertThat(wrongId.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutInstance(wrongId.getBody())).isEqualTo(withoutInstance(wrongCode.getBody()));

        ResponseEntity<byte[]> slip = clerk().getForEntity("/api/dossiers/{code}/slips/01", byte[].class, code);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(slip.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text = pdfText(slip.getBody());
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Văn An",
                "Giấy đề nghị đăng ký hộ kinh doanh", "Đăng ký thành lập hộ kinh doanh",
                "Người tiếp nhận: Nguyễn Thị Lan (Bộ phận một cửa thành phố Đồng Xoài)");

        ResponseEntity<byte[]> control = clerk().getForEntity("/api/dossiers/{code}/slips/05", byte[].class, code);
        assertThat(pdfText(control.getBody())).contains("PHIẾU KIỂM SOÁT", "Kiểm tra thẩm quyền và thành phần hồ sơ");

        ResponseEntity<String> view = clerk().getForEntity("/api/dossiers/{code}", String.class, code);
        assertThat(json.readTree(view.getBody()).get("componentsHandedIn")).hasSize(2);
        ResponseEntity<String> page = clerk().getForEntity("/api/dossiers?agency=000.00.20.H10&status=4&sort=receivedAt,desc", String.class);
        assertThat(json.readTree(page.getBody()).get("content").findValuesAsText("code")).contains(code);
    }

    @Test
    void shouldWithdrawADossierAndEndItsProcessButKeepTheRow() throws Exception {
        ResponseEntity<String> submitted = clerk().postForEntity("/api/dossiers",
                multipart(TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", "079123456788"))), String.class);
        String code = json.readTree(submitted.getBody()).get("code").asText();

        ResponseEntity<String> withdrawn = clerk().postForEntity("/api/dossiers/{code}/withdrawal",
                TestFiles.json("{\"reason\":\"Không còn nhu cầu\"}"), String.class, code);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(withdrawn.getBody()).at("/status/code").asInt()).isEqualTo(7);
        Dossier row = dossiers.findByCode(code).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(row.getWithdrawnAt()).isNotNull();

        ResponseEntity<String> twice = clerk().postForEntity("/api/dossiers/{code}/withdrawal",
                TestFiles.json("{\"reason\":\"Lần nữa\"}"), String.class, code);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldRejectABadSubmissionWithoutLeavingAnything() throws Exception {
        long before = dossiers.count();
        var parts = TestFiles.onlineSubmission("""
                {"agencyCode":"999.99.99.X","procedureCode":"1.001612","channel":"ONLINE",
                 "applicant":{"name":"","idNumber":"12345","taxCode":"12","phone":"12345","email":"x"}}""");
        parts.remove("CCCD");
        ResponseEntity<String> response = clerk().postForEntity("/api/dossiers", multipart(parts), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "agencyCode", "applicant.name", "applicant.idNumber", "applicant.taxCode", "applicant.phone",
                "applicant.email", "files.CCCD", "data.businessName", "data.businessAddress", "data.businessLine",
                "data.capital");
        assertThat(dossiers.count()).isEqualTo(before);
    }

    @Test
    void shouldAskAnonymousCallersToAuthenticate() {
        assertThat(http.getForEntity("/api/dossiers", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // another user: Camunda throttles a user's logins for a few seconds after a wrong password
        assertThat(http.withBasicAuth("quanly", "sai").getForEntity("/api/dossiers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    static HttpEntity<Object> multipart(Object parts) {
        return multipart(parts, null);
    }

    /** A multipart request, with an Idempotency-Key when {@code key} is not null. */
    static HttpEntity<Object> multipart(Object parts, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (key != null) {
            headers.set(DossierController.IDEMPOTENCY_KEY, key);
        }
        return new HttpEntity<>(parts, headers);
    }

    private String withoutInstance(String body) throws IOException {
        Map<?, ?> map = json.readValue(body, Map.class);
        map.remove("instance");
        return json.writeValueAsString(map);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
