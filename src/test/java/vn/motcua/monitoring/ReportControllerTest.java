package vn.motcua.monitoring;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.CalendarAlert;
import vn.motcua.calendar.CalendarAlerts;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.security.ApiSecurityTestSupport;
import vn.motcua.sla.SlaProperties;
import vn.motcua.calendar.BusinessClock;

/** The report API's web layer: the report, its exports, and 422 problems naming each bad parameter. */
@WebMvcTest(controllers = ReportController.class)
@Import({ApiSecurityTestSupport.class, MonitoringService.class, Exports.class, ReportExceptionHandler.class,
        ReportControllerTest.Beans.class})
class ReportControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Bean
        BusinessClock businessClock() {
            return Instant::now;
        }

        @Bean
        SlaProperties slaProperties() {
            return new SlaProperties(480);
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    IdentityService identity;
    @MockitoBean
    ReportQueries reports;
    @MockitoBean
    DashboardQueries dashboard;
    @MockitoBean
    WorkingCalendar calendar;
    @MockitoBean
    CalendarAlerts calendarAlerts;

    @BeforeEach
    void setUp() {
        ApiSecurityTestSupport.knowManager(identity);
        when(reports.agencyName("000.00.20.H10")).thenReturn(java.util.Optional.of("UBND thành phố Đồng Xoài"));
        when(reports.agencyName("999")).thenReturn(java.util.Optional.empty());
        when(reports.periodReports(any(Instant.class), any(Instant.class), any(Instant.class), any(), any())).thenReturn(List.of(
                new PeriodReport("000.00.20.H10", "UBND thành phố Đồng Xoài", 2, 3, 4, 1, 3, 2, 1, 1, 1, 1, 0, 0, 1)));
        when(reports.processingTimePerProcedure(any(), any(), any(), any())).thenReturn(List.of(
                new ReportQueries.ProcessingTime("1.001612", "Đăng ký thành lập hộ kinh doanh", 6, 30.5)));
        when(reports.processingTimePerStep(any(), any(), any(), any())).thenReturn(List.of());
    }

    @Test
    void shouldAnswerThePeriodReportWithItsTotalsAndRates() throws Exception {
        mvc.perform(get("/api/reports/period").param("from", "2025-01-01").param("to", "2025-03-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agencies[0].report.agencyCode").value("000.00.20.H10"))
                .andExpect(jsonPath("$.total.total").value(10))
                .andExpect(jsonPath("$.total.resolved").value(6))
                .andExpect(jsonPath("$.total.onTimeRate").value(83.3))
                .andExpect(jsonPath("$.decision766.onlineShare").value(37.5))
                .andExpect(jsonPath("$.perProcedure[0].averageHours").value(30.5));
    }

    @Test
    void shouldAnswerThePeriodReportPerReceivingCentreAndNameABadDimension() throws Exception {
        mvc.perform(get("/api/reports/period").param("from", "2025-01-01").param("to", "2025-03-31").param("by", "receiving")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("RECEIVING"));
        org.mockito.Mockito.verify(reports).periodReports(any(Instant.class), any(Instant.class), any(Instant.class), any(),
                eq(AgencyDimension.RECEIVING));
        mvc.perform(get("/api/reports/period.csv").param("from", "2025-01-01").param("to", "2025-03-31").param("by", "receiving")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mã nơi tiếp nhận,Nơi tiếp nhận,")));
        for (String path : List.of("/api/reports/period", "/api/reports/dashboard", "/api/reports/dossiers")) {
            mvc.perform(get(path).param("from", "2025-01-01").param("to", "2025-03-31").param("by", "centre'--")
                            .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[0].field").value("by"));
        }
    }

    @Test
    void shouldExportThePeriodReportAsCsvAndXlsx() throws Exception {
        mvc.perform(get("/api/reports/period.csv").param("from", "2025-01-01").param("to", "2025-03-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Exports.CSV))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UBND thành phố Đồng Xoài,2,3,4,1,3,2,1,1,1,1,0,0,1,83.3,37.5")));
        byte[] xlsx = mvc.perform(get("/api/reports/period.xlsx").param("from", "2025-01-01").param("to", "2025-03-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Exports.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Kỳ trước chuyển sang");
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void shouldNameTheFieldOfAPeriodThatEndsBeforeItStarts() throws Exception {
        mvc.perform(get("/api/reports/period").param("from", "2025-04-01").param("to", "2025-03-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void shouldRefuseAPeriodLongerThan366DaysAndAnUnknownAgency() throws Exception {
        mvc.perform(get("/api/reports/period").param("from", "2024-01-01").param("to", "2025-01-01").param("agency", "999")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[1].field").value("agency"));
        // a leap year is 366 days: allowed
        mvc.perform(get("/api/reports/period").param("from", "2024-01-01").param("to", "2024-12-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void shouldNameMissingAndMistypedParameters() throws Exception {
        mvc.perform(get("/api/reports/period").param("to", "2025-01-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/reports/period").param("from", "01/01/2025").param("to", "2025-01-31")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/reports/online-indicators").param("year", "1990")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/reports/online-indicators")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void shouldAnswerTheOnlineIndicatorsOfAYear() throws Exception {
        when(reports.onlineOffers(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .thenReturn(List.of(new OnlineIndicators.Offer("1.001612", "FULL")));
        when(reports.receivedPerProcedure(any(), any(), eq(vn.motcua.dossier.AgencyScope.ALL), any()))
                .thenReturn(List.of(new OnlineIndicators.Received("1.001612", "FULL", 4, 1)));
        mvc.perform(get("/api/reports/online-indicators").param("year", "2025")
                        .with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].value").value(100.0))
                .andExpect(jsonPath("$.indicators[2].value").value(25.0))
                .andExpect(jsonPath("$.indicators[2].target").value(30.0))
                .andExpect(jsonPath("$.indicators[2].baseline2018").value(7.36));
    }

    @Test
    void shouldRefuseAnonymousCallers() throws Exception {
        mvc.perform(get("/api/reports/period").param("from", "2025-01-01").param("to", "2025-01-31"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void shouldServeTheCalendarAlertsToManagersOnly() throws Exception {
        when(calendarAlerts.current()).thenReturn(List.of(
                new CalendarAlert("NEXT_YEAR_NOTICE_MISSING", 2027, "Chưa có thông báo nghỉ lễ, Tết năm 2027")));
        mvc.perform(get("/api/reports/alerts").with(httpBasic(ApiSecurityTestSupport.USER, ApiSecurityTestSupport.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("NEXT_YEAR_NOTICE_MISSING"))
                .andExpect(jsonPath("$[0].year").value(2027));
        mvc.perform(get("/api/reports/alerts")).andExpect(status().isUnauthorized());
    }
}
