package vn.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.FieldProblem;
import vn.motcua.sla.SlaProperties;
import vn.motcua.calendar.BusinessClock;

/**
 * The one monitoring API behind both surfaces, the Cockpit plugin (its JAX-RS resource in the engine
 * adapter) and the report API ({@link ReportController}): the overdue / due-soon dashboard, the KPI
 * reports and their exports, with one validation of the parameters ({@link InvalidReportRequest} names each
 * bad one). Reads the register only (never the engine's history tables). Every answer is limited to the caller's
 * agencies ({@link MonitoringReaders#scope()}): an agency manager reads its agencies' dossiers only, and asking for
 * another agency is refused ({@link ForeignAgency}, 403); a dossier outside the scope is "not found".
 */
@Service
public class MonitoringService {

    /** An export: its file name, media type and bytes. */
    public record Export(String fileName, String contentType, byte[] content) {
    }

    /** Counts of one agency, procedure or step. */
    public record Count(String code, String name, long overdue, long dueSoon) {
    }

    /** The dashboard: when, the end of the due-soon window, totals and counts per dimension. */
    public record Dashboard(Instant now, Instant dueSoonUntil, long overdue, long dueSoon, List<Count> byAgency,
                     List<Count> byProcedure, List<Count> byStep) {
    }

    /** The dossier drill-down: the row, its hand-overs, and links to its slips and its process instance. */
    public record Detail(DashboardQueries.Row dossier, List<DashboardQueries.Handover> history, Map<String, String> slips,
                  String cockpitLink) {
    }

    /** The KPI report of a period: per agency, the sum, on-time rates, processing times, online indicators. */
    public record KpiReport(LocalDate from, LocalDate to, String agency, AgencyDimension by, List<AgencyLine> agencies, AgencyLine total,
                     List<ReportQueries.ProcessingTime> perProcedure, List<ReportQueries.ProcessingTime> perStep,
                     Decision766 decision766) {
    }

    /** A period report with its rates, as shown. */
    public record AgencyLine(PeriodReport report, long received, long total, long resolved, long inProgress, long waiting,
                      Double onTimeRate, Double onlineShare) {
        static AgencyLine of(PeriodReport r) {
            return new AgencyLine(r, r.received(), r.total(), r.resolved(), r.inProgress(), r.waiting(), r.onTimeRate(),
                    r.onlineShare());
        }
    }

    /**
     * The Decision 766/QĐ-TTg indicators the register supports: online share of received dossiers and the
     * on-time rate of resolved ones. Not supported yet: online payment, sync to the national portal,
     * digitization of results, satisfaction.
     */
    public record Decision766(Double onlineShare, Double onTimeRate, List<String> notSupported) {
    }

    /** The slips the drill-down links to, by kind: the API numbers each in the dossier's slip set (docs/slips.md). */
    static final Map<String, String> SLIPS = new LinkedHashMap<>();
    static {
        SLIPS.put("receipt", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        SLIPS.put("supplement", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        SLIPS.put("apology", "Phiếu (văn bản) xin lỗi và hẹn lại ngày trả kết quả");
        SLIPS.put("control", "Phiếu kiểm soát quá trình giải quyết hồ sơ");
    }

    private static final int MAX_EXPORT = 10_000;

    private final DashboardQueries dashboard;
    private final ReportQueries reports;
    private final Exports exports;
    private final WorkingCalendar calendar;
    private final SlaProperties sla;
    private final ZoneId zone;
    private final BusinessClock clock;
    private final MonitoringReaders readers;

    MonitoringService(DashboardQueries dashboard, ReportQueries reports, Exports exports, WorkingCalendar calendar,
                      SlaProperties sla, ZoneId provinceZone, BusinessClock clock, MonitoringReaders readers) {
        this.clock = clock;
        this.readers = readers;
        this.dashboard = dashboard;
        this.reports = reports;
        this.exports = exports;
        this.calendar = calendar;
        this.sla = sla;
        this.zone = provinceZone;
    }

    /** The end of the due-soon window: the configured working time after now. */
    Instant dueSoonUntil(Instant now) {
        return calendar.addWorkingMinutes(LocalDateTime.ofInstant(now, zone), sla.dueSoonWorkingMinutes())
                .atZone(zone).toInstant();
    }

    /** The dashboard; null or blank filters mean any. */
    public Dashboard dashboard(String agency, String procedure, String step) {
        return dashboard(agency, procedure, step, null);
    }

    /** The dashboard counted per resolving or receiving agency ({@code by}: {@link AgencyDimension}). */
    public Dashboard dashboard(String agency, String procedure, String step, String by) {
        return dashboard(filter(agency, procedure, step, by));
    }

    Dashboard dashboard(DashboardQueries.Filter filter) {
        Instant now = clock.now();
        Instant soon = dueSoonUntil(now);
        List<DashboardQueries.Group> groups = dashboard.groups(now, soon, filter);
        return new Dashboard(now, soon, groups.stream().mapToLong(DashboardQueries.Group::overdue).sum(),
                groups.stream().mapToLong(DashboardQueries.Group::dueSoon).sum(),
                count(groups, g -> new String[] {g.agencyCode(), g.agencyName()}),
                count(groups, g -> new String[] {g.procedureCode(), g.procedureName()}),
                count(groups, g -> new String[] {g.step() == null ? "" : g.step(), g.stepName() == null ? "(chưa rõ bước)" : g.stepName()}));
    }

    private static List<Count> count(List<DashboardQueries.Group> groups, Function<DashboardQueries.Group, String[]> key) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (DashboardQueries.Group g : groups) {
            String[] k = key.apply(g);
            names.putIfAbsent(k[0], k[1]);
            long[] s = sums.computeIfAbsent(k[0], x -> new long[2]);
            s[0] += g.overdue();
            s[1] += g.dueSoon();
        }
        return sums.entrySet().stream().map(e -> new Count(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong((Count c) -> -(c.overdue() + c.dueSoon())).thenComparing(Count::code))
                .toList();
    }

    /** The choices of the dashboard's filters: agencies, procedures and the steps of open dossiers. */
    public Map<String, Object> choices() {
        AgencyScope scope = readers.scope();
        return Map.of("agencies", dashboard.agencies(scope), "procedures", dashboard.procedures(), "steps", dashboard.steps(scope));
    }

    /** A page (from 0) of open dossiers of a kind (OVERDUE, DUE_SOON or ALL), most urgent first, 1 to 500 a page. */
    public List<DashboardQueries.Row> dossiers(String kind, String agency, String procedure, String step, int page, int size) {
        return dossiers(kind, agency, procedure, step, null, page, size);
    }

    /** The same, the agency being the resolving or the receiving one ({@code by}). */
    public List<DashboardQueries.Row> dossiers(String kind, String agency, String procedure, String step, String by, int page, int size) {
        return list(kind(kind), filter(agency, procedure, step, by), Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }

    /** The same list, up to 10,000 dossiers, as a file: {@code csv} or {@code xlsx}. */
    public Export dossiersFile(String format, String kind, String agency, String procedure, String step) {
        return dossiersFile(format, kind, agency, procedure, step, null);
    }

    public Export dossiersFile(String format, String kind, String agency, String procedure, String step, String by) {
        return export(exports.dossiers(list(kind(kind), filter(agency, procedure, step, by), 0, MAX_EXPORT)),
                "ho-so-qua-han", format);
    }

    List<DashboardQueries.Row> list(DashboardQueries.Kind kind, DashboardQueries.Filter filter, int page, int size) {
        Instant now = clock.now();
        return dashboard.list(now, dueSoonUntil(now), kind, filter, page * size, size);
    }

    DashboardQueries.Row dossier(String code) {
        return dashboard.one(clock.now(), code, readers.scope()).stream().findFirst().orElse(null);
    }

    /** One dossier with its hand-overs and links; empty when there is no dossier of that code in the caller's agencies. */
    public java.util.Optional<Detail> detail(String code) {
        DashboardQueries.Row row = dossier(code);
        if (row == null) {
            return java.util.Optional.empty();
        }
        Map<String, String> slips = new LinkedHashMap<>();
        SLIPS.forEach((kind, name) -> slips.put(name, "/api/dossiers/" + row.code() + "/slips/" + kind));
        String cockpit = row.processInstanceId() == null ? null
                : "/camunda/app/cockpit/default/#/process-instance/" + row.processInstanceId();
        return java.util.Optional.of(new Detail(row, dashboard.history(code), slips, cockpit));
    }

    boolean agencyKnown(String code) {
        return reports.agencyName(code).isPresent();
    }

    ReportPeriod period(LocalDate from, LocalDate to, String agency) {
        return ReportPeriod.check(from, to, agency, zone, this::agencyKnown);
    }

    /** The KPI report of days {@code from}..{@code to} (at most 366), optionally of one agency. */
    public KpiReport report(LocalDate from, LocalDate to, String agency) {
        return report(from, to, agency, null);
    }

    /** The KPI report per resolving agency, or per receiving agency ({@code by = receiving}; {@link AgencyDimension}). */
    public KpiReport report(LocalDate from, LocalDate to, String agency, String by) {
        AgencyDimension dimension = AgencyDimension.of(by);
        ReportPeriod period = period(from, to, agency);
        return report(period, within(period.agency()), dimension);
    }

    /** The KPI report as a file: {@code csv} or {@code xlsx}. */
    public Export reportFile(String format, LocalDate from, LocalDate to, String agency) {
        return reportFile(format, from, to, agency, null);
    }

    public Export reportFile(String format, LocalDate from, LocalDate to, String agency, String by) {
        AgencyDimension dimension = AgencyDimension.of(by);
        return export(exports.report(report(from, to, agency, by)), "bao-cao-" + from + "-" + to
                + (dimension == AgencyDimension.RECEIVING ? "-noi-tiep-nhan" : ""), format);
    }

    KpiReport report(ReportPeriod period, AgencyScope scope) {
        return report(period, scope, AgencyDimension.RESOLVING);
    }

    /** The KPI report of the period for the agencies of {@code scope}, resolving or receiving. */
    KpiReport report(ReportPeriod period, AgencyScope scope, AgencyDimension by) {
        Instant from = period.start();
        Instant to = period.end();
        List<PeriodReport> perAgency = reports.periodReports(from, to, clock.now(), scope, by);
        PeriodReport total = PeriodReport.sum(period.agency() != null
                ? reports.agencyName(period.agency()).orElse(period.agency())
                : scope.all() ? "Toàn tỉnh" : "Các cơ quan được theo dõi", perAgency);
        return new KpiReport(period.from(), period.to(), period.agency(), by, perAgency.stream().map(AgencyLine::of).toList(),
                AgencyLine.of(total), reports.processingTimePerProcedure(from, to, scope, by),
                reports.processingTimePerStep(from, to, scope, by),
                new Decision766(total.onlineShare(), total.onTimeRate(), List.of(
                        "Tỷ lệ thanh toán trực tuyến (chưa ghi nhận thanh toán phí, lệ phí)",
                        "Số hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia (chưa có hộp thư đi liên thông)",
                        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết (chưa đánh dấu thành phần đã số hóa)",
                        "Mức độ hài lòng của người dân (chưa có khảo sát)")));
    }

    /** The three online-service indicators of a year against their targets, optionally of one agency. */
    public OnlineIndicators indicators(int year, String agency) {
        return indicators(year, agency, null);
    }

    /** The same, the agency being the resolving or the receiving one ({@code by}). */
    public OnlineIndicators indicators(int year, String agency, String by) {
        AgencyDimension dimension = AgencyDimension.of(by);
        ReportPeriod period = ReportPeriod.year(year, agency, zone, this::agencyKnown);
        return OnlineIndicators.compute(year, reports.onlineOffers(period.from(), period.to()),
                reports.receivedPerProcedure(period.start(), period.end(), within(period.agency()), dimension));
    }

    /**
     * The agencies a request reads: the caller's scope, or the one agency asked for when it is in the scope;
     * another agency is refused ({@link ForeignAgency}).
     */
    AgencyScope within(String agency) {
        AgencyScope scope = readers.scope();
        String code = blank(agency);
        if (code == null) {
            return scope;
        }
        if (!scope.includes(code)) {
            throw new ForeignAgency(code);
        }
        return AgencyScope.of(List.of(code));
    }

    // --- parameters as both surfaces receive them, checked once

    /** A day parameter ({@code yyyy-MM-dd}); null when absent. */
    public static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidReportRequest(List.of(new FieldProblem(field, "Ngày '" + value + "' không đúng định dạng yyyy-MM-dd")));
        }
    }

    /** A year parameter. */
    public static int year(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidReportRequest(List.of(new FieldProblem("year", "Năm '" + value + "' không hợp lệ")));
        }
    }

    private DashboardQueries.Filter filter(String agency, String procedure, String step, String by) {
        AgencyDimension dimension = AgencyDimension.of(by);
        return new DashboardQueries.Filter(within(agency), blank(procedure), blank(step), dimension);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static DashboardQueries.Kind kind(String kind) {
        try {
            return DashboardQueries.Kind.valueOf(kind == null ? "ALL" : kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReportRequest(List.of(new FieldProblem("kind", "Giá trị phải là OVERDUE, DUE_SOON hoặc ALL")));
        }
    }

    private static Export export(Table table, String name, String format) {
        boolean csv = "csv".equals(format);
        if (!csv && !"xlsx".equals(format)) {
            throw new InvalidReportRequest(List.of(new FieldProblem("format", "Định dạng phải là csv hoặc xlsx")));
        }
        return new Export(name + "." + format, csv ? Exports.CSV : Exports.XLSX, csv ? table.csv() : table.xlsx());
    }
}
