package vn.motcua.dossier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.security.ApiSecurityTestSupport;

/** Web layer of the public tracking and of the slips: bad input named, no oracle, anonymous rules. */
@WebMvcTest(controllers = {TrackingController.class, SlipController.class})
@Import(ApiSecurityTestSupport.class)
class TrackingAndSlipControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    IdentityService identity;
    @MockitoBean
    DossierQueries queries;
    @MockitoBean
    DossierSlips slips;

    @BeforeEach
    void users() {
        ApiSecurityTestSupport.knowUser(identity);
    }

    @Test
    void shouldTrackAnonymouslyWithOnlyStatusStepAndAppointment() throws Exception {
        when(queries.track("A-1", "079123456789")).thenReturn(new DossierQueries.Tracking("A-1", 4, "Đang xử lý",
                "Thẩm định hồ sơ", Instant.parse("2025-03-05T10:00:00Z"), true));
        mvc.perform(get("/api/public/tracking?code=A-1&idNumber=079123456789"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(4))
                .andExpect(jsonPath("$.statusLabel").value("Đang xử lý"))
                .andExpect(jsonPath("$.currentStepName").value("Thẩm định hồ sơ"))
                .andExpect(jsonPath("$.appointment").value("2025-03-05T10:00:00Z"))
                .andExpect(jsonPath("$.feePaidOnline").value(true));
    }

    @Test
    void shouldAnswerTheSameNotFoundForAWrongCodeAndAWrongIdNumber() throws Exception {
        when(queries.track(anyString(), anyString())).thenThrow(ApiProblems.dossierNotFound());
        String wrongCode = mvc.perform(get("/api/public/tracking?code=B-2&idNumber=079123456789"))
                .andExpect(status().isNotFound()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String wrongId = mvc.perform(get("/api/public/tracking?code=B-2&idNumber=079000000000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(wrongId).isEqualTo(wrongCode);
    }

    @Test
    void shouldNameBadTrackingParameters() throws Exception {
        mvc.perform(get("/api/public/tracking").param("code", " ").param("idNumber", "123"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("code", "idNumber")));
        mvc.perform(get("/api/public/tracking?code=A-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }

    @Test
    void shouldServeSlipsAsPdfToUsersOnly() throws Exception {
        when(slips.slip("A-1", "01")).thenReturn(new DossierSlips.Slip("A-1_receipt_01.pdf", "%PDF-1.7".getBytes()));
        when(slips.slip("A-1", "control")).thenReturn(new DossierSlips.Slip("A-1_control_06.pdf", "%PDF-1.7".getBytes()));
        mvc.perform(get("/api/dossiers/A-1/slips/01")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/slips/log-book?agency=X&from=2025-01-01&to=2025-01-31")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/dossiers/A-1/slips/01").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("A-1_receipt_01.pdf")));
        mvc.perform(get("/api/dossiers/A-1/slips/control").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("A-1_control_06.pdf")));
    }

    @Test
    void shouldNameBadSlipAndLogBookInput() throws Exception {
        when(slips.slip("A-1", "09")).thenThrow(ApiProblems.notFound("Không có mẫu phiếu '09'"));
        mvc.perform(get("/api/dossiers/A-1/slips/09").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        when(slips.slip("A-1", "01")).thenThrow(ApiProblems.wrongState("Hồ sơ A-1 chưa được tiếp nhận"));
        mvc.perform(get("/api/dossiers/A-1/slips/01").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/slips/log-book?agency=X&from=2025-02-01&to=2025-01-01").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/slips/log-book?agency=X&from=hôm-nay&to=2025-01-01").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/slips/log-book?from=2025-01-01&to=2025-01-02").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"));
        when(slips.logBook(any(), any(), any())).thenThrow(new NoSuchElementException("Không có cơ quan với mã định danh 'Y'"));
        mvc.perform(get("/api/slips/log-book?agency=Y&from=2025-01-01&to=2025-01-02").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("agency"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có cơ quan với mã định danh 'Y'"));
    }
}
