package vn.motcua.monitoring;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPI reports for staff (HTTP Basic): the period report per agency with its identity, on-time rates and
 * processing times, the yearly online-service indicators, and CSV / XLSX exports. The same
 * {@link MonitoringService} answers the Cockpit plugin.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final MonitoringService monitoring;

    ReportController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    /** The period report, days {@code from}..{@code to} included (at most 366 days), optionally for one agency. */
    @GetMapping("/period")
    MonitoringService.KpiReport period(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String agency) {
        return monitoring.report(from, to, agency);
    }

    /** The period report as a file: {@code csv} or {@code xlsx}. */
    @GetMapping("/period.{format:csv|xlsx}")
    ResponseEntity<byte[]> periodFile(@PathVariable String format,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) String agency) {
        MonitoringService.Export file = monitoring.reportFile(format, from, to, agency);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .body(file.content());
    }

    /** The three online-service indicators of the Bình Phước report for a year, against their targets. */
    @GetMapping("/online-indicators")
    OnlineIndicators onlineIndicators(@RequestParam int year, @RequestParam(required = false) String agency) {
        return monitoring.indicators(year, agency);
    }
}
