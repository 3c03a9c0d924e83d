package vn.motcua.engine;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.dossier.FieldProblem;
import vn.motcua.monitoring.InvalidReportRequest;
import vn.motcua.monitoring.MonitoringReaders;
import vn.motcua.monitoring.MonitoringService;

/**
 * The Cockpit plugin's data for the logged-in Cockpit user, who must be a manager (group {@code quanly}) or
 * an administrator ({@code camunda-admin}); anyone else gets 403. A thin surface: every answer comes from
 * {@link MonitoringService}, the API the report endpoints use too. JSON is written with the application's
 * object mapper (dates as ISO-8601).
 */
public class MonitoringPluginResource extends AbstractCockpitPluginResource {

    static final Set<String> GROUPS = MonitoringReaders.GROUPS;

    private final MonitoringService monitoring;
    private final ObjectMapper json;

    MonitoringPluginResource(String engineName, MonitoringService monitoring, ObjectMapper json) {
        super(engineName);
        this.monitoring = monitoring;
        this.json = json;
    }

    /** Null when the user may read the plugin's data; otherwise the refusal. */
    static Response refusal(Authentication user) {
        if (user == null) {
            return problem(401, "Chưa đăng nhập", "Hãy đăng nhập Cockpit", List.of());
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.stream().noneMatch(GROUPS::contains)) {
            return problem(403, "Không có quyền",
                    "Chỉ lãnh đạo, quản lý (nhóm quanly) hoặc quản trị được xem giám sát hồ sơ", List.of());
        }
        return null;
    }

    @GET
    @Path("dashboard")
    public Response dashboard(@QueryParam("agency") String agency, @QueryParam("procedure") String procedure,
                              @QueryParam("step") String step) {
        return guarded(() -> ok(monitoring.dashboard(agency, procedure, step)));
    }

    @GET
    @Path("choices")
    public Response choices() {
        return guarded(() -> ok(monitoring.choices()));
    }

    @GET
    @Path("dossiers")
    public Response dossiers(@QueryParam("kind") @DefaultValue("ALL") String kind, @QueryParam("agency") String agency,
                             @QueryParam("procedure") String procedure, @QueryParam("step") String step,
                             @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return guarded(() -> ok(monitoring.dossiers(kind, agency, procedure, step, page, size)));
    }

    @GET
    @Path("dossiers.{format:csv|xlsx}")
    public Response export(@PathParam("format") String format, @QueryParam("kind") @DefaultValue("ALL") String kind,
                           @QueryParam("agency") String agency, @QueryParam("procedure") String procedure,
                           @QueryParam("step") String step) {
        return guarded(() -> file(monitoring.dossiersFile(format, kind, agency, procedure, step)));
    }

    @GET
    @Path("dossier/{code}")
    public Response dossier(@PathParam("code") String code) {
        return guarded(() -> monitoring.detail(code).map(this::ok)
                .orElseGet(() -> problem(404, "Không tìm thấy hồ sơ", "Không có hồ sơ " + code, List.of())));
    }

    @GET
    @Path("report")
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("agency") String agency) {
        return guarded(() -> ok(monitoring.report(MonitoringService.day("from", from), MonitoringService.day("to", to), agency)));
    }

    @GET
    @Path("report.{format:csv|xlsx}")
    public Response reportFile(@PathParam("format") String format, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("agency") String agency) {
        return guarded(() -> file(monitoring.reportFile(format, MonitoringService.day("from", from),
                MonitoringService.day("to", to), agency)));
    }

    @GET
    @Path("online-indicators")
    public Response onlineIndicators(@QueryParam("year") String year, @QueryParam("agency") String agency) {
        return guarded(() -> ok(monitoring.indicators(MonitoringService.year(year), agency)));
    }

    private Response guarded(Supplier<Response> body) {
        Response refused = refusal(getCurrentAuthentication());
        if (refused != null) {
            return refused;
        }
        try {
            return body.get();
        } catch (InvalidReportRequest e) {
            return problem(422, "Dữ liệu không hợp lệ", e.getMessage(), e.errors());
        }
    }

    private Response ok(Object body) {
        try {
            return Response.ok(json.writeValueAsString(body), MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response file(MonitoringService.Export export) {
        return Response.ok(export.content(), export.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static Response problem(int status, String title, String detail, List<FieldProblem> errors) {
        StringBuilder body = new StringBuilder("{\"status\":").append(status)
                .append(",\"title\":").append(quote(title)).append(",\"detail\":").append(quote(detail));
        if (!errors.isEmpty()) {
            body.append(",\"errors\":[");
            for (int i = 0; i < errors.size(); i++) {
                body.append(i > 0 ? "," : "").append("{\"field\":").append(quote(errors.get(i).field()))
                        .append(",\"message\":").append(quote(errors.get(i).message())).append('}');
            }
            body.append(']');
        }
        return Response.status(status).type("application/problem+json;charset=UTF-8").entity(body.append('}').toString()).build();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
