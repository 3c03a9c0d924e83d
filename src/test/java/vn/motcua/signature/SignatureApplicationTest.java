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
 * made; lanhdao signs; the verification endpoint, behind HTTP Basic, finds the signature valid.
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
