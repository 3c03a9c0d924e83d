package vn.motcua.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 14.6: the citizens' notifications go from the outbox through SMS (a WireMock gateway), Zalo (a WireMock of
 * the OA notification service) and e-mail (a GreenMail SMTP server), in Vietnamese from the templates; the
 * applicant's opt-outs (per dossier, per applicant) are kept; a gateway's outage is retried, then parked and
 * retried by the administrator, without holding back the other channels; nothing is sent twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-notices;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.backoff=PT0S",
        "motcua.integration.outbox.max-attempts=3",
        "motcua.public-url=https://motcua.binhphuoc.gov.vn",
        "motcua.notifications.mail.enabled=true",
        "motcua.notifications.mail.from=motcua@binhphuoc.gov.vn",
        "spring.mail.host=127.0.0.1",
        "motcua.notifications.sms.api-key=sms-secret",
        "motcua.notifications.sms.sender=BINHPHUOC",
        "motcua.notifications.sms.read-timeout=PT3S",
        "motcua.notifications.zalo.access-token=zalo-token",
        "motcua.notifications.zalo.templates.received=ZNS-RECEIVED",
        "motcua.notifications.zalo.templates.refused=ZNS-REFUSED"})
class CitizenNotificationTest {

    static final WireMockServer SMS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final WireMockServer ZALO = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    static final String SMS_PATH = "/sms/messages";
    static final String ZALO_PATH = "/message/template";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    static {
        SMS.start();
        ZALO.start();
        MAIL.start();
    }

    @DynamicPropertySource
    static void doubles(DynamicPropertyRegistry registry) {
        registry.add("motcua.notifications.sms.base-url", SMS::baseUrl);
        registry.add("motcua.notifications.zalo.base-url", ZALO::baseUrl);
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMS.stop();
        ZALO.stop();
        MAIL.stop();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void reset() throws Exception {
        SMS.resetAll();
        ZALO.resetAll();
        MAIL.purgeEmailFromAllMailboxes();
        SMS.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(okJson("{\"accepted\":true,\"id\":\"s-1\"}")));
        ZALO.stubFor(post(urlEqualTo(ZALO_PATH)).willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"z-1\"}}")));
        jdbc.update("update outbox_event set delivered_at = current_timestamp where delivered_at is null");
    }

    @Test
    void shouldTellTheApplicantOfTheReceiptOnEveryChannelOnceInVietnamese() throws Exception {
        String code = submit("079666000001");
        assertThat(dispatcher.dispatch()).as("status 1 sends nothing").isZero();
        accept(code);

        assertThat(dispatcher.dispatch()).isEqualTo(3);
        List<LoggedRequest> sms = SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH)));
        assertThat(sms).hasSize(1);
        JsonNode text = json.readTree(sms.get(0).getBodyAsString());
        assertThat(text.get("to").asText()).isEqualTo("0912345678");
        assertThat(text.get("sender").asText()).isEqualTo("BINHPHUOC");
        assertThat(text.get("text").asText()).contains("hồ sơ " + code + " đã được tiếp nhận", "Hẹn trả: ",
                "https://motcua.binhphuoc.gov.vn/tra-cuu?ma=" + code).doesNotContain("[(", "null");
        assertThat(sms.get(0).getHeader("Authorization")).isEqualTo("Bearer sms-secret");
        assertThat(sms.get(0).getHeader("Idempotency-Key")).isEqualTo(text.get("reference").asText()).isEqualTo(code + "#sms-1");

        List<LoggedRequest> zalo = ZALO.findAll(postRequestedFor(urlEqualTo(ZALO_PATH)));
        assertThat(zalo).hasSize(1);
        assertThat(zalo.get(0).getHeader("access_token")).isEqualTo("zalo-token");
        JsonNode zns = json.readTree(zalo.get(0).getBodyAsString());
        assertThat(zns.get("phone").asText()).isEqualTo("84912345678");
        assertThat(zns.get("template_id").asText()).isEqualTo("ZNS-RECEIVED");
        assertThat(zns.at("/template_data/code").asText()).isEqualTo(code);
        assertThat(zns.at("/template_data/applicantName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(zns.get("tracking_id").asText()).isEqualTo(code + "#zalo-1");

        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("an@example.vn");
        assertThat(mails[0].getSubject()).isEqualTo("[" + code + "] Hồ sơ đã được tiếp nhận");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(mails[0].getContent().toString()).contains("Kính gửi Nguyễn Văn An", "đã tiếp nhận hồ sơ " + code,
                "Đăng ký thành lập hộ kinh doanh");
        assertThat(body).isNotBlank();

        assertThat(dispatcher.dispatch()).as("nothing twice").isZero();
        assertThat(SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH)))).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldKeepTheApplicantsOptOutsForTheDossierAndForAllTheirDossiers() throws Exception {
        String first = submit("079666000002");
        ResponseEntity<String> choice = http.withBasicAuth("tiepnhan", "demo").exchange("/api/dossiers/{code}/notifications",
                HttpMethod.PUT, jsonBody("{\"optOut\":[\"SMS\"]}"), String.class, first);
        assertThat(choice.getStatusCode()).as(choice.getBody()).isEqualTo(HttpStatus.OK);
        accept(first);
        dispatcher.dispatch();
        assertThat(SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH)))).isEmpty();
        assertThat(ZALO.findAll(postRequestedFor(urlEqualTo(ZALO_PATH)))).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);

        // the applicant opts out of e-mail and Zalo for all their dossiers: a second dossier is told by SMS only
        ResponseEntity<String> all = http.withBasicAuth("tiepnhan", "demo").exchange("/api/dossiers/{code}/notifications",
                HttpMethod.PUT, jsonBody("{\"scope\":\"APPLICANT\",\"optOut\":[\"EMAIL\",\"ZALO\"]}"), String.class, first);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        String second = submit("079666000002");
        accept(second);
        dispatcher.dispatch();
        assertThat(SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH))))
                .singleElement().satisfies(r -> assertThat(r.getBodyAsString()).contains(second));
        assertThat(ZALO.findAll(postRequestedFor(urlEqualTo(ZALO_PATH)))).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where dossier_code = ? and channel <> 'portal'",
                Integer.class, second)).isOne();
    }

    @Test
    void shouldRetryAndParkAFailingGatewayWithoutHoldingBackTheOthers() throws Exception {
        SMS.resetAll();
        SMS.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(503)));
        ZALO.resetAll();
        ZALO.stubFor(post(urlEqualTo(ZALO_PATH)).willReturn(okJson("{\"error\":-124,\"message\":\"Access token invalid\"}")));
        String code = submit("079666000003");
        refuse(code, "Hồ sơ không thuộc thẩm quyền của UBND thành phố");

        assertThat(dispatcher.dispatch()).as("the e-mail goes").isEqualTo(1);
        assertThat(GreenMailUtil.getBody(MAIL.getReceivedMessages()[0])).isNotBlank();
        assertThat(MAIL.getReceivedMessages()[0].getContent().toString()).contains("không tiếp nhận hồ sơ " + code,
                "Lý do: Hồ sơ không thuộc thẩm quyền của UBND thành phố.");
        dispatcher.dispatch();
        dispatcher.dispatch();
        assertThat(SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH)))).hasSize(3);
        assertThat(ZALO.findAll(postRequestedFor(urlEqualTo(ZALO_PATH)))).hasSize(3);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH)))).as("parked: not tried again").hasSize(3);

        ResponseEntity<String> parked = http.withBasicAuth("admin", "admin").getForEntity("/api/admin/outbox/parked", String.class);
        JsonNode sms = null;
        for (JsonNode event : json.readTree(parked.getBody())) {
            if (event.get("dossierCode").asText().equals(code) && event.get("channel").asText().equals("sms")) {
                sms = event;
                assertThat(event.get("lastError").asText()).contains("HTTP 503").doesNotContain("0912345678");
            }
            if (event.get("dossierCode").asText().equals(code) && event.get("channel").asText().equals("zalo")) {
                assertThat(event.get("lastError").asText()).contains("-124");
            }
        }
        assertThat(sms).isNotNull();
        SMS.resetAll();
        SMS.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(okJson("{\"accepted\":true}")));
        assertThat(http.withBasicAuth("admin", "admin").postForEntity("/api/admin/outbox/{id}/retry", null, String.class,
                sms.get("id").asLong()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dispatcher.dispatch()).isOne();
        List<LoggedRequest> sent = SMS.findAll(postRequestedFor(urlEqualTo(SMS_PATH)));
        assertThat(sent).singleElement().satisfies(r -> assertThat(json.readTree(r.getBodyAsString()).get("text").asText())
                .contains("hồ sơ " + code + " không được tiếp nhận", "Lý do: Hồ sơ không thuộc thẩm quyền"));
        assertThat(dispatcher.dispatch()).isZero();
    }

    private String submit(String idNumber) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", OutboxDeliveryTest.part("""
                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678","email":"an@example.vn",
                              "address":"Phường Tân Phú"},
                 "data":{"businessName":"Tạp hóa An","businessAddress":"12 Phú Riềng Đỏ","businessLine":"Bán lẻ","capital":1000}}"""
                .formatted(idNumber).getBytes(), MediaType.APPLICATION_JSON, null));
        parts.add("GIAY_DE_NGHI", OutboxDeliveryTest.part(PDF, MediaType.APPLICATION_PDF, "a.pdf"));
        parts.add("CCCD", OutboxDeliveryTest.part(PDF, MediaType.APPLICATION_PDF, "b.pdf"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> submitted = http.withBasicAuth("tiepnhan", "demo")
                .postForEntity("/api/dossiers", new HttpEntity<>(parts, headers), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    private void accept(String code) {
        ResponseEntity<String> accepted = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers/{code}/acceptance",
                jsonBody("{}"), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void refuse(String code, String reason) {
        ResponseEntity<String> refused = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers/{code}/refusal",
                jsonBody("{\"reason\":\"" + reason + "\"}"), String.class, code);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
