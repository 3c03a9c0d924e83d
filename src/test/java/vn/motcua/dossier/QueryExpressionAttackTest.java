package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * CVE-2026-109432 and its variants, played through the real HTTP surfaces of the running application: a task
 * or filter query carrying an expression (the published exploit puts a {@code Thread.sleep} into
 * {@code orQueries[].assigneeExpression}) is refused with 400 before anything is evaluated (no latency), on the
 * engine REST API and on the webapps' own API; the engine refuses it again when the HTTP check is gone round
 * (Java API, a filter stored with an expression).
 */
@ApiIntegrationTest
class QueryExpressionAttackTest extends EngineRestTestSupport {

    /** Sleeps 6 s when evaluated: the published exploit shape (1.5 s there; longer here, for a loaded build machine). */
    static final String SLEEP = "${''.getClass().forName('java.lang.Thread').getMethod('sleep', ''.getClass().forName('long'))"
            + ".invoke(null, 6000)}";
    /** Far below the sleep; each test first pays the first-call costs with a legitimate query. */
    static final long NO_LATENCY_MS = 4000;

    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcTemplate jdbc;

    /** The first-call costs are paid with legitimate queries, so that latency measures the attack only. */
    @BeforeEach
    void warmUp() throws Exception {
        assertThat(send(as("tiepnhan", "/engine-rest/task/count").GET().build()).statusCode()).isEqualTo(200);
        assertThat(send(as("tiepnhan", "/engine-rest/filter/" + filterId("Việc của tôi") + "/count").GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseThePublishedExploitOnEveryTaskEndpointWithoutEvaluatingIt() throws Exception {
        String body = "{\"orQueries\":[{\"assigneeExpression\":" + JSON.writeValueAsString(SLEEP) + "}]}";
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task",
                "/engine-rest/engine/default/task/count", "/engine-rest/task?firstResult=0&maxResults=15")) {
            assertRefused(post("tiepnhan", path, body), "orQueries[0].assigneeExpression");
        }
        // nested, with #{...}, escaped so that only a JSON parser sees the expression, and in URL parameters
        assertRefused(post("chuyenvien", "/engine-rest/task", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
                + "\"orQueries\":[{\"candidateGroup\":\"x\"},{\"processVariables\":[{\"name\":\"a\",\"operator\":\"eq\","
                + "\"value\":\"#{execution}\"}]}]}"), "orQueries[1].processVariables[0].value");
        assertRefused(post("chuyenvien", "/engine-rest/task", "{\"orQueries\":[{\"candidateGroupsExpression\":\"\\u0024{currentUserGroups()}\"}]}"),
                "orQueries[0].candidateGroupsExpression");
        assertRefused(send(as("tiepnhan", "/engine-rest/task?assigneeExpression=" + URLEncoder.encode(SLEEP, StandardCharsets.UTF_8))
                .GET().build()), "assigneeExpression");
        assertRefused(send(as("tiepnhan", "/engine-rest/task/count?dueBeforeExpression=%24%7Bnow()%7D").GET().build()),
                "dueBeforeExpression");
    }

    @Test
    void shouldRefuseExpressionsOnEveryFilterEndpoint() throws Exception {
        String mine = filterId("Việc của tôi");
        String extending = "{\"orQueries\":[{\"assigneeExpression\":" + JSON.writeValueAsString(SLEEP) + "}]}";
        for (String action : List.of("list", "count", "singleResult")) {
            assertRefused(post("tiepnhan", "/engine-rest/filter/" + mine + "/" + action, extending), "orQueries[0].assigneeExpression");
        }
        String created = "{\"resourceType\":\"Task\",\"name\":\"Bẫy\",\"query\":{\"orQueries\":[{\"assigneeExpression\":"
                + JSON.writeValueAsString(SLEEP) + "}]}}";
        assertRefused(post("quanly", "/engine-rest/filter/create", created), "query.orQueries[0].assigneeExpression");
        assertRefused(send(as("admin", "admin", "/engine-rest/filter/" + mine).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(created)).build()), "query.orQueries[0].assigneeExpression");
        assertThat(filters.createFilterQuery().filterName("Bẫy").count()).isZero();
    }

    @Test
    void shouldRefuseTheExploitOnTheWebappsOwnApi() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        sendWith(cookies, HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET());
        HttpResponse<String> login = sendWith(cookies, HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString("username=tiepnhan&password=demo")));
        assertThat(login.statusCode()).isEqualTo(200);
        // the login gives a new session; its CSRF token comes with the next page
        sendWith(cookies, HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET());
        String body = "{\"orQueries\":[{\"assigneeExpression\":" + JSON.writeValueAsString(SLEEP) + "}]}";
        for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/task/count",
                "/camunda/api/engine/engine/default/filter/" + filterId("Việc của tôi") + "/list")) {
            long start = System.nanoTime();
            HttpResponse<String> refused = sendWith(cookies, HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")).POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat((System.nanoTime() - start) / 1_000_000).as("latency of %s", path).isLessThan(NO_LATENCY_MS);
            assertThat(refused.statusCode()).as("%s: %s", path, refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("orQueries[0].assigneeExpression");
        }
        HttpResponse<String> legitimate = sendWith(cookies, HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/filter/"
                + filterId("Việc của nhóm tôi") + "/list?firstResult=0&maxResults=15")).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")));
        assertThat(legitimate.statusCode()).as(legitimate.body()).isEqualTo(200);
    }

    @Test
    void shouldStillAnswerLegitimateQueriesAndTheStoredFilters() throws Exception {
        assertThat(send(as("tiepnhan", "/engine-rest/task?candidateGroup=motcua-dongxoai").GET().build()).statusCode()).isEqualTo(200);
        HttpResponse<String> or = post("tiepnhan", "/engine-rest/task/count",
                "{\"orQueries\":[{\"candidateGroup\":\"motcua-dongxoai\"},{\"assignee\":\"tiepnhan\"}]}");
        assertThat(or.statusCode()).as(or.body()).isEqualTo(200);
        for (String name : List.of("Việc của tôi", "Việc của nhóm tôi", "Đến hạn hôm nay", "Sắp đến hạn", "Quá hạn")) {
            HttpResponse<String> list = post("tiepnhan", "/engine-rest/filter/" + filterId(name) + "/list",
                    "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}");
            assertThat(list.statusCode()).as("%s: %s", name, list.body()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseInTheEngineWhatGetsPastHttp() throws Exception {
        long start = System.nanoTime();
        assertThatThrownBy(() -> tasks.createTaskQuery().or().taskAssigneeExpression(SLEEP).endOr().list())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries[0].taskAssigneeExpression");
        assertThatThrownBy(() -> tasks.createTaskQuery().taskCandidateGroup("x").or().taskName("a").endOr()
                .or().dueBeforeExpression("${now()}").endOr().count())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries[1].dueBeforeExpression");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(NO_LATENCY_MS);

        Filter trap = filters.newTaskFilter("Bẫy lưu sẵn").setQuery(tasks.createTaskQuery().taskAssigneeExpression(SLEEP));
        assertThatThrownBy(() -> filters.saveFilter(trap)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Bẫy lưu sẵn");

        // a filter stored with an expression before the guard existed (or written into the database)
        Filter old = filters.saveFilter(filters.newTaskFilter("Lưu trước").setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        try {
            jdbc.update("update ACT_RU_FILTER set QUERY_ = replace(QUERY_, ?, ?) where ID_ = ?",
                    "${currentUser()}", SLEEP.replace("'", "'"), old.getId());
            assertThat(jdbc.queryForObject("select QUERY_ from ACT_RU_FILTER where ID_ = ?", String.class, old.getId())).contains("sleep");
            long before = System.nanoTime();
            HttpResponse<String> refused = send(as("admin", "admin", "/engine-rest/filter/" + old.getId() + "/list").GET().build());
            assertThat((System.nanoTime() - before) / 1_000_000).isLessThan(NO_LATENCY_MS);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("Lưu trước", "biểu thức không được phép");
            assertThatThrownBy(() -> filters.count(old.getId())).isInstanceOf(BadUserRequestException.class);
        } finally {
            filters.deleteFilter(old.getId());
        }
    }

    // --- helpers

    private void assertRefused(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains(field, "biểu thức");
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = send(as(user, user.equals("admin") ? "admin" : "demo", path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat((System.nanoTime() - start) / 1_000_000).as("latency of %s", path).isLessThan(NO_LATENCY_MS);
        return response;
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private HttpResponse<String> sendWith(Map<String, String> cookies, HttpRequest.Builder builder) throws Exception {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return response;
    }
}
