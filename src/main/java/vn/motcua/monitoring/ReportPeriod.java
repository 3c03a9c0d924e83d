package vn.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.FieldProblem;

/**
 * A report period: days {@code from} to {@code to}, both included, in the province's zone, at most 366
 * days long; and optionally one agency. {@link #check} names every bad parameter.
 */
record ReportPeriod(LocalDate from, LocalDate to, String agency, ZoneId zone) {

    static final int MAX_DAYS = 366;

    /** Checks the parameters; {@code agencyKnown} tells whether a given agency code exists. */
    static ReportPeriod check(LocalDate from, LocalDate to, String agency, ZoneId zone,
                              java.util.function.Predicate<String> agencyKnown) {
        List<FieldProblem> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldProblem("from", "Ngày bắt đầu kỳ báo cáo là bắt buộc (yyyy-MM-dd)"));
        }
        if (to == null) {
            errors.add(new FieldProblem("to", "Ngày kết thúc kỳ báo cáo là bắt buộc (yyyy-MM-dd)"));
        }
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(new FieldProblem("from", "Ngày bắt đầu " + from + " sau ngày kết thúc " + to));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.add(new FieldProblem("to", "Kỳ báo cáo dài " + (ChronoUnit.DAYS.between(from, to) + 1)
                        + " ngày, tối đa " + MAX_DAYS + " ngày"));
            }
        }
        String code = agency == null || agency.isBlank() ? null : agency.trim();
        if (code != null && !agencyKnown.test(code)) {
            errors.add(new FieldProblem("agency", "Không có cơ quan với mã định danh " + code));
        }
        if (!errors.isEmpty()) {
            throw new InvalidReportRequest(errors);
        }
        return new ReportPeriod(from, to, code, zone);
    }

    /** A calendar year as a period. */
    static ReportPeriod year(int year, String agency, ZoneId zone, java.util.function.Predicate<String> agencyKnown) {
        if (year < 2000 || year > 2100) {
            throw new InvalidReportRequest(List.of(new FieldProblem("year", "Năm " + year + " không hợp lệ (2000-2100)")));
        }
        return check(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), agency, zone, agencyKnown);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
