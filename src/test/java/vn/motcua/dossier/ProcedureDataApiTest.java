package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.signature.ResultSigning;

/**
 * Procedure data (e-form) through {@code POST /api/dossiers}: a dossier of each of the five procedures submitted
 * online with its data, accepted at intake, and its result draft rendered from the process variables the data
 * became; bad data answered 422 naming every field; keys outside the schema refused and expression-looking
 * values kept as inert text.
 */
@ApiIntegrationTest
class ProcedureDataApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ResultSigning signing;

    static final String APPLICANT = """
            "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678",
                         "email":"an@example.vn","address":"Phường Tân Phú, Đồng Xoài"}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1.001612|000.00.20.H10|tiepnhan|GIAY_DE_NGHI,CCCD|{\"businessName\":\"Tạp hóa Minh Anh\",\"businessAddress\":\"12 Phú Riềng Đỏ\",\"businessLine\":\"Bán lẻ tạp hóa\",\"capital\":50000000}|12 Phú Riềng Đỏ",
            "3.000333|000.00.12.H10|tiepnhan.sotuphap|TO_KHAI,CCCD|{\"birthDate\":\"1990-01-30\",\"certificateType\":\"1\",\"purpose\":\"Xin việc làm\"}|Xin việc làm",
            "1.013225|000.00.20.H10|tiepnhan|DON_DE_NGHI,GIAY_TO_DAT,BAN_VE|{\"constructionAddress\":\"45 Hùng Vương\",\"landParcel\":\"Thửa 12, tờ 3\",\"floorArea\":180.5,\"floors\":3}|45 Hùng Vương",
            "1.013978|000.00.20.H10|tiepnhan|DON_DANG_KY|{\"parcelAddress\":\"Ấp 2, xã Tiến Hưng\",\"landParcel\":\"Thửa 7, tờ 9\",\"landArea\":250,\"landUse\":\"Đất ở tại đô thị\"}|Ấp 2, xã Tiến Hưng",
            "1.001193|000.20.31.H10|tiepnhan.tanphu|TO_KHAI,GIAY_CHUNG_SINH|{\"relationship\":\"FATHER\",\"childName\":\"Nguyễn Minh Khang\",\"childBirthDate\":\"2026-11-01\",\"childSex\":\"MALE\",\"birthPlace\":\"Bệnh viện tỉnh Bình Phước\",\"motherName\":\"Lê Thị Thu\"}|Nguyễn Minh Khang"})
    void shouldCarryTheDataOfEachProcedureFromTheApiToItsResultDraft(String procedure, String agency, String clerk,
                                                                    String components, String data, String printed) throws Exception {
        String idNumber = "0791" + procedure.replace(".", "").substring(0, 7) + "9";
        String body = """
                {"agencyCode":"%s","procedureCode":"%s","caseCode":"TH1","channel":"ONLINE",%s,
                 "summary":"Nộp trực tuyến","data":%s}""".formatted(agency, procedure, APPLICANT.formatted(idNumber), data);
        ResponseEntity<String> submitted = http.withBasicAuth(clerk, "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(parts(body, components.split(","))), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();

        Dossier row = dossiers.findByCode(code).orElseThrow();
        Map<String, Object> expected = json.readValue(data, Map.class);
        assertThat(json.readValue(row.getProcedureData(), Map.class)).isEqualTo(expected);

        ResponseEntity<String> accepted = http.withBasicAuth(clerk, "demo").postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"componentsHandedIn\":[\"" + components.replace(",", "\",\"") + "\"]}"), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);

        Map<String, Object> variables = runtime.getVariables(dossiers.findByCode(code).orElseThrow().getProcessInstanceId());
        expected.forEach((key, value) -> assertThat(String.valueOf(variables.get(key))).as(key).isEqualTo(String.valueOf(value)));
        assertThat(variables.get("applicantAddress")).isEqualTo("Phường Tân Phú, Đồng Xoài");
        // what the signer's draft reads: every field of the procedure's result template, then the rendered PDF
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        String processKey = row.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(row.getProcessInstanceId()).singleResult()
                        .getProcessDefinitionKey();
        for (var field : signing.fields(procedure)) {
            Object value = variables.get(field.name());
            if (value == null && field.optional()) {
                continue;   // printed blank (e.g. a father who is not known)
            }
            if (value == null) {
                // not the applicant's data: a later step's form fills it (e.g. the registration number at appraisal)
                assertThat(laterFormKeys(processKey)).as("result field " + field.name()).contains(field.name());
                value = "SỐ-" + field.name();
            }
            fields.put(field.name(), value);
        }
        ResultSigning.Request request = new ResultSigning.Request(row.getId(), code, procedure,
                (String) variables.get("agencyCode"), (String) variables.get("agencyName"), null, "signer", fields);
        String text = DossierApiFlowTest.pdfText(signing.draft(request));
        assertThat(text).contains(printed);
    }

    @Test
    void shouldNameEveryBadFieldOfTheData() throws Exception {
        long before = dossiers.count();
        String body = """
                {"agencyCode":"000.00.12.H10","procedureCode":"3.000333","caseCode":"TH1","channel":"ONLINE",%s,
                 "data":{"birthDate":"30/01/1990","certificateType":"3","purpose":{"nested":"x"}}}"""
                .formatted(APPLICANT.formatted("079123450001"));
        ResponseEntity<String> response = http.withBasicAuth("tiepnhan.sotuphap", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(parts(body, "TO_KHAI", "CCCD")), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("data.birthDate", "data.certificateType", "data.purpose");

        String land = """
                {"agencyCode":"000.00.20.H10","procedureCode":"1.013978","channel":"ONLINE",%s,
                 "data":{"parcelAddress":"","landParcel":"Thửa 7","landArea":"hai trăm","landUse":"Đất ở"}}"""
                .formatted(APPLICANT.formatted("079123450002"));
        ResponseEntity<String> landResponse = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(parts(land, "DON_DANG_KY")), String.class);
        assertThat(json.readTree(landResponse.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("data.parcelAddress", "data.landArea");

        String missing = """
                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",%s}"""
                .formatted(APPLICANT.formatted("079123450003"));
        ResponseEntity<String> none = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(parts(missing, "GIAY_DE_NGHI", "CCCD")), String.class);
        assertThat(json.readTree(none.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("data.businessName", "data.businessAddress", "data.businessLine", "data.capital");
        assertThat(dossiers.count()).isEqualTo(before);
    }

    /** Attack: keys outside the schema (the shared variables) are refused; expression text stays text. */
    @Test
    void shouldRefuseKeysOutsideTheSchemaAndKeepExpressionsInert() throws Exception {
        String smuggled = """
                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",%s,
                 "data":{"businessName":"Tạp hóa","businessAddress":"12","businessLine":"Bán lẻ","capital":1,
                         "dossierId":1,"agencyCode":"000.00.12.H10","intakeGroup":"quanly","${dossierRegistration}":"x"}}"""
                .formatted(APPLICANT.formatted("079123450004"));
        ResponseEntity<String> refused = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(parts(smuggled, "GIAY_DE_NGHI", "CCCD")), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "data.dossierId", "data.agencyCode", "data.intakeGroup", "data.${dossierRegistration}");

        String expression = "${execution.setVariable('intakeGroup','quanly')}";
        String inert = """
                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",%s,
                 "data":{"businessName":"%s","businessAddress":"#{1+1}","businessLine":"Bán lẻ","capital":1}}"""
                .formatted(APPLICANT.formatted("079123450005"), expression);
        ResponseEntity<String> stored = http.withBasicAuth("tiepnhan", "demo").postForEntity("/api/dossiers",
                DossierApiFlowTest.multipart(parts(inert, "GIAY_DE_NGHI", "CCCD")), String.class);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Dossier row = dossiers.findByCode(json.readTree(stored.getBody()).get("code").asText()).orElseThrow();
        Map<String, Object> variables = runtime.getVariables(row.getProcessInstanceId());
        assertThat(variables.get("businessName")).isEqualTo(expression);
        assertThat(variables.get("businessAddress")).isEqualTo("#{1+1}");
        assertThat(variables.get("intakeGroup")).isEqualTo("motcua-dongxoai");
        assertThat(variables.get("dossierId")).isEqualTo(row.getId());
    }

    /** The field keys of the process's forms other than its start form. */
    private static String laterFormKeys(String processKey) throws java.io.IOException {
        StringBuilder keys = new StringBuilder();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (var file : files.filter(f -> f.getFileName().toString().startsWith(processKey + ".")
                    && !f.getFileName().toString().endsWith(".start.form")).toList()) {
                new ObjectMapper().readTree(file.toFile()).findValuesAsText("key").forEach(k -> keys.append(k).append(' '));
            }
        }
        return keys.toString();
    }

    private static MultiValueMap<String, Object> parts(String body, String... components) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", TestFiles.json(body));
        for (String component : components) {
            parts.add(component, TestFiles.file(component.toLowerCase() + ".pdf", MediaType.APPLICATION_PDF, TestFiles.PDF));
        }
        return parts;
    }

    static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }
}
