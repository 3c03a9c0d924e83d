package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

import vn.motcua.MotcuaApplication;
import vn.motcua.signature.TestKeystores;

/**
 * Users and groups from a directory (profile {@code ldap}) with the demo province file applied: an in-memory LDAP
 * server on a loopback port holds a desk clerk of Đồng Xoài (group {@code motcua-dongxoai}) and one of Bình Long
 * ({@code motcua-binhlong}), Đồng Xoài's manager ({@code quanly-dongxoai}), a user of a group the file does not know,
 * a user without groups and an administrator (group {@code camunda-admin}). They log in to {@code /api},
 * {@code /engine-rest} and the webapps with their directory passwords; the directory administrators get every right
 * from the administrator authorization plugin; a grant to the directory group reaches its members only; identity
 * cannot be written. The tenants of the directory's users are those the province file gives their groups
 * ({@code engine.DirectoryIdentityPlugin}): a clerk sees its agency's tasks and dossiers in the engine REST API,
 * Tasklist and {@code /api}, and not another's; the agency's manager reads its agency's report rows only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapIdentityTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "dc=motcua,dc=vn";

    @TempDir
    static Path files;

    InMemoryDirectoryServer directory;
    ConfigurableApplicationContext app;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: motcua");
        for (String ou : List.of("people", "groups", "system")) {
            directory.add("dn: ou=" + ou + "," + BASE, "objectClass: organizationalUnit", "ou: " + ou);
        }
        directory.add("dn: cn=motcua,ou=system," + BASE, "objectClass: person", "cn: motcua", "sn: motcua",
                "userPassword: Ldap-Bind-2026");
        person("canbo.ldap", "Lan", "Nguyễn Thị", "Canbo-Ldap-2026!");
        person("khach.ldap", "Bình", "Trần Văn", "Khach-Ldap-2026!");
        person("quantri.ldap", "Hùng", "Lê Văn", "Quantri-Ldap-2026!");
        person("canbo.binhlong", "Tú", "Đặng Văn", "Binhlong-Ldap-2026!");
        person("quanly.dx", "Đức", "Trương Văn", "Quanly-Ldap-2026!");
        person("thu.ldap", "Thu", "Phan Thị", "Thu-Ldap-2026!");
        group("motcua-dongxoai", "Bộ phận một cửa Đồng Xoài", "canbo.ldap");
        group("motcua-binhlong", "Bộ phận một cửa Bình Long", "canbo.binhlong");
        group("quanly-dongxoai", "Lãnh đạo theo dõi hồ sơ Đồng Xoài", "quanly.dx");
        group("thu-nghiem", "Nhóm thử nghiệm (không có trong tệp tỉnh)", "thu.ldap");
        group("camunda-admin", "Quản trị Motcua", "quantri.ldap");
        directory.startListening();

        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=ldap", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + files.resolve("data").resolve("motcua"),
                "--motcua.documents.dir=" + files.resolve("documents"),
                "--camunda.bpm.job-execution.enabled=false",
                "--motcua.identity.ldap.server-url=ldap://127.0.0.1:" + directory.getListenPort() + "/",
                "--motcua.identity.ldap.manager-dn=cn=motcua,ou=system," + BASE,
                "--motcua.identity.ldap.manager-password=Ldap-Bind-2026",
                "--motcua.identity.ldap.base-dn=" + BASE,
                "--motcua.province.location=province/binh-phuoc-demo"));
        args.addAll(TestKeystores.signerArguments(files, "lanhdao", "Phạm Văn Hùng"));
        app = new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
    }

    private void person(String uid, String given, String family, String password) throws Exception {
        directory.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + given + " " + family, "givenName: " + given, "sn: " + family, "mail: " + uid + "@motcua.vn",
                "userPassword: " + password);
    }

    private void group(String cn, String description, String member) throws Exception {
        directory.add("dn: cn=" + cn + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + cn,
                "description: " + description, "member: uid=" + member + ",ou=people," + BASE);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    @Order(1)
    void shouldLogDirectoryUsersInToTheApiWithTheirDirectoryPasswords() throws Exception {
        assertThat(status(as("canbo.ldap", "Canbo-Ldap-2026!", "/api/dossiers").build())).isEqualTo(200);
        assertThat(status(as("canbo.ldap", "sai-mat-khau", "/api/dossiers").build())).isEqualTo(401);
        assertThat(status(as("khong.co", "Canbo-Ldap-2026!", "/api/dossiers").build())).isEqualTo(401);
        JsonNode groups = json(as("quantri.ldap", "Quantri-Ldap-2026!", "/engine-rest/group?member=canbo.ldap").build());
        assertThat(groups.findValuesAsText("id")).containsExactly("motcua-dongxoai");
        assertThat(groups.findValuesAsText("name")).containsExactly("Bộ phận một cửa Đồng Xoài");
    }

    @Test
    @Order(2)
    void shouldGiveTheDirectorysAdministratorsEveryRight() throws Exception {
        assertThat(status(as("quantri.ldap", "Quantri-Ldap-2026!", "/api/admin/calendar/2026").build())).isEqualTo(200);
        assertThat(status(as("canbo.ldap", "Canbo-Ldap-2026!", "/api/admin/calendar/2026").build())).isEqualTo(403);
        JsonNode grants = json(as("quantri.ldap", "Quantri-Ldap-2026!", "/engine-rest/authorization?groupIdIn=camunda-admin").build());
        assertThat(grants.size()).as("the administrator plugin's grants").isGreaterThan(10);
    }

    @Test
    @Order(3)
    void shouldLetDirectoryGroupMembershipDriveAuthorizations() throws Exception {
        assertThat(json(as("thu.ldap", "Thu-Ldap-2026!", "/engine-rest/process-definition").build())).isEmpty();
        // the administrator grants the directory group read access to process definitions and Tasklist
        grant(Map.of("type", 1, "groupId", "thu-nghiem", "resourceType", 6, "resourceId", "*", "permissions", List.of("READ")));
        grant(Map.of("type", 1, "groupId", "thu-nghiem", "resourceType", 0, "resourceId", "tasklist", "permissions", List.of("ACCESS")));

        assertThat(json(as("thu.ldap", "Thu-Ldap-2026!", "/engine-rest/process-definition").build()).findValuesAsText("key"))
                .contains("dang-ky-ho-kinh-doanh");
        assertThat(json(as("khach.ldap", "Khach-Ldap-2026!", "/engine-rest/process-definition").build()))
                .as("not a member of the group").isEmpty();

        HttpResponse<String> clerk = Webapp.open(http, url(""), "198.51.100.40").login("thu.ldap", "Thu-Ldap-2026!");
        assertThat(clerk.statusCode()).as(clerk.body()).isEqualTo(200);
        assertThat(JSON.readTree(clerk.body()).get("authorizedApps").toString()).contains("tasklist");
        assertThat(Webapp.open(http, url(""), "198.51.100.41").login("khach.ldap", "Khach-Ldap-2026!").statusCode())
                .as("no Tasklist access without the group").isEqualTo(403);
        assertThat(Webapp.open(http, url(""), "198.51.100.42").login("canbo.ldap", "sai").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void shouldKeepIdentityReadOnly() throws Exception {
        String user = JSON.writeValueAsString(Map.of("profile", Map.of("id", "moi.tao", "firstName", "Mới", "lastName", "Tạo"),
                "credentials", Map.of("password", "Moi-Tao-2026!")));
        HttpResponse<String> created = send(as("quantri.ldap", "Quantri-Ldap-2026!", "/engine-rest/user/create")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
        assertThat(created.body()).contains("read-only");
        assertThat(directory.getEntry("uid=moi.tao,ou=people," + BASE)).isNull();
    }

    static final String DONG_XOAI = "000.00.20.H10";
    static final String BINH_LONG = "000.00.21.H10";

    /** A dossier submitted by each desk (Đồng Xoài's, Bình Long's), then received two days ago and overdue. */
    private List<String> dossiers;

    List<String> dossiers() throws Exception {
        if (dossiers == null) {
            List<String> codes = new ArrayList<>();
            codes.add(submit("canbo.ldap", "Canbo-Ldap-2026!", DONG_XOAI, "079400000201"));
            codes.add(submit("canbo.binhlong", "Binhlong-Ldap-2026!", BINH_LONG, "070400000202"));
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            for (String code : codes) {
                app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("update dossier set status = ?,"
                        + " received_at = ?, due_at = ? where code = ?", vn.motcua.dossier.DossierStatus.PROCESSING.code(),
                        now.minusDays(2), now.minusHours(1), code);
            }
            dossiers = codes;
        }
        return dossiers;
    }

    private String submit(String user, String password, String agency, String idNumber) throws Exception {
        HttpResponse<String> submitted = send(TenancyAttackScenarios.withDossier(as(user, password, "/api/dossiers"), agency, idNumber).build());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return JSON.readTree(submitted.body()).get("code").asText();
    }

    @Test
    @Order(5)
    void shouldGiveDirectoryUsersTheTenantsTheProvinceFileGivesTheirGroups() throws Exception {
        JsonNode tenants = json(as("quantri.ldap", "Quantri-Ldap-2026!",
                "/engine-rest/tenant?userMember=canbo.ldap&includingGroupsOfUser=true").build());
        assertThat(tenants.findValuesAsText("id")).containsExactly(DONG_XOAI);
        assertThat(tenants.findValuesAsText("name")).containsExactly("UBND thành phố Đồng Xoài");
        assertThat(json(as("quantri.ldap", "Quantri-Ldap-2026!", "/engine-rest/tenant?groupMember=quanly-dongxoai").build())
                .findValuesAsText("id")).containsExactly(DONG_XOAI);
        assertThat(json(as("quantri.ldap", "Quantri-Ldap-2026!",
                "/engine-rest/tenant?userMember=khach.ldap&includingGroupsOfUser=true").build())).isEmpty();

        String ours = dossiers().get(0);
        String theirs = dossiers().get(1);
        // /api: the register with the caller's tenants
        JsonNode list = json(as("canbo.ldap", "Canbo-Ldap-2026!", "/api/dossiers?size=100").build());
        assertThat(list.findValuesAsText("code")).contains(ours).doesNotContain(theirs);
        assertThat(status(as("canbo.ldap", "Canbo-Ldap-2026!", "/api/dossiers/" + theirs).build())).isEqualTo(404);
        assertThat(status(as("canbo.binhlong", "Binhlong-Ldap-2026!", "/api/dossiers/" + theirs).build())).isEqualTo(200);
        // the engine REST API: the engine's tenant check with the same tenants
        JsonNode tasks = json(as("canbo.ldap", "Canbo-Ldap-2026!", "/engine-rest/task").build());
        assertThat(tasks.findValuesAsText("tenantId")).isNotEmpty().containsOnly(DONG_XOAI);
        assertThat(json(as("canbo.binhlong", "Binhlong-Ldap-2026!", "/engine-rest/task").build()).findValuesAsText("tenantId"))
                .isNotEmpty().containsOnly(BINH_LONG);
        // Tasklist: the webapps' login reads the tenants from the engine's identity too
        Webapp tasklist = Webapp.open(http, url(""), "198.51.100.43");
        assertThat(tasklist.login("canbo.ldap", "Canbo-Ldap-2026!").statusCode()).isEqualTo(200);
        HttpResponse<String> webappTasks = tasklist.send(tasklist.request("/camunda/api/engine/engine/default/task").build());
        assertThat(webappTasks.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(webappTasks.body()).findValuesAsText("tenantId")).isNotEmpty().containsOnly(DONG_XOAI);
    }

    @Test
    @Order(6)
    void shouldLimitADirectoryAgencyManagersReportsToItsAgency() throws Exception {
        dossiers();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String period = "/api/reports/period?from=" + today.minusDays(30) + "&to=" + today;
        JsonNode report = json(as("quanly.dx", "Quanly-Ldap-2026!", period).build());
        assertThat(report.get("agencies").findValuesAsText("agencyCode")).containsExactly(DONG_XOAI);
        HttpResponse<String> foreign = send(as("quanly.dx", "Quanly-Ldap-2026!", period + "&agency=" + BINH_LONG).build());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"agency\"");
        assertThat(json(as("quantri.ldap", "Quantri-Ldap-2026!", period).build()).get("agencies").findValuesAsText("agencyCode"))
                .contains(DONG_XOAI, BINH_LONG);
        assertThat(status(as("canbo.ldap", "Canbo-Ldap-2026!", period).build())).as("a desk clerk").isEqualTo(403);
    }

    // --- helpers

    private void grant(Map<String, Object> authorization) throws Exception {
        HttpResponse<String> response = send(as("quantri.ldap", "Quantri-Ldap-2026!", "/engine-rest/authorization/create")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(authorization))).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    URI url(String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    HttpRequest.Builder as(String user, String password, String path) {
        return HttpRequest.newBuilder(url(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    int status(HttpRequest request) throws Exception {
        return send(request).statusCode();
    }

    JsonNode json(HttpRequest request) throws Exception {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
