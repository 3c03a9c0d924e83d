package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar alerts: from 1 December (province time), next year must have a verified official notice
 * (table {@code calendar_notice}); until it does, a warning is logged at start and every day at 07:00, and
 * the alert is served to the Cockpit plugin ({@code GET /api/reports/alerts}).
 */
@Service
public class CalendarAlerts {

    static final String NEXT_YEAR_NOTICE_MISSING = "NEXT_YEAR_NOTICE_MISSING";
    private static final Logger log = LoggerFactory.getLogger(CalendarAlerts.class);

    private final CalendarNoticeRepository notices;
    private final Clock clock;

    CalendarAlerts(CalendarNoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** The alerts in force today. */
    @Transactional(readOnly = true)
    public List<CalendarAlert> current() {
        LocalDate today = LocalDate.now(clock);
        if (today.getMonthValue() < 12) {
            return List.of();
        }
        int next = today.getYear() + 1;
        boolean verified = notices.findById(next).map(CalendarNotice::isVerified).orElse(false);
        if (verified) {
            return List.of();
        }
        return List.of(new CalendarAlert(NEXT_YEAR_NOTICE_MISSING, next, "Chưa có thông báo nghỉ lễ, Tết năm " + next
                + " đã đối chiếu: thời hạn giải quyết năm " + next + " có thể sai ngày hoán đổi. Nhập thông báo tại "
                + "/api/admin/calendar/" + next + " (ngày nghỉ, ngày làm bù, số hiệu văn bản)."));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    @Scheduled(cron = "${motcua.calendar.alert-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void logAlerts() {
        for (CalendarAlert a : current()) {
            log.warn("Calendar alert {} ({}): {}", a.code(), a.year(), a.message());
        }
    }
}
