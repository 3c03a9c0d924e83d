package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.dossier.PublicStatus.Milestone;
import vn.motcua.dossier.PublicStatus.Progress;
import vn.motcua.security.ApiSecurityTestSupport;

/**
 * The citizens' tracking page {@code /tra-cuu} through the real security chain: anonymous, Vietnamese, the code
 * of the QR link filled in, the ID number posted and never written back, the same neutral answer for a wrong
 * code and a wrong ID number, fields named on bad input, forged cross-site posts refused, and the tracking limit
 * (shared with {@code /api/public/tracking}) answering 429 with {@code Retry-After}.
 */
@WebMvcTest(controllers = {TrackingPageController.class, TrackingController.class},
        // the default budget (30 requests), coming back slowly enough that a slow machine gets none back mid-test
        properties = {"motcua.province-name=tỉnh Bình Phước", "motcua.security.tracking.per=1h"})
@Import({ApiSecurityTestSupport.class, TrackingPageControllerTest.Beans.class})
class TrackingPageControllerTest {

    static final String CODE = "000.00.20.H10-260302-0007";
    static final String ID = "079190008001";

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    IdentityService identity;
    @MockitoBean
    DossierQueries queries;

    static final AtomicInteger CLIENTS = new AtomicInteger();

    @BeforeEach
    void users() {
        ApiSecurityTestSupport.knowUser(identity);
    }

    @Test
    void shouldShowTheFormWithTheCodeOfTheQrLinkAnonymously() throws Exception {
        String html = mvc.perform(get("/tra-cuu").param("ma", CODE).with(client()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'none'")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                // "no-referrer" would make browsers post the form with "Origin: null", refused as cross-site
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"vi\"", "Tra cứu tình trạng hồ sơ", "tỉnh Bình Phước",
                "<label for=\"ma\">Mã hồ sơ</label>", "<label for=\"soDinhDanh\">", "value=\"" + CODE + "\"",
                "method=\"post\"", "action=\"/tra-cuu\"", ":focus-visible", "name=\"viewport\"");
        assertThat(html).doesNotContain("<script");
        verifyNoInteractions(queries);
    }

    @Test
    void shouldShowStatusStepAppointmentAndMilestonesAndNothingPersonal() throws Exception {
        when(queries.publicStatus(CODE, ID)).thenReturn(Optional.of(new PublicStatus(CODE, DossierStatus.PROCESSING,
                "Thẩm định hồ sơ, dự thảo kết quả", Instant.parse("2026-03-05T03:00:00Z"), false, null, List.of(
                        new Milestone(PublicStatus.RECEIVED, Progress.DONE, Instant.parse("2026-03-02T02:00:00Z")),
                        new Milestone(PublicStatus.PROCESSING, Progress.CURRENT, null),
                        new Milestone(PublicStatus.RESULT_READY, Progress.PENDING, null),
                        new Milestone(PublicStatus.RETURNED, Progress.PENDING, null)), true)));
        String html = mvc.perform(track(CODE, ID)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hồ sơ <span>" + CODE + "</span>", "Đang xử lý", "Thẩm định hồ sơ, dự thảo kết quả",
                "Hẹn trả kết quả", "10 giờ 00 phút, ngày 05/03/2026", "Tiếp nhận hồ sơ", "09 giờ 00 phút, ngày 02/03/2026",
                "Đang giải quyết", "Có kết quả", "Trả kết quả", "class=\"done\"", "class=\"current\"", "role=\"status\"",
                "<dt>Phí, lệ phí</dt>", "Đã nộp trực tuyến");
        assertThat(html).as("the ID number is never written back").doesNotContain(ID);
    }

    @Test
    void shouldAnswerTheSameNeutralMessageForAWrongCodeAndAWrongIdNumber() throws Exception {
        when(queries.publicStatus(anyString(), anyString())).thenReturn(Optional.empty());
        String wrongCode = mvc.perform(track("000.00.20.H10-260302-9999", ID)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        String wrongId = mvc.perform(track(CODE, "079000000000")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(wrongId).contains(TrackingPageController.NOT_FOUND, "role=\"alert\"").doesNotContain("079000000000");
        assertThat(wrongCode.replace("000.00.20.H10-260302-9999", CODE)).isEqualTo(wrongId);
    }

    @Test
    void shouldNameTheFieldsToCorrectWithoutLookingAnythingUp() throws Exception {
        String html = mvc.perform(track(" ", "12345")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"ma-error\"", "Nhập mã hồ sơ", "id=\"soDinhDanh-error\"",
                "Số định danh cá nhân gồm đúng 12 chữ số", "aria-describedby=\"soDinhDanh-error\"", "aria-invalid=\"true\"")
                .doesNotContain("12345");
        String tooLong = mvc.perform(track("X".repeat(65), ID)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("Mã hồ sơ dài tối đa 64 ký tự").doesNotContain("X".repeat(65));
        verifyNoInteractions(queries);
    }

    @Test
    void shouldEscapeWhatTheLinkCarries() throws Exception {
        String html = mvc.perform(get("/tra-cuu").param("ma", "\"><script>alert(1)</script>").with(client()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>").contains("&quot;&gt;&lt;script&gt;");
    }

    @Test
    void shouldRefuseAFormPostedFromAnotherSite() throws Exception {
        mvc.perform(track(CODE, ID).header("Origin", "https://lua-dao.example"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(track(CODE, ID).header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
        verifyNoInteractions(queries);
        when(queries.publicStatus(CODE, ID)).thenReturn(Optional.empty());
        mvc.perform(track(CODE, ID).header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldLimitThePageAndTheJsonEndpointOnOneBudgetPerClient() throws Exception {
        when(queries.publicStatus(anyString(), anyString())).thenReturn(Optional.empty());
        RequestPostProcessor attacker = client();
        for (int i = 0; i < 15; i++) {
            mvc.perform(track(CODE, "0791900080%02d".formatted(i)).with(attacker)).andExpect(status().isNotFound());
            mvc.perform(get("/api/public/tracking").param("code", CODE).param("idNumber", ID).with(attacker));
        }
        String html = mvc.perform(track(CODE, ID).with(attacker))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9]\\d*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"vi\"", "Tra cứu quá nhiều lần", "giây");
        mvc.perform(get("/tra-cuu").param("ma", CODE).with(attacker)).andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/public/tracking").param("code", CODE).param("idNumber", ID).with(attacker))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // another citizen is not affected
        mvc.perform(track(CODE, ID).with(client())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder track(String code, String idNumber) {
        return post("/tra-cuu").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("ma", code)
                .param("soDinhDanh", idNumber).with(client());
    }

    /** Each call a new client address, so that tests do not share the tracking limit. */
    private RequestPostProcessor client() {
        int n = CLIENTS.incrementAndGet();
        String address = "198.51." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
