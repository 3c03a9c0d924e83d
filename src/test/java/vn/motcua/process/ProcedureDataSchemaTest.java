package vn.motcua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.ProcedureDataSchemas;
import vn.motcua.dossier.ProcedureDataSchemas.Kind;

/**
 * The procedure data schema of every procedure in the catalogue against its start form in {@code forms/}: same
 * keys (minus the applicant, summary and channel the API carries apart), same kinds, the validate block's checks;
 * and no key that could overwrite a shared process variable ({@link DossierProcess}).
 */
class ProcedureDataSchemaTest {

    final ObjectMapper json = new ObjectMapper();
    final ProcedureDataSchemas schemas = new ProcedureDataSchemas(json);

    @Test
    void shouldMatchEveryStartFormFieldByKeyKindAndChecks() throws Exception {
        JsonNode catalog = json.readTree(new File("src/main/resources/catalog/procedures.json"));
        assertThat(catalog).hasSize(10); // five services by version: 1.001612 three (2019-2020, 2021-06/2025, from 07/2025), three with a 2019 and a 2025 version, birth registration one
        for (JsonNode procedure : catalog) {
            String processKey = procedure.get("processKey").asText();
            Map<String, String> formFields = new LinkedHashMap<>();
            JsonNode form = json.readTree(new File("forms/" + processKey + ".start.form"));
            form.findParents("key").forEach(c -> formFields.put(c.get("key").asText(), c.path("type").asText()));
            Set.of("applicantName", "applicantIdNumber", "applicantPhone", "applicantEmail", "applicantAddress",
                    "summary", "channel").forEach(formFields::remove);

            ProcedureDataSchemas.Schema schema = schemas.of(processKey);
            assertThat(schema.fields()).as(processKey).isNotEmpty();
            Map<String, Kind> schemaKinds = schema.fields().stream()
                    .collect(Collectors.toMap(ProcedureDataSchemas.Field::key, ProcedureDataSchemas.Field::kind,
                            (a, b) -> a, LinkedHashMap::new));
            Map<String, Kind> formKinds = new LinkedHashMap<>();
            formFields.forEach((key, type) -> formKinds.put(key, switch (type) {
                case "textfield", "textarea" -> Kind.TEXT;
                case "number" -> Kind.NUMBER;
                case "datetime" -> Kind.DATE;
                case "select", "radio" -> Kind.CHOICE;
                case "checkbox" -> Kind.YES_NO;
                default -> throw new AssertionError(processKey + ": kiểu trường chưa hỗ trợ " + type + " (" + key + ")");
            }));
            assertThat(schemaKinds).as(processKey).containsExactlyEntriesOf(formKinds);
            for (JsonNode c : form.findParents("key")) {
                schema.field(c.get("key").asText()).ifPresent(f -> {
                    assertThat(f.required()).as(f.key()).isEqualTo(c.path("validate").path("required").asBoolean(false));
                    assertThat(f.pattern()).as(f.key()).isEqualTo(c.path("validate").path("pattern").asText(null));
                });
            }
        }
    }

    @Test
    void shouldNeverDeclareAKeyOfASharedProcessVariable() throws Exception {
        List<String> shared = new ArrayList<>();
        for (Field f : DossierProcess.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ProcessVariable.class) {
                shared.add(((ProcessVariable<?>) f.get(null)).name());
            }
        }
        assertThat(shared).contains("dossierId", "agencyCode", "intakeGroup");
        Stream.of("dang-ky-ho-kinh-doanh", "cap-phieu-ly-lich-tu-phap", "cap-giay-phep-xay-dung",
                "cap-giay-chung-nhan-lan-dau", "dang-ky-khai-sinh").forEach(key ->
                assertThat(schemas.of(key).fields()).extracting(ProcedureDataSchemas.Field::key).as(key).doesNotContainAnyElementsOf(shared));
    }
}
