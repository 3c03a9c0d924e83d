package vn.motcua.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * The plugin's data for the logged-in Cockpit user, who must be a manager (group {@code quanly}) or an
 * administrator ({@code camunda-admin}); anyone else gets 403. JSON is written with the application's
 * object mapper (dates as ISO-8601).
 */
public class MonitoringPluginResource extends AbstractCockpitPluginResource {

    static final Set<String> GROUPS = MonitoringReaders.GROUPS;
    private static final int MAX_EXPORT = 10_000;

    private final MonitoringService monitoring;
    private final Exports exports;
    private final ObjectMapper json;

    MonitoringPluginResource(String engineName, MonitoringService monitoring, Exports exports, ObjectMapper json) {
        super(engineName);
        this.monitoring = monitoring;
        this.exports = exports;
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
        return guarded(() -> ok(monitoring.dashboard(filter(agency, procedure, step))));
    }

    @GET
    @Path("choices")
    public Response choices() {
        DashboardQueries q = monitoring.dashboardQueries();
        return guarded(() -> ok(Map.of("agencies", q.agencies(), "procedures", q.procedures(), "steps", q.steps())));
    }

    @GET
    @Path("dossiers")
    public Response dossiers(@QueryParam("kind") @DefaultValue("ALL") String kind, @QueryParam("agency") String agency,
                             @QueryParam("procedure") String procedure, @QueryParam("step") String step,
                             @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return guarded(() -> ok(monitoring.list(kind(kind), filter(agency, procedure, step), Math.max(page, 0),
                Math.min(Math.max(size, 1), 500))));
    }

    @GET
    @Path("dossiers.{format:csv|xlsx}")
    public Response export(@PathParam("format") String format, @QueryParam("kind") @DefaultValue("ALL") String kind,
                           @QueryParam("agency") String agency, @QueryParam("procedure") String procedure,
                           @QueryParam("step") String step) {
        return guarded(() -> file(exports.dossiers(monitoring.list(kind(kind), filter(agency, procedure, step), 0, MAX_EXPORT)),
                "ho-so-qua-han", format));
    }

    @GET
    @Path("dossier/{code}")
    public Response dossier(@PathParam("code") String code) {
        return guarded(() -> {
            MonitoringService.Detail detail = monitoring.detail(code);
            return detail == null ? problem(404, "Không tìm thấy hồ sơ", "Không có hồ sơ " + code, List.of())
                    : ok(detail);
        });
    }

    @GET
    @Path("report")
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("agency") String agency) {
        return guarded(() -> ok(monitoring.report(monitoring.period(day("from", from), day("to", to), agency))));
    }

    @GET
    @Path("report.{format:csv|xlsx}")
    public Response reportFile(@PathParam("format") String format, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("agency") String agency) {
        return guarded(() -> file(exports.report(monitoring.report(monitoring.period(day("from", from), day("to", to), agency))),
                "bao-cao-" + from + "-" + to, format));
    }

    @GET
    @Path("online-indicators")
    public Response onlineIndicators(@QueryParam("year") String year, @QueryParam("agency") String agency) {
        return guarded(() -> {
            int y;
            try {
                y = Integer.parseInt(year);
            } catch (NumberFormatException e) {
                throw new InvalidReportRequest(List.of(new FieldProblem("year", "Năm '" + year + "' không hợp lệ")));
            }
            return ok(monitoring.indicators(y, agency));
        });
    }

    private Response guarded(java.util.function.Supplier<Response> body) {
        Response refused = refusal(getCurrentAuthentication());
        if (refused != null) {
            return refused;
        }
        try {
            return body.get();
        } catch (InvalidReportRequest e) {
            return problem(422, "Dữ liệu không hợp lệ", e.getMessage(), e.errors);
        }
    }

    private static DashboardQueries.Filter filter(String agency, String procedure, String step) {
        return new DashboardQueries.Filter(blank(agency), blank(procedure), blank(step));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static DashboardQueries.Kind kind(String kind) {
        try {
            return DashboardQueries.Kind.valueOf(kind.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidReportRequest(List.of(new FieldProblem("kind", "Giá trị phải là OVERDUE, DUE_SOON hoặc ALL")));
        }
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidReportRequest(List.of(new FieldProblem(field, "Ngày '" + value + "' không đúng định dạng yyyy-MM-dd")));
        }
    }

    private Response ok(Object body) {
        try {
            return Response.ok(json.writeValueAsString(body), MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response file(Table table, String name, String format) {
        boolean csv = "csv".equals(format);
        return Response.ok(csv ? table.csv() : table.xlsx(), csv ? Exports.CSV : Exports.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"").build();
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
