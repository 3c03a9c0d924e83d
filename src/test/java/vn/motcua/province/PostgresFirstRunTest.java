package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The first run of docs/operations.md on an empty PostgreSQL database: the province file is applied at start
 * (agencies, tenants, grants, audited); a clerk of each agency resolving household business registration
 * registers a dossier; a reorganisation file (Bình Long merged into Đồng Xoài, which is renamed) is applied;
 * Bình Long's running dossier keeps its agency, tenant and history, its desk now registers for Đồng Xoài, and
 * Bình Long takes no new dossier. Runs when {@code MOTCUA_TEST_PG_URL} points at a PostgreSQL server; a fresh
 * database is created for it and dropped after.
 */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        "motcua.documents.dir=target/test-documents", "motcua.province.location=province/binh-phuoc-demo"})
@DirtiesContext
class PostgresFirstRunTest {

    static final String SERVER = System.getenv("MOTCUA_TEST_PG_URL");
    static final String USER = env("MOTCUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("MOTCUA_TEST_PG_PASSWORD", "");
    static final String DATABASE = "motcua_firstrun_" + Long.toHexString(System.nanoTime());
    static final String DONG_XOAI = "000.00.20.H10";
    static final String BINH_LONG = "000.00.21.H10";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        execute("create database " + DATABASE);
        registry.add("spring.datasource.url", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @AfterAll
    static void drop() throws Exception {
        execute("drop database if exists " + DATABASE + " with (force)");
    }

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

    final ObjectMapper json = new ObjectMapper();

    @Test
    void fromAnEmptyDatabaseThroughAReorganisation() throws Exception {
        // the start applied the province file to the empty database, every change audited
        assertThat(jdbc.queryForObject("select count(*) from agency", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from province_change where actor = 'start'", Long.class)).isPositive();
        assertThat(identity.createTenantQuery().count()).isEqualTo(5);

        // people come from Admin (or LDAP): one clerk per desk
        person("clerk.dongxoai", "motcua-dongxoai");
        person("clerk.binhlong", "motcua-binhlong");
        String dongXoai = register("clerk.dongxoai", DONG_XOAI, "079100000001");
        String binhLong = register("clerk.binhlong", BINH_LONG, "079100000002");
        assertThat(dongXoai).startsWith(DONG_XOAI);
        assertThat(binhLong).startsWith(BINH_LONG);
        String binhLongInstance = jdbc.queryForObject("select process_instance_id from dossier where code = ?", String.class, binhLong);
        long binhLongHistory = history(binhLong);

        // reorganisation: Bình Long closes, merged into Đồng Xoài (renamed), whose desk Bình Long's desk now serves too
        Province demo = ProvinceValidatorTest.demo();
        String yesterday = LocalDate.now().minusDays(1).toString();
        Province merged = ProvinceValidatorTest.withAgency(demo, 1, a -> new Province.AgencyEntry(a.code(),
                "UBND thành phố Đồng Xoài (sau sắp xếp)", a.level(), a.parent(), a.effectiveFrom(), null, a.desk(), a.units(),
                a.partners(), a.resolves()));
        merged = ProvinceValidatorTest.withAgency(merged, 2, a -> new Province.AgencyEntry(a.code(), a.name(), a.level(),
                a.parent(), a.effectiveFrom(), yesterday, a.desk(), a.units(), a.partners(), a.resolves()));
        List<Province.ServiceCentre> centres = new ArrayList<>(merged.serviceCentres());
        centres.replaceAll(c -> c.id().equals("motcua-binhlong")
                ? new Province.ServiceCentre(c.id(), c.name(), List.of(BINH_LONG, DONG_XOAI)) : c);
        merged = new Province(merged.id(), merged.name(), "2026-12-01.1", merged.agencies(), centres, merged.provinceGroups());
        List<ProvinceChange> rows = applier.apply(merged, "test");
        assertThat(rows).extracting(r -> r.getAction() + " " + r.getSubject() + " " + r.getSubjectId()).contains(
                "UPDATE AGENCY " + DONG_XOAI, "UPDATE AGENCY " + BINH_LONG, "UPDATE TENANT " + DONG_XOAI,
                "CREATE MEMBERSHIP " + DONG_XOAI + " ← motcua-binhlong");

        // the running dossier keeps its agency, tenant and history
        assertThat(jdbc.queryForObject("select a.code from dossier d join agency a on a.id = d.agency_id where d.code = ?",
                String.class, binhLong)).isEqualTo(BINH_LONG);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(binhLongInstance).singleResult().getTenantId())
                .isEqualTo(BINH_LONG);
        assertThat(history(binhLong)).isEqualTo(binhLongHistory);
        assertThat(http.withBasicAuth("clerk.binhlong", "Demo-Mat-Khau-1").getForEntity("/api/dossiers/" + binhLong, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // new dossiers go to the new agency; the closed one takes none
        String after = register("clerk.binhlong", DONG_XOAI, "079100000003");
        assertThat(after).startsWith(DONG_XOAI);
        ResponseEntity<String> closed = submit("clerk.binhlong", BINH_LONG, "079100000004");
        assertThat(closed.getStatusCode().value()).as(closed.getBody()).isIn(400, 422);
        assertThat(json.readTree(closed.getBody()).get("errors").findValuesAsText("field")).contains("agencyCode");
        assertThat(applier.apply(merged, "test")).isEmpty();
    }

    private long history(String code) {
        return jdbc.queryForObject("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id where d.code = ?",
                Long.class, code);
    }

    private void person(String id, String group) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Cán bộ");
        user.setPassword("Demo-Mat-Khau-1");
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    private String register(String clerk, String agency, String idNumber) throws Exception {
        ResponseEntity<String> submitted = submit(clerk, agency, idNumber);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(submitted.getBody()).get("code").asText();
    }

    private ResponseEntity<String> submit(String clerk, String agency, String idNumber) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("dossier", part("""
                {"agencyCode":"%s","procedureCode":"1.001612","channel":"COUNTER",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678",
                              "email":"an@example.vn","address":"Phường Tân Phú, Đồng Xoài"},
                 "summary":"Đăng ký hộ kinh doanh"}""".formatted(agency, idNumber), MediaType.APPLICATION_JSON, null));
        parts.add("GIAY_DE_NGHI", part(PDF, MediaType.APPLICATION_PDF, "giay-de-nghi.pdf"));
        parts.add("CCCD", part(PNG, MediaType.IMAGE_PNG, "cccd.png"));
        return http.withBasicAuth(clerk, "Demo-Mat-Khau-1").postForEntity("/api/dossiers", parts, String.class);
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

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
