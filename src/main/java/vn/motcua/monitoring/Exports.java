package vn.motcua.monitoring;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

/** The dashboard lists and the KPI reports as tables to export (CSV, XLSX). */
@Component
class Exports {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ZoneId zone;

    Exports(ZoneId provinceZone) {
        this.zone = provinceZone;
    }

    Table dossiers(List<DashboardQueries.Row> rows) {
        Table t = new Table("Ho so qua han - sap den han", List.of("Mã hồ sơ", "Cơ quan", "Thủ tục", "Người nộp",
                "Bước hiện tại", "Kênh", "Ngày tiếp nhận", "Hạn xử lý", "Tình trạng"));
        for (DashboardQueries.Row r : rows) {
            t.row(r.code(), r.agencyName(), r.procedureName(), r.applicantName(), r.stepName(), r.channel(),
                    Table.time(r.receivedAt(), zone), Table.time(r.dueAt(), zone), r.overdue() ? "Quá hạn" : "Sắp đến hạn");
        }
        return t;
    }

    Table report(MonitoringService.KpiReport k) {
        boolean receiving = k.by() == AgencyDimension.RECEIVING;
        Table t = new Table("Bao cao " + k.from() + " - " + k.to() + (receiving ? " noi tiep nhan" : ""), List.of(
                receiving ? "Mã nơi tiếp nhận" : "Mã cơ quan", receiving ? "Nơi tiếp nhận" : "Cơ quan",
                "Kỳ trước chuyển sang", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp", "Tiếp nhận qua bưu chính",
                "Giải quyết trước hạn", "Giải quyết đúng hạn", "Giải quyết quá hạn", "Rút hồ sơ",
                "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Chờ bổ sung", "Chờ nghĩa vụ tài chính",
                "Dừng xử lý", "Tỷ lệ đúng hạn (%)", "Tỷ lệ trực tuyến (%)"));
        for (MonitoringService.AgencyLine line : k.agencies()) {
            add(t, line);
        }
        add(t, k.total());
        return t;
    }

    private static void add(Table t, MonitoringService.AgencyLine line) {
        PeriodReport r = line.report();
        t.row(r.agencyCode() == null ? "" : r.agencyCode(), r.agencyName(), r.carriedOver(), r.receivedOnline(),
                r.receivedCounter(), r.receivedPost(), r.resolvedEarly(), r.resolvedOnTime(), r.resolvedLate(),
                r.withdrawn(), r.inProgressWithinTime(), r.inProgressOverdue(), r.waitingSupplement(),
                r.waitingFinancialObligation(), r.stopped(), line.onTimeRate(), line.onlineShare());
    }
}
