package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The first run of docs/operations.md, on an empty database, as one scenario shared by
 * {@link PostgresFirstRunTest} (PostgreSQL) and {@link H2FirstRunTest} (every build):
 * <ol>
 * <li>the start applies the demo province file (agencies, tenants, grants, each change audited);</li>
 * <li>a clerk of each agency that resolves a procedure (Đồng Xoài, Bình Long, phường Tân Phú, Sở Tư pháp)
 * registers a dossier at the counter;</li>
 * <li>a reorganisation file is applied: Bình Long is merged into Đồng Xoài (last day yesterday; Bình Long's desk
 * now receives for Đồng Xoài) and phường Tân Phú is renamed;</li>
 * <li>Bình Long's running dossier keeps its agency, tenant and history, and Đồng Xoài's desk now sees it;
 * registering at Bình Long is refused naming {@code agencyCode} and the successor; new dossiers go to Đồng
 * Xoài; the renamed agency's new name is on the new dossier's slip; applying the file again changes nothing.</li>
 * </ol>
 */
abstract class FirstRunScenario {

    static final String PASSWORD = "Demo-Mat-Khau-1";
    static final String DONG_XOAI = "000.00.20.H10";
    static final String BINH_LONG = "000.00.21.H10";
    static final String TAN_PHU = "000.20.31.H10";
    static final String SO_TU_PHAP = "000.00.12.H10";
    static final String TAN_PHU_NEW_NAME = "UBND phường Đồng Xoài";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    /** Per procedure: the case (when it has several) and its mandatory components. */
    static final Map<String, List<String>> COMPONENTS = Map.of(
            "1.001612", List.of("GIAY_DE_NGHI", "CCCD"),
            "1.001193", List.of("TO_KHAI", "GIAY_CHUNG_SINH"),
            "3.000333", List.of("TO_KHAI", "CCCD"));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProvinceApplier applier;
    @Autowired
    java.time.Clock clock;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void fromAnEmptyDatabaseThroughAReorganisation() throws Exception {
        // the start applied the province file to the empty database, every change audited
        assertThat(jdbc.queryForObject("select count(*) from agency", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from province_change where actor = 'start'", Long.class)).isPositive();
        assertThat(identity.createTenantQuery().count()).isEqualTo(5);

        // people come from Admin (or LDAP): a clerk at the desk of each agency that resolves a procedure
        Province demo = ProvinceValidatorTest.demo();
        List<String> registered = new ArrayList<>();
        for (Province.AgencyEntry agency : demo.agencies()) {
            if (agency.resolves().isEmpty()) {
                continue;
            }
            String clerk = "clerk." + agency.desk();
            person(clerk, agency.desk());
            String procedure = agency.resolves().stream().filter(COMPONENTS::containsKey).findFirst().orElseThrow();
            String code = register(clerk, agency.code(), procedure);
            assertThat(code).startsWith(agency.code());
            registered.add(agency.code());
        }
        assertThat(registered).containsExactlyInAnyOrder(DONG_XOAI, BINH_LONG, TAN_PHU, SO_TU_PHAP);
        String binhLong = dossierOf(BINH_LONG);
        String binhLongInstance = jdbc.queryForObject("select process_instance_id from dossier where code = ?", String.class, binhLong);
        long binhLongHistory = history(binhLong);
        assertThat(status("clerk.motcua-dongxoai", binhLong)).isEqualTo(HttpStatus.NOT_FOUND);

        // reorganisation: Bình Long merged into Đồng Xoài (its desk now receives for Đồng Xoài), Tân Phú renamed
        String yesterday = LocalDate.now(clock).minusDays(1).toString(); // the province's yesterday
        Province reorganised = ProvinceValidatorTest.withAgency(demo, 2, a -> a.mergedInto(DONG_XOAI, yesterday));
        reorganised = ProvinceValidatorTest.withAgency(reorganised, 3, a -> a.renamed(TAN_PHU_NEW_NAME));
        List<Province.ServiceCentre> centres = new ArrayList<>(reorganised.serviceCentres());
        centres.replaceAll(c -> c.id().equals("motcua-binhlong")
                ? new Province.ServiceCentre(c.id(), c.name(), List.of(BINH_LONG, DONG_XOAI)) : c);
        reorganised = new Province(reorganised.id(), reorganised.name(), "2026-12-01.1", reorganised.agencies(), centres,
                reorganised.provinceGroups());
        applier.requireRouting(reorganised);
        List<ProvinceChange> rows = applier.apply(reorganised, "test");
        assertThat(rows).extracting(r -> r.getAction() + " " + r.getSubject() + " " + r.getSubjectId()).contains(
                "UPDATE AGENCY " + BINH_LONG, "UPDATE AGENCY " + TAN_PHU, "UPDATE TENANT " + TAN_PHU,
                "CREATE MEMBERSHIP " + BINH_LONG + " ← motcua-dongxoai",
                "CREATE MEMBERSHIP " + BINH_LONG + " ← chuyenvien-tckh-dongxoai",
                "CREATE MEMBERSHIP " + DONG_XOAI + " ← motcua-binhlong");
        assertThat(rows).filteredOn(r -> r.getSubjectId().equals(BINH_LONG) && r.getSubject().equals("AGENCY"))
                .singleElement().satisfies(r -> assertThat(r.getDetail()).contains("effectiveTo", yesterday, "successor", DONG_XOAI));
        assertThat(rows).filteredOn(r -> r.getSubjectId().equals(TAN_PHU) && r.getSubject().equals("AGENCY"))
                .singleElement().satisfies(r -> assertThat(r.getDetail()).contains("name", TAN_PHU_NEW_NAME));

        // the running dossier keeps its agency, tenant and history; the successor's desk now sees it too
        assertThat(jdbc.queryForObject("select a.code from dossier d join agency a on a.id = d.agency_id where d.code = ?",
                String.class, binhLong)).isEqualTo(BINH_LONG);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(binhLongInstance).singleResult().getTenantId())
                .isEqualTo(BINH_LONG);
        assertThat(history(binhLong)).isEqualTo(binhLongHistory);
        assertThat(status("clerk.motcua-binhlong", binhLong)).isEqualTo(HttpStatus.OK);
        assertThat(status("clerk.motcua-dongxoai", binhLong)).isEqualTo(HttpStatus.OK);

        // registering at the merged agency is refused naming the field and the successor
        ResponseEntity<String> refused = submit("clerk.motcua-binhlong", BINH_LONG, "1.001612");
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isIn(400, 422);
        var error = json.readTree(refused.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("agencyCode");
        assertThat(error.get("message").asText()).contains(BINH_LONG, yesterday, DONG_XOAI);

        // new dossiers go to the successor, also from the merged agency's desk
        assertThat(register("clerk.motcua-binhlong", DONG_XOAI, "1.001612")).startsWith(DONG_XOAI);
        assertThat(register("clerk.motcua-dongxoai", DONG_XOAI, "1.001612")).startsWith(DONG_XOAI);

        // the renamed agency's new name is on a new dossier's slip
        String tanPhu = register("clerk.motcua-tanphu", TAN_PHU, "1.001193");
        ResponseEntity<byte[]> slip = http.withBasicAuth("clerk.motcua-tanphu", PASSWORD)
                .getForEntity("/api/dossiers/" + tanPhu + "/slips/05", byte[].class);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(slip.getBody()).toUpperCase(Locale.ROOT)).contains(TAN_PHU_NEW_NAME.toUpperCase(Locale.ROOT));

        assertThat(applier.apply(reorganised, "test")).isEmpty();
    }

    private String dossierOf(String agency) {
        return jdbc.queryForObject("select d.code from dossier d join agency a on a.id = d.agency_id where a.code = ?",
                String.class, agency);
    }

    private HttpStatus status(String user, String code) {
        return HttpStatus.valueOf(http.withBasicAuth(user, PASSWORD).getForEntity("/api/dossiers/" + code, String.class)
                .getStatusCode().value());
    }

    private long history(String code) {
        return jdbc.queryForObject("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id where d.code = ?",
                Long.class, code);
    }

    private void person(String id, String group) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Cán bộ");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    private String register(String clerk, String agency, String procedure) throws Exception {
        ResponseEntity<String> submitted = submit(clerk, agency, procedure);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    private int serial;

    private ResponseEntity<String> submit(String clerk, String agency, String procedure) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", part("""
                {"agencyCode":"%s","procedureCode":"%s","caseCode":"TH1","channel":"COUNTER",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"0791000000%02d","phone":"0912345678",
                              "email":"an@example.vn","address":"Phường Tân Phú, Đồng Xoài"},
                 "summary":"Hồ sơ lần đầu"}""".formatted(agency, procedure, ++serial), MediaType.APPLICATION_JSON, null));
        for (String component : COMPONENTS.get(procedure)) {
            boolean image = component.equals("CCCD");
            parts.add(component, part(image ? PNG : PDF, image ? MediaType.IMAGE_PNG : MediaType.APPLICATION_PDF,
                    component.toLowerCase(Locale.ROOT) + (image ? ".png" : ".pdf")));
        }
        return http.withBasicAuth(clerk, PASSWORD).postForEntity("/api/dossiers", parts, String.class);
    }

    private static HttpEntity<Object> part(Object content, MediaType type, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        Object body = content instanceof byte[] bytes ? new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        } : content;
        return new HttpEntity<>(body, headers);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
