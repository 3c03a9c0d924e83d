package vn.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.sla.SlaProperties;
import vn.motcua.system.EngineTime;

/**
 * What the Cockpit plugin and the report API show: the overdue / due-soon dashboard and the KPI reports.
 * Reads the register only (never the engine's history tables).
 */
@Service
class MonitoringService {

    /** Counts of one agency, procedure or step. */
    record Count(String code, String name, long overdue, long dueSoon) {
    }

    /** The dashboard: when, the end of the due-soon window, totals and counts per dimension. */
    record Dashboard(Instant now, Instant dueSoonUntil, long overdue, long dueSoon, List<Count> byAgency,
                     List<Count> byProcedure, List<Count> byStep) {
    }

    /** The dossier drill-down: the row, its hand-overs, and links to its slips and its process instance. */
    record Detail(DashboardQueries.Row dossier, List<DashboardQueries.Handover> history, Map<String, String> slips,
                  String cockpitLink) {
    }

    /** The KPI report of a period: per agency, the sum, on-time rates, processing times, online indicators. */
    record KpiReport(LocalDate from, LocalDate to, String agency, List<AgencyLine> agencies, AgencyLine total,
                     List<ReportQueries.ProcessingTime> perProcedure, List<ReportQueries.ProcessingTime> perStep,
                     Decision766 decision766) {
    }

    /** A period report with its rates, as shown. */
    record AgencyLine(PeriodReport report, long received, long total, long resolved, long inProgress, long waiting,
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
    record Decision766(Double onlineShare, Double onTimeRate, List<String> notSupported) {
    }

    static final Map<String, String> SLIPS = new LinkedHashMap<>();
    static {
        SLIPS.put("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        SLIPS.put("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        SLIPS.put("04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        SLIPS.put("05", "Phiếu kiểm soát quá trình giải quyết hồ sơ");
    }

    private final DashboardQueries dashboard;
    private final ReportQueries reports;
    private final WorkingCalendar calendar;
    private final SlaProperties sla;
    private final ZoneId zone;

    MonitoringService(DashboardQueries dashboard, ReportQueries reports, WorkingCalendar calendar, SlaProperties sla,
                      ZoneId provinceZone) {
        this.dashboard = dashboard;
        this.reports = reports;
        this.calendar = calendar;
        this.sla = sla;
        this.zone = provinceZone;
    }

    /** The end of the due-soon window: the configured working time after now. */
    Instant dueSoonUntil(Instant now) {
        return calendar.addWorkingMinutes(LocalDateTime.ofInstant(now, zone), sla.dueSoonWorkingMinutes())
                .atZone(zone).toInstant();
    }

    Dashboard dashboard(DashboardQueries.Filter filter) {
        Instant now = EngineTime.now();
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

    List<DashboardQueries.Row> list(DashboardQueries.Kind kind, DashboardQueries.Filter filter, int page, int size) {
        Instant now = EngineTime.now();
        return dashboard.list(now, dueSoonUntil(now), kind, filter, page * size, size);
    }

    DashboardQueries.Row dossier(String code) {
        return dashboard.one(EngineTime.now(), code).stream().findFirst().orElse(null);
    }

    Detail detail(String code) {
        DashboardQueries.Row row = dossier(code);
        if (row == null) {
            return null;
        }
        Map<String, String> slips = new LinkedHashMap<>();
        SLIPS.forEach((number, name) -> slips.put(name, "/api/dossiers/" + row.code() + "/slips/" + number));
        String cockpit = row.processInstanceId() == null ? null
                : "/camunda/app/cockpit/default/#/process-instance/" + row.processInstanceId();
        return new Detail(row, dashboard.history(code), slips, cockpit);
    }

    DashboardQueries dashboardQueries() {
        return dashboard;
    }

    boolean agencyKnown(String code) {
        return reports.agencyName(code).isPresent();
    }

    ReportPeriod period(LocalDate from, LocalDate to, String agency) {
        return ReportPeriod.check(from, to, agency, zone, this::agencyKnown);
    }

    KpiReport report(ReportPeriod period) {
        Instant from = period.start();
        Instant to = period.end();
        List<PeriodReport> perAgency = reports.periodReports(from, to, EngineTime.now(), period.agency());
        PeriodReport total = PeriodReport.sum(period.agency() == null ? "Toàn tỉnh"
                : reports.agencyName(period.agency()).orElse(period.agency()), perAgency);
        return new KpiReport(period.from(), period.to(), period.agency(), perAgency.stream().map(AgencyLine::of).toList(),
                AgencyLine.of(total), reports.processingTimePerProcedure(from, to, period.agency()),
                reports.processingTimePerStep(from, to, period.agency()),
                new Decision766(total.onlineShare(), total.onTimeRate(), List.of(
                        "Tỷ lệ thanh toán trực tuyến (chưa ghi nhận thanh toán phí, lệ phí)",
                        "Số hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia (chưa có hộp thư đi liên thông)",
                        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết (chưa đánh dấu thành phần đã số hóa)",
                        "Mức độ hài lòng của người dân (chưa có khảo sát)")));
    }

    OnlineIndicators indicators(int year, String agency) {
        ReportPeriod period = ReportPeriod.year(year, agency, zone, this::agencyKnown);
        return OnlineIndicators.compute(year, reports.onlineOffers(period.from(), period.to()),
                reports.receivedPerProcedure(period.start(), period.end(), period.agency()));
    }
}
