package vn.motcua.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entering a year's official notice: validated, audited, and applied to deadlines computed afterwards. */
@Service
class CalendarAdministration {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2100;

    private final VietnameseWorkingCalendar calendar;
    private final CalendarDayOverrideRepository overrides;
    private final CalendarAuditRepository audit;
    private final CalendarNoticeRepository notices;
    private final Clock clock;

    CalendarAdministration(VietnameseWorkingCalendar calendar, CalendarDayOverrideRepository overrides,
                           CalendarAuditRepository audit, CalendarNoticeRepository notices, Clock clock) {
        this.calendar = calendar;
        this.overrides = overrides;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** One invalid field of a request, with a Vietnamese message. */
    record FieldProblem(String field, String message) {
    }

    static class InvalidRequestException extends RuntimeException {
        private final List<FieldProblem> problems;

        InvalidRequestException(List<FieldProblem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }

    static class NoOverrideException extends RuntimeException {
        NoOverrideException(LocalDate date) {
            super("no override on " + date);
        }
    }

    /** The year as the admin sees it. */
    record YearView(int year, List<CalendarYear.Entry> nonWorkingWeekdays, List<CalendarYear.Entry> makeUpDays,
                    List<CalendarYear.Entry> ruleDaysWorked, NoticeView notice) {
    }

    /** The year's official notice as recorded; null fields when none was recorded. */
    record NoticeView(String notice, boolean verified, String note) {
    }

    @Transactional(readOnly = true)
    YearView view(int year) {
        checkYear(year);
        CalendarYear y = calendar.year(year);
        NoticeView notice = notices.findById(year)
                .map(n -> new NoticeView(n.getNotice(), n.isVerified(), n.getNote())).orElse(null);
        return new YearView(year, y.nonWorkingWeekdays(), y.makeUpDays(), y.ruleDaysWorked(), notice);
    }

    /** Records (or corrects) the year's official notice; a verified notice of next year clears the alert. */
    @Transactional
    NoticeView recordNotice(int year, String notice, Boolean verified, String note) {
        checkYear(year);
        List<FieldProblem> problems = new ArrayList<>();
        if (notice == null || notice.isBlank()) {
            problems.add(new FieldProblem("notice", "Cần ghi số hiệu, ngày của văn bản thông báo."));
        } else if (notice.length() > 500) {
            problems.add(new FieldProblem("notice", "Số hiệu văn bản không được dài quá 500 ký tự."));
        }
        if (verified == null) {
            problems.add(new FieldProblem("verified", "Cần cho biết đã đối chiếu với văn bản gốc chưa (true/false)."));
        }
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "Ghi chú không được dài quá 1000 ký tự."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String who = currentUser();
        CalendarNotice row = notices.findById(year).orElseGet(() -> new CalendarNotice(year));
        // keeps the data file's revision, so a restart does not overwrite what the administrator recorded
        row.update(notice.trim(), verified, note == null ? null : note.trim(), Math.max(row.getRevision(), 0), now, who);
        notices.save(row);
        audit.save(new CalendarAudit(now, who, CalendarAudit.Action.NOTICE, year, null, null,
                notice.trim() + (verified ? " (verified)" : " (unverified)")));
        return new NoticeView(row.getNotice(), row.isVerified(), row.getNote());
    }

    @Transactional
    DayOverride add(int year, LocalDate date, OverrideKind kind, String reason, String sourceNotice) {
        checkYear(year);
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new FieldProblem("date", "Ngày là bắt buộc (định dạng yyyy-MM-dd)."));
        } else if (date.getYear() != year) {
            problems.add(new FieldProblem("date", "Ngày " + date + " không thuộc năm " + year + "."));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Loại ngày là bắt buộc: DAY_OFF, MAKE_UP_WORKING_DAY hoặc RULE_DAY_WORKED."));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Lý do là bắt buộc."));
        } else if (reason.length() > 500) {
            problems.add(new FieldProblem("reason", "Lý do không được dài quá 500 ký tự."));
        }
        if (sourceNotice == null || sourceNotice.isBlank()) {
            problems.add(new FieldProblem("sourceNotice", "Cần ghi số hiệu, ngày của văn bản thông báo."));
        } else if (sourceNotice.length() > 255) {
            problems.add(new FieldProblem("sourceNotice", "Số hiệu văn bản không được dài quá 255 ký tự."));
        }
        if (date != null && date.getYear() == year && kind != null) {
            CalendarYear y = calendar.year(year);
            DayOverride existing = y.override(date);
            String offBy = y.offWithoutOverride(date);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (existing != null) {
                problems.add(new FieldProblem("date", "Ngày " + date + " đã được điều chỉnh ("
                        + label(existing.kind()) + ": "
                        + existing.reason() + "); hãy xóa điều chỉnh cũ trước."));
            } else if (kind == OverrideKind.MAKE_UP_WORKING_DAY && !weekend) {
                problems.add(new FieldProblem("date", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."));
            } else if (kind == OverrideKind.MAKE_UP_WORKING_DAY && offBy != null && !offBy.equals("ngày nghỉ hằng tuần")) {
                problems.add(new FieldProblem("date", "Ngày " + date + " là ngày lễ (" + offBy + "), không thể làm bù."));
            } else if (kind == OverrideKind.RULE_DAY_WORKED && (weekend || offBy == null || offBy.equals("ngày nghỉ hằng tuần"))) {
                problems.add(new FieldProblem("date", "Ngày " + date
                        + " không phải ngày nghỉ lễ tính theo luật vào ngày làm việc trong tuần; chỉ ngày đó mới chuyển thành ngày làm việc được."));
            } else if (kind == OverrideKind.DAY_OFF && offBy != null) {
                problems.add(new FieldProblem("date", "Ngày " + date + " đã là ngày nghỉ (" + offBy + ")."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        DayOverride day = new DayOverride(date, kind, reason.trim(), sourceNotice.trim());
        OffsetDateTime now = OffsetDateTime.now(clock);
        String who = currentUser();
        overrides.save(new CalendarDayOverride(day, true, null, now, who));
        audit.save(new CalendarAudit(now, who, CalendarAudit.Action.ADD, year, date, kind,
                reason.trim() + " [" + sourceNotice.trim() + "]"));
        calendar.invalidate(year);
        return day;
    }

    @Transactional
    void remove(int year, LocalDate date) {
        checkYear(year);
        if (date.getYear() != year) {
            throw new InvalidRequestException(List.of(
                    new FieldProblem("date", "Ngày " + date + " không thuộc năm " + year + ".")));
        }
        CalendarDayOverride existing = overrides.findByDate(date).orElseThrow(() -> new NoOverrideException(date));
        DayOverride day = existing.toDay();
        overrides.delete(existing);
        audit.save(new CalendarAudit(OffsetDateTime.now(clock), currentUser(), CalendarAudit.Action.DELETE, year, date,
                day.kind(), day.reason() + " [" + day.sourceNotice() + "]"));
        calendar.invalidate(year);
    }

    private static String label(OverrideKind kind) {
        return switch (kind) {
            case DAY_OFF -> "ngày nghỉ";
            case MAKE_UP_WORKING_DAY -> "ngày làm bù";
            case RULE_DAY_WORKED -> "ngày lễ chuyển thành ngày làm việc";
        };
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException(List.of(new FieldProblem("year",
                    "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".")));
        }
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getName() != null ? auth.getName() : CalendarOverrideSeeder.SYSTEM;
    }
}
