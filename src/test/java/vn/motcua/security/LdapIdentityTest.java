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
 * Users and groups from a directory (profile {@code ldap}): an in-memory LDAP server on a loopback port holds
 * a desk clerk (group {@code motcua-dongxoai}), a user without groups and an administrator (group
 * {@code camunda-admin}). They log in to {@code /api}, {@code /engine-rest} and the webapps with their
 * directory passwords; the directory administrators get every right from the administrator authorization
 * plugin; a grant to the directory group reaches its members only; identity cannot be written.
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
        group("motcua-dongxoai", "Bộ phận một cửa Đồng Xoài", "canbo.ldap");
        group("camunda-admin", "Quản trị Motcua", "quantri.ldap");
        directory.startListening();

        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=ldap", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + files.resolve("data").resolve("motcua"),
                "--motcua.documents.dir=" + files.resolve("documents"),
                "--camunda.bpm.job-execution.enabled=false",
                "--motcua.identity.ldap.server-url=ldap://127.0.0.1:" + directory.getListenPort() + "/",
                "--motcua.identity.ldap.manager-dn=cn=motcua,ou=system," + BASE,
                "--motcua.identity.ldap.manager-password=Ldap-Bind-2026",
                "--motcua.identity.ldap.base-dn=" + BASE));
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
        assertThat(json(as("canbo.ldap", "Canbo-Ldap-2026!", "/engine-rest/process-definition").build())).isEmpty();
        // the administrator grants the directory group read access to process definitions and Tasklist
        grant(Map.of("type", 1, "groupId", "motcua-dongxoai", "resourceType", 6, "resourceId", "*", "permissions", List.of("READ")));
        grant(Map.of("type", 1, "groupId", "motcua-dongxoai", "resourceType", 0, "resourceId", "tasklist", "permissions", List.of("ACCESS")));

        assertThat(json(as("canbo.ldap", "Canbo-Ldap-2026!", "/engine-rest/process-definition").build()).findValuesAsText("key"))
                .contains("dang-ky-ho-kinh-doanh");
        assertThat(json(as("khach.ldap", "Khach-Ldap-2026!", "/engine-rest/process-definition").build()))
                .as("not a member of the group").isEmpty();

        HttpResponse<String> clerk = Webapp.open(http, url(""), "198.51.100.40").login("canbo.ldap", "Canbo-Ldap-2026!");
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
