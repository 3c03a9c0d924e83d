package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The checked-in {@code docs/openapi.json} is the description the application serves. When the API changes
 * this fails and writes the served one to {@code target/openapi.json}; run with {@code -Dopenapi.update=true}
 * to update the checked-in file.
 */
@ApiIntegrationTest
class OpenApiDocumentTest {

    static final Path CHECKED_IN = Path.of("docs/openapi.json");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void shouldMatchTheCheckedInDescription() throws Exception {
        String served = http.withBasicAuth("tiepnhan", "demo").getForObject("/v3/api-docs", String.class);
        JsonNode tree = json.readTree(served);
        assertThat(tree.at("/paths").has("/api/dossiers")).isTrue();
        String pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(tree) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CHECKED_IN, pretty);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), pretty);
        assertThat(Files.exists(CHECKED_IN)).as("docs/openapi.json exists (run with -Dopenapi.update=true)").isTrue();
        assertThat(json.readTree(Files.readString(CHECKED_IN)))
                .as("docs/openapi.json is stale: compare with target/openapi.json, or run with -Dopenapi.update=true")
                .isEqualTo(tree);
        assertThat(http.withBasicAuth("tiepnhan", "demo").getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }
}
