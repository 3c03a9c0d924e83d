package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CalendarAdminController.class)
@Import({CalendarAdministration.class, VietnameseWorkingCalendar.class, CalendarAdminControllerTest.Config.class})
@WithMockUser(username = "thanh.nv")
class CalendarAdminControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Config {
        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    VietnameseWorkingCalendar calendar;
    @MockitoBean
    CalendarDayOverrideRepository overrides;
    @MockitoBean
    CalendarAuditRepository audit;
    @MockitoBean
    CalendarNoticeRepository notices;

    private final List<CalendarDayOverride> rows2019 = new ArrayList<>();

    @BeforeEach
    void database() {
        for (DayOverride d : TestPlans.DOMAIN_2019) {
            rows2019.add(new CalendarDayOverride(d, true, null, OffsetDateTime.now(), "system"));
        }
        when(overrides.findByYearOrderByDate(anyInt())).thenReturn(List.of());
        when(overrides.findByYearOrderByDate(2019)).thenAnswer(i -> List.copyOf(rows2019));
        when(overrides.findByDate(any())).thenAnswer(i -> rows2019.stream()
                .filter(r -> r.getDate().equals(i.getArgument(0))).findFirst());
        when(overrides.save(any())).thenAnswer(i -> {
            rows2019.add(i.getArgument(0));
            return i.getArgument(0);
        });
    }

    private static String body(String date, String kind) {
        return """
                {"date": %s, "kind": %s, "reason": "Hoán đổi ngày làm việc", "sourceNotice": "TB số 1/TB-BNV"}
                """.formatted(date == null ? "null" : "\"" + date + "\"", kind == null ? "null" : "\"" + kind + "\"");
    }

    @Test
    void listsTheYearsDaysOffAndMakeUpDays() throws Exception {
        mvc.perform(get("/api/admin/calendar/2019"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2019))
                .andExpect(jsonPath("$.nonWorkingWeekdays[?(@.date == '2019-04-29')].source").value("test"))
                .andExpect(jsonPath("$.nonWorkingWeekdays[?(@.date == '2019-04-15')].byRule").value(true))
                .andExpect(jsonPath("$.nonWorkingWeekdays.length()").value(11))
                .andExpect(jsonPath("$.makeUpDays[0].date").value("2019-05-04"))
                .andExpect(jsonPath("$.makeUpDays[0].reason").value("Làm bù 29/4"));
    }

    @Test
    void addsAMakeUpSaturdayAuditsItAndLaterDeadlinesUseIt() throws Exception {
        // Fri 08/03/2019 13:00 + 8 h: Fri 4 h, then 4 h on the next working day, ending at 11:30
        LocalDateTime start = LocalDateTime.parse("2019-03-08T13:00");
        assertThat(calendar.addWorkingMinutes(start, 480)).isEqualTo(LocalDateTime.parse("2019-03-11T11:30"));

        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("2019-03-09", "MAKE_UP_WORKING_DAY")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value("2019-03-09"));

        ArgumentCaptor<CalendarAudit> row = ArgumentCaptor.forClass(CalendarAudit.class);
        verify(audit).save(row.capture());
        assertThat(row.getValue().getChangedBy()).isEqualTo("thanh.nv");
        assertThat(row.getValue().getAction()).isEqualTo(CalendarAudit.Action.ADD);
        assertThat(row.getValue().getDate()).isEqualTo(LocalDate.of(2019, 3, 9));
        assertThat(calendar.addWorkingMinutes(start, 480)).isEqualTo(LocalDateTime.parse("2019-03-09T11:30"));
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRefusedWithAVietnameseMessage() throws Exception {
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("2019-03-06", "MAKE_UP_WORKING_DAY")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."));
        verify(overrides, never()).save(any());
        verify(audit, never()).save(any());
    }

    @Test
    void aDayOffAlreadyOffByRuleOrByOverrideIsRefused() throws Exception {
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("2019-04-15", "DAY_OFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Giỗ Tổ Hùng Vương")));
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("2019-04-29", "DAY_OFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        verify(overrides, never()).save(any());
    }

    @Test
    void everyBadFieldIsListed() throws Exception {
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2020-01-04\", \"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("date", "kind", "reason", "sourceNotice")))
                .andExpect(jsonPath("$.errors[?(@.field == 'date')].message").value("Ngày 2020-01-04 không thuộc năm 2019."));
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2019-03-09", "HOLIDAY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("09/03/2019", "DAY_OFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        verify(overrides, never()).save(any());
    }

    @Test
    void deletesAnOverrideAndRefusesUnknownOnes() throws Exception {
        mvc.perform(delete("/api/admin/calendar/2019/days/2019-05-04").with(csrf()))
                .andExpect(status().isNoContent());
        verify(overrides).delete(rows2019.get(1));
        ArgumentCaptor<CalendarAudit> row = ArgumentCaptor.forClass(CalendarAudit.class);
        verify(audit).save(row.capture());
        assertThat(row.getValue().getAction()).isEqualTo(CalendarAudit.Action.DELETE);
        assertThat(row.getValue().getKind()).isEqualTo(OverrideKind.MAKE_UP_WORKING_DAY);

        mvc.perform(delete("/api/admin/calendar/2019/days/2019-04-30").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/admin/calendar/2019/days/2020-05-04").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/admin/calendar/2019/days/hôm-nay").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void aRuleDayCanBeTurnedBackIntoAWorkingDaySoAHolidayCanBeMoved() throws Exception {
        // 2019: the rule puts Tết on Mon 04/02-Fri 08/02. Suppose the decision had placed it a day later.
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 2, 4))).isFalse();
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2019-02-04", "RULE_DAY_WORKED")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/admin/calendar/2019/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("2019-02-11", "DAY_OFF")))
                .andExpect(status().isCreated());
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 2, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 2, 11))).isFalse();
        mvc.perform(get("/api/admin/calendar/2019"))
                .andExpect(jsonPath("$.ruleDaysWorked[0].date").value("2019-02-04"))
                .andExpect(jsonPath("$.ruleDaysWorked[0].kind").value("RULE_DAY_WORKED"));
    }

    @Test
    void onlyAWeekdayHolidayByRuleCanBeTurnedIntoAWorkingDay() throws Exception {
        for (String date : List.of("2019-03-06", "2019-03-09", "2019-04-14")) { // plain weekday, Saturday, Sunday holiday
            mvc.perform(post("/api/admin/calendar/2019/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(body(date, "RULE_DAY_WORKED")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("date"));
        }
        verify(overrides, never()).save(any());
    }

    @Test
    void recordsAYearsNoticeAndRefusesBadFields() throws Exception {
        when(notices.findById(2027)).thenReturn(Optional.empty());
        when(notices.save(any())).thenAnswer(i -> i.getArgument(0));
        mvc.perform(put("/api/admin/calendar/2027/notice").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notice\": \"Công văn 1/VPCP-KGVX\", \"verified\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice").value("Công văn 1/VPCP-KGVX"))
                .andExpect(jsonPath("$.verified").value(true));
        ArgumentCaptor<CalendarAudit> row = ArgumentCaptor.forClass(CalendarAudit.class);
        verify(audit).save(row.capture());
        assertThat(row.getValue().getAction()).isEqualTo(CalendarAudit.Action.NOTICE);

        mvc.perform(put("/api/admin/calendar/2027/notice").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notice\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("notice", "verified")));
        mvc.perform(put("/api/admin/calendar/2027/notice").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notice\": \"x\", \"verified\": \"có\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verified"));
        mvc.perform(put("/api/admin/calendar/1900/notice").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notice\": \"x\", \"verified\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }
}
