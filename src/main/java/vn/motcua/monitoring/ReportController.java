package vn.motcua.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.CalendarAlert;
import vn.motcua.calendar.CalendarAlerts;
import vn.motcua.dossier.FieldProblem;

/**
 * The one monitoring API, for managers ({@link MonitoringReaders}): the dashboard of overdue and due-soon
 * dossiers with its list, drill-down and exports, the KPI period report per agency with its identity, on-time
 * rates and processing times, and the yearly online-service indicators. Clients call it with HTTP Basic; the
 * Cockpit plugin "Giám sát hồ sơ" calls it with the manager's Cockpit session (see
 * {@code vn.motcua.security.WebappSessionFilter}). Bad parameters: 422 problem naming the field.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final MonitoringService monitoring;
    private final CalendarAlerts calendarAlerts;

    ReportController(MonitoringService monitoring, CalendarAlerts calendarAlerts) {
        this.monitoring = monitoring;
        this.calendarAlerts = calendarAlerts;
    }

    /** Alerts shown as a banner in the Cockpit plugin, e.g. next year's holiday notice not yet entered. */
    @GetMapping("/alerts")
    List<CalendarAlert> alerts() {
        return calendarAlerts.current();
    }

    /**
     * The period report, days {@code from}..{@code to} included (at most 366 days), optionally for one agency; per
     * resolving agency, or per receiving agency with {@code by=receiving} ({@link AgencyDimension}).
     */
    @GetMapping("/period")
    MonitoringService.KpiReport period(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String agency, @RequestParam(required = false) String by) {
        return monitoring.report(from, to, agency, by);
    }

    /** The period report as a file: {@code csv} or {@code xlsx}. */
    @GetMapping("/period.{format:csv|xlsx}")
    ResponseEntity<byte[]> periodFile(@PathVariable String format,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) String agency, @RequestParam(required = false) String by) {
        return file(monitoring.reportFile(format, from, to, agency, by));
    }

    /** The three online-service indicators of the Bình Phước report for a year, against their targets. */
    @GetMapping("/online-indicators")
    OnlineIndicators onlineIndicators(@RequestParam int year, @RequestParam(required = false) String agency, @RequestParam(required = false) String by) {
        return monitoring.indicators(year, agency, by);
    }

    /** Open dossiers overdue and due soon, counted per agency, procedure and step; blank filters mean any. */
    @GetMapping("/dashboard")
    MonitoringService.Dashboard dashboard(@RequestParam(required = false) String agency,
                                          @RequestParam(required = false) String procedure,
                                          @RequestParam(required = false) String step, @RequestParam(required = false) String by) {
        return monitoring.dashboard(agency, procedure, step, by);
    }

    /** The choices of the dashboard's filters: agencies, procedures and the steps of open dossiers. */
    @GetMapping("/choices")
    Map<String, Object> choices() {
        return monitoring.choices();
    }

    /** A page (from 0) of open dossiers of a kind ({@code OVERDUE}, {@code DUE_SOON} or {@code ALL}), most urgent first. */
    @GetMapping("/dossiers")
    List<DashboardQueries.Row> dossiers(@RequestParam(defaultValue = "ALL") String kind,
                                        @RequestParam(required = false) String agency,
                                        @RequestParam(required = false) String procedure,
                                        @RequestParam(required = false) String step, @RequestParam(required = false) String by,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        return monitoring.dossiers(kind, agency, procedure, step, by, page, size);
    }

    /** The same list as a file: {@code csv} or {@code xlsx}. */
    @GetMapping("/dossiers.{format:csv|xlsx}")
    ResponseEntity<byte[]> dossiersFile(@PathVariable String format, @RequestParam(defaultValue = "ALL") String kind,
                                        @RequestParam(required = false) String agency,
                                        @RequestParam(required = false) String procedure,
                                        @RequestParam(required = false) String step, @RequestParam(required = false) String by) {
        return file(monitoring.dossiersFile(format, kind, agency, procedure, step, by));
    }

    /** One dossier with its hand-overs and links; 404 when there is no dossier of that code. */
    @GetMapping("/dossiers/{code}")
    ResponseEntity<?> dossier(@PathVariable String code) {
        return monitoring.detail(code).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không có hồ sơ " + code);
            problem.setTitle("Không tìm thấy hồ sơ");
            problem.setProperty("errors", List.of(new FieldProblem("code", "Không có hồ sơ mã " + code)));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        });
    }

    private static ResponseEntity<byte[]> file(MonitoringService.Export file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .body(file.content());
    }
}
