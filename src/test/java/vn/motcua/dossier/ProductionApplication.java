package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.signature.TestKeystores;
import vn.motcua.system.TestOneStopShop;

/**
 * Motcua started as an operator starts it (production profile, PostgreSQL, keystores of a signer and of the
 * Đồng Xoài seal), for the fault tests that stop, restore or cut it; and the desk clerk's submission.
 */
final class ProductionApplication {

    static final String CLERK = "tiepnhan";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> signing;

    ProductionApplication(Path keys) throws Exception {
        Files.createDirectories(keys);
        signing = new ArrayList<>(TestKeystores.signerArguments(keys, "lanhdao", "Phạm Văn Hùng"));
        signing.addAll(TestKeystores.sealArguments(keys, "000.00.20.H10", "UBND thành phố Đồng Xoài"));
    }

    /** Starts Motcua on the datasource ({@code --spring.datasource.*} arguments) with its document store. */
    ConfigurableApplicationContext start(List<String> datasource, Path documents, String... more) {
        return new SpringApplicationBuilder(MotcuaApplication.class).run(arguments(datasource, documents, more)
                .toArray(String[]::new));
    }

    /** Its command-line arguments (a random port unless {@code more} names one). */
    List<String> arguments(List<String> datasource, Path documents, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--server.port=0",
                "--motcua.documents.dir=" + documents, "--camunda.bpm.admin-user.password=Quan-Tri-2026!",
                "--camunda.bpm.generic-properties.properties.enable-password-policy=false"));
        args.addAll(datasource);
        args.addAll(signing);
        args.addAll(List.of(more));
        return args;
    }

    static TestRestTemplate clerk(ConfigurableApplicationContext app) {
        String port = app.getEnvironment().getProperty("local.server.port");
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port))
                .withBasicAuth(CLERK, TestOneStopShop.password());
    }

    static ResponseEntity<String> submit(TestRestTemplate clerk, String idNumber) {
        return submit(clerk, idNumber, null);
    }

    /** An online dossier of Đồng Xoài for the applicant, with an Idempotency-Key when {@code key} is not null. */
    static ResponseEntity<String> submit(TestRestTemplate clerk, String idNumber, String key) {
        return clerk.postForEntity("/api/dossiers", DossierApiFlowTest.multipart(
                TestFiles.onlineSubmission(TestFiles.dossierJson("000.00.20.H10", "ONLINE", idNumber)), key), String.class);
    }

    /** An online dossier of Đồng Xoài, submitted and accepted at the desk; its code. */
    static String submitAndAccept(TestRestTemplate clerk, String idNumber) throws Exception {
        ResponseEntity<String> submitted = submit(clerk, idNumber);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = JSON.readTree(submitted.getBody()).get("code").asText();
        ResponseEntity<String> accepted = clerk.postForEntity("/api/dossiers/{code}/acceptance",
                TestFiles.json("{\"componentsHandedIn\":[\"GIAY_DE_NGHI\",\"CCCD\"],\"opinion\":\"Đủ hồ sơ\"}"), String.class, code);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        return code;
    }
}
