package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.MotcuaApplication;
import vn.motcua.signature.TestKeystores;

/**
 * The production profile ({@code postgres}) as an attacker meets it, through the real HTTP surfaces of the
 * running application behind a TLS proxy on this machine (Tomcat believes {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} from loopback, as from the proxy, so each test plays its own client addresses):
 * the start refused with default secrets, the password policy, failed-login throttling on HTTP Basic and on
 * the webapps' login form without any account lockout, secure session cookies, the public tracking limit
 * and a private data folder. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProductionHardeningScenarios {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_PASSWORD = "Quan-Tri-2026!";
    static final String CLERK_PASSWORD = "Tiep-Nhan-2026!";

    @TempDir
    static Path files;

    ConfigurableApplicationContext app;
    final HttpClient http = HttpClient.newHttpClient();

    /** The database arguments: URL, user and a non-default password. */
    abstract List<String> database() throws Exception;

    void createDatabase() throws Exception {
    }

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        createDatabase();
        List<String> args = new ArrayList<>(database());
        args.addAll(List.of("--spring.profiles.active=postgres", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                "--motcua.documents.dir=" + files.resolve("documents"),
                "--motcua.security.tracking.requests=3"));
        args.addAll(TestKeystores.signerArguments(files, "lanhdao", "Phạm Văn Hùng"));
        app = new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
        // a clerk with a password that passes the policy
        IdentityService identity = app.getBean(IdentityService.class);
        var clerk = identity.newUser("canbo.mot");
        clerk.setFirstName("Cán bộ");
        clerk.setLastName("Một");
        clerk.setPassword(CLERK_PASSWORD);
        identity.saveUser(clerk);
        var access = app.getBean(org.camunda.bpm.engine.AuthorizationService.class);
        var tasklist = access.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        tasklist.setUserId("canbo.mot");
        tasklist.setResource(org.camunda.bpm.engine.authorization.Resources.APPLICATION);
        tasklist.setResourceId("tasklist");
        tasklist.addPermission(org.camunda.bpm.engine.authorization.Permissions.ACCESS);
        access.saveAuthorization(tasklist);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    @Test
    void shouldRefuseToStartWithMissingOrDefaultSecrets() throws Exception {
        Path untouched = files.resolve("never-created");
        List<String> defaults = List.of("--spring.profiles.active=postgres", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + untouched.resolve("motcua"),
                "--spring.datasource.password=motcua", "--motcua.documents.dir=" + untouched.resolve("documents"));
        assertThatThrownBy(() -> new SpringApplicationBuilder(MotcuaApplication.class).run(defaults.toArray(String[]::new)))
                .hasMessageContaining("MOTCUA_DB_PASSWORD (spring.datasource.password) đang là giá trị mặc định 'motcua'")
                .hasMessageContaining("MOTCUA_ADMIN_PASSWORD (camunda.bpm.admin-user.password) chưa được đặt");
        List<String> adminAdmin = new ArrayList<>(defaults);
        adminAdmin.set(3, "--spring.datasource.password=Db-Secret-2026");
        adminAdmin.add("--camunda.bpm.admin-user.password=admin");
        assertThatThrownBy(() -> new SpringApplicationBuilder(MotcuaApplication.class).run(adminAdmin.toArray(String[]::new)))
                .hasMessageContaining("MOTCUA_ADMIN_PASSWORD (camunda.bpm.admin-user.password) đang là giá trị mặc định 'admin'");
        assertThat(untouched).as("refused before any database or folder was touched").doesNotExist();
    }

    @Test
    void shouldEnforceThePasswordPolicy() throws Exception {
        HttpResponse<String> policy = send(basic("admin", ADMIN_PASSWORD, "/engine-rest/identity/password-policy").build());
        assertThat(policy.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(policy.body()).get("rules").findValuesAsText("placeholder"))
                .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL");

        for (String weak : List.of("demo", "abcdefghij", "Abcdefghij1", "canbo.hai-Aa1!")) {
            HttpResponse<String> created = createUser("canbo.hai", weak);
            assertThat(created.statusCode()).as("password %s: %s", weak, created.body()).isGreaterThanOrEqualTo(400);
            assertThat(created.body()).contains("Password does not match policy");
        }
        assertThat(app.getBean(IdentityService.class).createUserQuery().userId("canbo.hai").count()).isZero();
        assertThat(createUser("canbo.hai", "Mat-Khau-Manh-2026").statusCode()).isEqualTo(204);
    }

    @Test
    void shouldThrottleWrongBasicPasswordsPerClientBeforeCheckingThem() throws Exception {
        String attacker = "203.0.113.10";
        for (int i = 0; i < 5; i++) {
            assertThat(status(basic("canbo.mot", "sai-" + i, "/api/dossiers").header("X-Forwarded-For", attacker).build()))
                    .isEqualTo(401);
        }
        HttpResponse<String> throttled = send(basic("canbo.mot", "sai-5", "/engine-rest/task").header("X-Forwarded-For", attacker).build());
        assertThrottled(throttled);
        // even the right password is not checked for this client now: guessing gains nothing
        assertThrottled(send(basic("canbo.mot", CLERK_PASSWORD, "/engine-rest/task").header("X-Forwarded-For", attacker).build()));
        // the clerk at her own desk is not locked out
        assertThat(status(basic("canbo.mot", CLERK_PASSWORD, "/engine-rest/task").header("X-Forwarded-For", "198.51.100.7").build()))
                .isEqualTo(200);
    }

    @Test
    void shouldNeverLockAnAccountWhateverTheNumberOfWrongPasswords() throws Exception {
        // more than Camunda's old limit of 10, spread over clients so that no throttle stops them
        for (int i = 0; i < 12; i++) {
            assertThat(status(basic("canbo.mot", "doan-" + i, "/engine-rest/task")
                    .header("X-Forwarded-For", "192.0.2." + (20 + i)).build())).isEqualTo(401);
        }
        assertThat(status(basic("canbo.mot", CLERK_PASSWORD, "/engine-rest/task").header("X-Forwarded-For", "192.0.2.99").build()))
                .as("the account still works").isEqualTo(200);
        assertThat(app.getBean(IdentityService.class).checkPassword("canbo.mot", CLERK_PASSWORD)).isTrue();
    }

    @Test
    void shouldThrottleTheWebappLoginFormAndSendSecureCookies() throws Exception {
        String attacker = "203.0.113.20";
        Webapp session = Webapp.open(http, url(""), attacker);
        for (int i = 0; i < 5; i++) {
            assertThat(session.login("canbo.mot", "sai-" + i).statusCode()).isEqualTo(401);
        }
        assertThrottled(session.login("canbo.mot", "sai-5"));
        assertThrottled(session.login("canbo.mot", CLERK_PASSWORD));

        Webapp desk = Webapp.open(http, url(""), "198.51.100.8");
        HttpResponse<String> loggedIn = desk.login("canbo.mot", CLERK_PASSWORD);
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
        List<String> cookies = desk.setCookies;
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").containsIgnoringCase("SameSite"));
    }

    @Test
    void shouldRateLimitPublicTrackingPerClient() throws Exception {
        String code = URLEncoder.encode("000.00.20.H10-260302-0001", StandardCharsets.UTF_8);
        String path = "/api/public/tracking?code=" + code + "&idNumber=079190001111";
        for (int i = 0; i < 3; i++) {
            assertThat(status(anonymous(path).header("X-Forwarded-For", "203.0.113.30").build())).isEqualTo(404);
        }
        assertThrottled(send(anonymous(path).header("X-Forwarded-For", "203.0.113.30").build()));
        assertThat(status(anonymous(path).header("X-Forwarded-For", "203.0.113.31").build()))
                .as("another citizen is not affected").isEqualTo(404);
    }

    @Test
    void shouldKeepTheDocumentStoreReadableByTheApplicationOnly() throws Exception {
        Path documents = files.resolve("documents");
        assertThat(documents).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(documents))).isEqualTo("rwx------");
    }

    // --- helpers

    static void assertThrottled(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asText()).contains("giây");
    }

    HttpResponse<String> createUser(String id, String password) throws Exception {
        String body = JSON.writeValueAsString(Map.of("profile", Map.of("id", id, "firstName", "Cán bộ", "lastName", "Hai"),
                "credentials", Map.of("password", password)));
        return send(basic("admin", ADMIN_PASSWORD, "/engine-rest/user/create").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    URI url(String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(url(path));
    }

    HttpRequest.Builder basic(String user, String password, String path) {
        return anonymous(path).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    int status(HttpRequest request) throws Exception {
        return send(request).statusCode();
    }
}
