package vn.motcua.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import vn.motcua.signature.ResultSigning;
import vn.motcua.signature.SignedResult;
import vn.motcua.signature.SignedResults;

/**
 * Filing issued results in the agency's document-management system through the outbox, against a DMS double
 * (WireMock with a stateful inbox that files each Idempotency-Key once and answers a repeat with the same document
 * id, as the contract asks of a DMS): signing writes the DOCUMENT_ISSUED row with the register line; the package
 * carries the header and the signed PDF; an outage then recovery files every document once and in number order;
 * malformed and slow answers are retried (a slow answer lost after filing is replayed under the same key and not
 * filed twice), then parked; the acknowledgement shows on the register's API rows; an agency without a DMS link
 * keeps its rows unsent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-dms;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
        "motcua.integration.outbox.scheduled=false",
        "motcua.integration.outbox.backoff=PT0S",
        "motcua.integration.outbox.max-attempts=3",
        "motcua.integration.dms.read-timeout=PT2S"})
class DmsFilingTest {

    static final String AGENCY = "000.00.20.H10";
    static final String AGENCY_NAME = "UBND thành phố Đồng Xoài";
    static final String PATH = "/lgsp/dms/000.00.20.H10/documents";
    static final DmsDouble DMS = new DmsDouble();
    static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(DMS));

    static {
        SERVER.start();
    }

    @DynamicPropertySource
    static void dms(DynamicPropertyRegistry registry) {
        registry.add("motcua.integration.dms.agencies.[" + AGENCY + "].url", () -> SERVER.baseUrl() + PATH);
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    ResultSigning signing;
    @Autowired
    SignedResults results;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void reset() {
        SERVER.resetAll();
        SERVER.stubFor(post(urlEqualTo(PATH)).willReturn(ok()));
        DMS.reset();
        // rows of earlier tests out of the way: each test looks at its own documents
        jdbc.update("update outbox_event set delivered_at = current_timestamp where delivered_at is null");
    }

    @Test
    void shouldFileASignedResultOnceWithItsHeaderAndPdfAndShowTheAcknowledgementInTheRegister() throws Exception {
        SignedResult signed = sign(AGENCY, AGENCY_NAME, 9001);
        Map<String, Object> row = jdbc.queryForMap("select * from outbox_event where kind = 'DOCUMENT_ISSUED' "
                + "and dossier_id = 9001");
        assertThat(row.get("CHANNEL")).isEqualTo("dms");
        assertThat(row.get("AGENCY_CODE")).isEqualTo(AGENCY);
        JsonNode event = json.readTree((String) row.get("PAYLOAD"));
        assertThat(event.get("notation").asText()).matches("\\d+/GCN-UBND");
        assertThat(event.get("sha256").asText()).isEqualTo(signed.getSha256());
        assertThat(event.get("storageKey").asText()).isEqualTo(signed.getStorageKey());
        assertThat(event.get("signerName").asText()).isNotBlank();
        assertThat(event.get("dossierCode").asText()).isEqualTo("DX-9001");
        assertThat(event.has("content")).isFalse(); // the PDF is read from the store when sent, not kept in the row

        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(DMS.filed()).containsExactly(event.get("notation").asText());
        JsonNode sent = json.readTree(SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString());
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getHeader("Idempotency-Key"))
                .isEqualTo(row.get("EVENT_KEY")).isEqualTo(sent.get("eventKey").asText());
        JsonNode header = sent.get("header");
        assertThat(header.at("/from/organId").asText()).isEqualTo(AGENCY);
        assertThat(header.at("/code/codeNumber").asText()).isEqualTo(event.get("number").asText());
        assertThat(header.at("/code/codeNotation").asText()).isEqualTo("GCN-UBND");
        assertThat(header.at("/promulgationInfo/promulgationDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(header.at("/signerInfo/fullName").asText()).isEqualTo(event.get("signerName").asText());
        assertThat(header.get("dossierCode").asText()).isEqualTo("DX-9001");
        byte[] pdf = Base64.getDecoder().decode(sent.at("/attachment/content").asText());
        assertThat(pdf).isEqualTo(results.load(signed.getId()).orElseThrow().bytes());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(sent.at("/attachment/sha256").asText()).isEqualTo(signed.getSha256());

        // the register's API rows show the DMS's document id and when it received it
        JsonNode line = registerLine(event.get("year").asInt(), event.get("number").asInt());
        assertThat(line.get("dmsDocumentId").asText()).isEqualTo(DMS.idOf((String) row.get("EVENT_KEY")));
        assertThat(line.get("filedAt").asText()).isEqualTo(DmsDouble.RECEIVED_AT);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void shouldWriteTheEventInTheSigningTransactionSoARollbackLeavesNeitherNumberNorEvent() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            sign(AGENCY, AGENCY_NAME, 9600);
            assertThat(jdbc.queryForObject("select count(*) from outbox_event where dossier_id = 9600 "
                    + "and kind = 'DOCUMENT_ISSUED'", Integer.class)).isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where dossier_id = 9600", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_register_entry where dossier_id = 9600",
                Integer.class)).isZero();
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(DMS.filed()).isEmpty();
    }

    @Test
    void shouldFileEveryDocumentOnceAndInOrderAfterAnOutage() throws Exception {
        DMS.mode = "down";
        List<String> notations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sign(AGENCY, AGENCY_NAME, 9100 + i);
            notations.add(notationOf(9100 + i));
        }
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(DMS.filed()).isEmpty();
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(6);

        DMS.mode = "up";
        assertThat(dispatcher.dispatch()).isEqualTo(3);
        assertThat(DMS.filed()).containsExactlyElementsOf(notations);
        assertThat(jdbc.queryForObject("select count(*) from document_filing f join document_register_entry e "
                + "on e.id = f.entry_id where e.dossier_id between 9100 and 9102", Integer.class)).isEqualTo(3);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(DMS.filed()).hasSize(3);
    }

    @Test
    void shouldReplayASlowAnswerUnderTheSameKeyWithoutFilingTwiceAndRecordOneAcknowledgement() throws Exception {
        DMS.mode = "slow"; // the DMS files it, but the answer comes after Motcua gave up waiting
        sign(AGENCY, AGENCY_NAME, 9200);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(DMS.filed()).hasSize(1);

        DMS.mode = "up";
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        List<String> keys = SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(2).containsOnly(keys.get(0));
        assertThat(DMS.filed()).containsExactly(notationOf(9200));
        assertThat(jdbc.queryForList("select dms_document_id from document_filing f join document_register_entry e "
                + "on e.id = f.entry_id where e.dossier_id = 9200", String.class)).containsExactly(DMS.idOf(keys.get(0)));
    }

    @Test
    void shouldRetryMalformedAnswersThenParkAndFileOnceAfterTheAdministratorRetries() throws Exception {
        sign(AGENCY, AGENCY_NAME, 9300);
        DMS.mode = "html";
        dispatcher.dispatch();
        DMS.mode = "no-id";
        dispatcher.dispatch();
        DMS.mode = "bad-time";
        dispatcher.dispatch();
        assertThat(dispatcher.dispatch()).isZero(); // parked after three attempts
        Map<String, Object> row = jdbc.queryForMap("select id, attempts, parked_at, last_error from outbox_event "
                + "where dossier_id = 9300 and kind = 'DOCUMENT_ISSUED'");
        assertThat(row.get("ATTEMPTS")).isEqualTo(3);
        assertThat(row.get("PARKED_AT")).isNotNull();
        assertThat((String) row.get("LAST_ERROR")).contains("receivedAt");
        assertThat(jdbc.queryForObject("select count(*) from document_filing f join document_register_entry e "
                + "on e.id = f.entry_id where e.dossier_id = 9300", Integer.class)).isZero();

        ResponseEntity<String> retried = http.withBasicAuth("admin", "admin")
                .postForEntity("/api/admin/outbox/{id}/retry", null, String.class, row.get("ID"));
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        DMS.mode = "up";
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(DMS.filed()).containsExactly(notationOf(9300));
    }

    @Test
    void shouldRecordButNotSendTheDocumentsOfAnAgencyWithoutADmsLink() throws Exception {
        sign("000.00.21.H10", "UBND huyện Bù Đăng", 9400);
        Map<String, Object> row = jdbc.queryForMap("select attempts, delivered_at, parked_at from outbox_event "
                + "where dossier_id = 9400 and kind = 'DOCUMENT_ISSUED'");
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH)))).isEmpty();
        Map<String, Object> after = jdbc.queryForMap("select attempts, delivered_at, parked_at from outbox_event "
                + "where dossier_id = 9400 and kind = 'DOCUMENT_ISSUED'");
        assertThat(after).isEqualTo(row);
        assertThat(after.get("ATTEMPTS")).isEqualTo(0);
        assertThat(after.get("DELIVERED_AT")).isNull();
    }

    @Test
    void shouldRefuseToSendADocumentWhoseStoredPdfNoLongerMatchesItsHash() throws Exception {
        sign(AGENCY, AGENCY_NAME, 9500);
        jdbc.update("update outbox_event set payload = replace(payload, '\"sha256\":\"', '\"sha256\":\"00') "
                + "where dossier_id = 9500 and kind = 'DOCUMENT_ISSUED'");
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH)))).isEmpty();
        assertThat(jdbc.queryForObject("select last_error from outbox_event where dossier_id = 9500", String.class))
                .contains("SHA-256");
    }

    private SignedResult sign(String agency, String agencyName, long dossierId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicantName", "Nguyễn Thị Hường");
        fields.put("applicantIdNumber", "070190001234");
        fields.put("businessName", "Hộ kinh doanh Nguyễn Thị Hường");
        fields.put("businessAddress", "Số 5 đường Phú Riềng Đỏ, phường Tân Phú");
        fields.put("businessLine", "Bán lẻ hàng tạp hóa");
        fields.put("capital", 50_000_000);
        fields.put("registrationNumber", "44A8000001");
        return signing.sign(new ResultSigning.Request(dossierId, "DX-" + dossierId, "1.001612", agency, agencyName,
                null, "lanhdao", fields));
    }

    private String notationOf(long dossierId) {
        return jdbc.queryForObject("select notation from document_register_entry where dossier_id = ?", String.class,
                dossierId);
    }

    private JsonNode registerLine(int year, int number) throws Exception {
        ResponseEntity<String> register = http.withBasicAuth("lanhdao", "demo")
                .getForEntity("/api/document-register?agency={a}&year={y}", String.class, AGENCY, year);
        assertThat(register.getStatusCode()).as(register.getBody()).isEqualTo(HttpStatus.OK);
        for (JsonNode line : json.readTree(register.getBody())) {
            if (line.get("number").asInt() == number) {
                return line;
            }
        }
        throw new AssertionError("no line " + number + " in " + register.getBody());
    }

    /**
     * The DMS double: files a package once per Idempotency-Key (its inbox, in arrival order) and answers with its
     * document id; a repeated key gets the same id and files nothing. Modes: up, down (503), slow (files, answers
     * after the client's timeout), html, no-id, bad-time (malformed acknowledgements, nothing filed).
     */
    static final class DmsDouble implements ResponseDefinitionTransformerV2 {

        static final String RECEIVED_AT = "2026-11-30T03:00:00Z";

        volatile String mode = "up";
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final List<String> inbox = new ArrayList<>();
        private final ObjectMapper json = new ObjectMapper();

        synchronized void reset() {
            mode = "up";
            ids.clear();
            inbox.clear();
        }

        synchronized List<String> filed() {
            return List.copyOf(inbox);
        }

        synchronized String idOf(String key) {
            return ids.get(key);
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json");
            switch (mode) {
                case "down":
                    return answer.withStatus(503).withBody("{}").build();
                case "html":
                    return answer.withHeader("Content-Type", "text/html").withBody("<html>ok</html>").build();
                case "no-id":
                    return answer.withBody("{\"received\":true}").build();
                case "bad-time":
                    return answer.withBody("{\"received\":true,\"documentId\":\"X\",\"receivedAt\":\"hôm qua\"}").build();
                default:
                    String id = file(event.getRequest().getHeader("Idempotency-Key"), event.getRequest().getBodyAsString());
                    answer.withBody("{\"received\":true,\"documentId\":\"" + id + "\",\"receivedAt\":\"" + RECEIVED_AT + "\"}");
                    return "slow".equals(mode) ? answer.withFixedDelay(3500).build() : answer.build();
            }
        }

        private synchronized String file(String key, String body) {
            return ids.computeIfAbsent(key, k -> {
                try {
                    inbox.add(json.readTree(body).at("/header/code/notation").asText());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return "QLVB-2026-" + (ids.size() + 1);
            });
        }

        @Override
        public String getName() {
            return "dms-double";
        }
    }
}
