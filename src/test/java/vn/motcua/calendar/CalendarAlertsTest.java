package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The alert when next year has no verified official notice by 1 December (province time). */
class CalendarAlertsTest {

    private final CalendarNoticeRepository notices = mock(CalendarNoticeRepository.class);

    private CalendarAlerts at(String instant) {
        return new CalendarAlerts(notices, Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private static CalendarNotice notice(int year, boolean verified) {
        CalendarNotice n = new CalendarNotice(year);
        n.update("Công văn 1/VPCP-KGVX", verified, null, 1, OffsetDateTime.now(), "admin");
        return n;
    }

    @Test
    void noAlertBeforeTheFirstOfDecemberInTheProvince() {
        when(notices.findById(2027)).thenReturn(Optional.empty());
        // 30/11/2026 23:59 in Vietnam = 16:59 UTC
        assertThat(at("2026-11-30T16:59:00Z").current()).isEmpty();
    }

    @Test
    void alertsFromTheFirstOfDecemberUntilNextYearHasAVerifiedNotice() {
        when(notices.findById(2027)).thenReturn(Optional.empty());
        // 01/12/2026 00:00 in Vietnam = 30/11 17:00 UTC
        assertThat(at("2026-11-30T17:00:00Z").current()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("NEXT_YEAR_NOTICE_MISSING");
            assertThat(a.year()).isEqualTo(2027);
            assertThat(a.message()).contains("2027");
        });
        when(notices.findById(2027)).thenReturn(Optional.of(notice(2027, false)));
        assertThat(at("2026-12-20T03:00:00Z").current()).hasSize(1);
        when(notices.findById(2027)).thenReturn(Optional.of(notice(2027, true)));
        assertThat(at("2026-12-20T03:00:00Z").current()).isEmpty();
    }
}
