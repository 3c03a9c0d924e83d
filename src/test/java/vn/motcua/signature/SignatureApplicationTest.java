package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The embedded default end to end: at start the demo CA and the certificate of the demo signer lanhdao are
 * made; lanhdao signs; the verification endpoint, behind HTTP Basic, finds the signature valid. The signing of a
 * dossier's result runs after the signer's approval is committed: the approval returns before the result exists,
 * and a failure (an unreadable keystore) becomes an incident that a retry after the fix resolves, with one result,
 * one register line and one outbox event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "motcua.demo.enabled=true"})
class SignatureApplicationTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("motcua").toAbsolutePath());
        registry.add("motcua.documents.dir", () -> data.resolve("documents").toString());
        registry.add("motcua.signature.demo-dir", () -> data.resolve("signature").toString());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    SigningService signing;
    @Autowired
    TestRestTemplate rest;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    vn.motcua.system.AutomaticSteps automaticSteps;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    vn.motcua.dossier.DossierIncidents dossierIncidents;

    @Test
    void shouldSignAfterTheApprovalAndTurnAFailedSigningIntoAnIncidentThatARetryResolves() throws Exception {
        String code = atSignature("Lê Thị Ký", "079190007701");
        Path keystore = data.resolve("signature/signers/lanhdao.p12");
        byte[] good = Files.readAllBytes(keystore);
        Files.write(keystore, "không phải kho khóa".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            vn.motcua.security.EngineLogin.complete(identity, tasks, "lanhdao", code, "Task_Sign",
                    Map.of("signDecision", "approve", "opinion", "Ký"));
            Long dossierId = jdbc.queryForObject("select id from dossier where code = ?", Long.class, code);
            assertThat(results(dossierId)).as("the approval returns before the result exists").isZero();
            org.camunda.bpm.engine.runtime.Job job = management.createJobQuery().messages()
                    .activityId("Task_SignResult").processInstanceId(signing(code)).singleResult();
            assertThat(job).as("the signing waits for the job executor").isNotNull();

            for (int attempt = 0; attempt < 3; attempt++) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()))
                        .hasMessageContaining("Không đọc được kho khóa");
            }
            org.camunda.bpm.engine.runtime.Incident incident = runtime.createIncidentQuery()
                    .processInstanceId(signing(code)).singleResult();
            assertThat(incident.getIncidentType()).isEqualTo("failedJob");
            assertThat(incident.getActivityId()).isEqualTo("Task_SignResult");
            assertThat(incident.getIncidentMessage()).startsWith("Không đọc được kho khóa");
            assertThat(results(dossierId)).as("nothing half-written").isZero();
            assertThat(dossierIncidents.of(dossierId)).singleElement().satisfies(recorded -> {
                assertThat(recorded.getStep()).isEqualTo("Task_SignResult");
                assertThat(recorded.getStepName()).isEqualTo("Ký số kết quả");
                assertThat(recorded.getMessage()).startsWith("Không đọc được kho khóa");
                assertThat(recorded.getResolvedAt()).isNull();
            });

            // the operator puts the keystore back and retries (Cockpit: "Retry")
            Files.write(keystore, good);
            management.setJobRetries(job.getId(), 1);
            automaticSteps.run(code);

            assertThat(runtime.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
            assertThat(management.createJobQuery().jobId(job.getId()).count()).as("the job ran once more and is done").isZero();
            assertThat(results(dossierId)).as("one signed result, one register line, one outbox event").isEqualTo(3);
            assertThat(dossierIncidents.of(dossierId)).singleElement()
                    .satisfies(recorded -> assertThat(recorded.getResolvedAt()).isNotNull());
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_ReturnResult")
                    .count()).isOne();
        } finally {
            Files.write(keystore, good);
        }
    }

    /** Signed results + register lines + "document issued" outbox events of the dossier. */
    private int results(Long dossierId) {
        return jdbc.queryForObject("select (select count(*) from signed_result where dossier_id = ?)"
                + " + (select count(*) from document_register_entry where dossier_id = ?)"
                + " + (select count(*) from outbox_event where dossier_id = ? and kind = 'DOCUMENT_ISSUED')",
                Integer.class, dossierId, dossierId, dossierId);
    }

    private String signing(String code) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("ky-so-ket-qua").singleResult().getId();
    }

    /** A new dossier carried by the demo users to the signer's step. */
    private String atSignature(String applicant, String idNumber) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("applicantName", applicant);
        variables.put("applicantIdNumber", idNumber);
        variables.put("applicantAddress", "Phường Tân Phú, thành phố Đồng Xoài");
        variables.put("businessName", "Hộ kinh doanh " + applicant);
        variables.put("businessAddress", "Số 5 đường Phú Riềng Đỏ");
        variables.put("businessLine", "Bán lẻ hàng tạp hóa");
        variables.put("capital", 50_000_000);
        variables.put("summary", "Đăng ký hộ kinh doanh của " + applicant);
        variables.put("channel", "COUNTER");
        String instance = vn.motcua.security.EngineLogin.as(identity, "tiepnhan",
                () -> runtime.startProcessInstanceByKey("dang-ky-ho-kinh-doanh", variables).getId());
        String code = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
        vn.motcua.security.EngineLogin.complete(identity, tasks, "tiepnhan", code, "Task_CheckDossier",
                Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
        vn.motcua.security.EngineLogin.complete(identity, tasks, "chuyenvien", code, "Task_Appraise",
                Map.of("appraisalDecision", "propose", "registrationNumber", "44A8007701", "opinion", "Đủ điều kiện"));
        vn.motcua.security.EngineLogin.complete(identity, tasks, "truongphong", code, "Task_Review",
                Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        return code;
    }

    @Test
    void shouldMakeTheDemoKeysAndVerifyASignatureOverHttp() {
        assertThat(Files.exists(data.resolve("signature/demo-ca.p12"))).isTrue();
        assertThat(Files.exists(data.resolve("signature/signers/lanhdao.p12"))).isTrue();
        assertThat(context.getBean("signResult")).isInstanceOf(JavaDelegate.class);
        assertThat(context.getBean("verifyResultBeforeReturn")).isInstanceOf(JavaDelegate.class);
        assertThat(signing.signerName("lanhdao")).isEqualTo("Phạm Văn Hùng");

        SignedDocument signed = signing.sign(TestPki.pdf(), "lanhdao", "Ký ban hành", "Đồng Xoài");

        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(signed.bytes()) {
            @Override
            public String getFilename() {
                return "ket-qua.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> anonymous = rest.postForEntity("/api/signatures/verification", new HttpEntity<>(body, headers),
                Map.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> response = rest.withBasicAuth("traketqua", "demo")
                .postForEntity("/api/signatures/verification", new HttpEntity<>(body, headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "VALID").containsEntry("signerName", "Phạm Văn Hùng");
    }
}
