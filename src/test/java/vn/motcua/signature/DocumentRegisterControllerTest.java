package vn.motcua.signature;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.CallerAgencies;

/**
 * The register's web surface and its attacks: another agency's register and numbers answer 404 as if they did
 * not exist, a clerk cannot void a number (403), bad input is a problem+json naming the field, and the CSV
 * export cannot smuggle a spreadsheet formula.
 */
@WebMvcTest(DocumentRegisterController.class)
@Import(DocumentRegisterControllerTest.Config.class)
class DocumentRegisterControllerTest {

    private static final String DONG_XOAI = "000.00.20.H10";
    private static final String BINH_LONG = "000.00.21.H10";

    @TestConfiguration
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }

        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DocumentRegister register;
    @MockitoBean
    CallerAgencies callers;

    private static DocumentRegister.Entry entry(int number, String title, Instant voidedAt) {
        return new DocumentRegister.Entry(number, DONG_XOAI, 2026, number, number + "/GCN-UBND", "GCN", "1.001612",
                title, 42L, "000.00.20.H10-260302-0001", 7L, "lanhdao", Instant.parse("2026-03-02T02:00:00Z"),
                voidedAt, voidedAt == null ? null : "lanhdao", voidedAt == null ? null : "In sai tên", null, null);
    }

    /** The line as the document-management system acknowledged it. */
    private static DocumentRegister.Entry filed(DocumentRegister.Entry e) {
        return new DocumentRegister.Entry(e.id(), e.agencyCode(), e.year(), e.number(), e.notation(), e.kindSymbol(),
                e.procedureCode(), e.title(), e.dossierId(), e.dossierCode(), e.signedResultId(), e.signerUser(),
                e.issuedAt(), e.voidedAt(), e.voidedBy(), e.voidReason(), "QLVB-2026-0001",
                Instant.parse("2026-03-02T02:05:00Z"));
    }

    @BeforeEach
    void dongXoaiOnly() {
        when(callers.current()).thenReturn(AgencyScope.of(Set.of(DONG_XOAI)));
        when(register.list(DONG_XOAI, 2026)).thenReturn(List.of(filed(entry(1, "Giấy chứng nhận đăng ký hộ kinh doanh", null)),
                entry(2, "=HYPERLINK(\"http://x\")", null)));
        when(register.find(DONG_XOAI, 2026, 1)).thenReturn(Optional.of(entry(1, "Giấy chứng nhận", null)));
    }

    @Test
    void shouldListTheRegisterAsJsonAndCsv() throws Exception {
        mvc.perform(get("/api/document-register").param("agency", DONG_XOAI).param("year", "2026")
                        .with(user("vanthu")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].notation").value("1/GCN-UBND"))
                .andExpect(jsonPath("$[1].number").value(2))
                .andExpect(jsonPath("$[0].dmsDocumentId").value("QLVB-2026-0001"))
                .andExpect(jsonPath("$[0].filedAt").value("2026-03-02T02:05:00Z"))
                .andExpect(jsonPath("$[1].dmsDocumentId").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/document-register").param("agency", DONG_XOAI).param("year", "2026")
                        .with(user("vanthu")).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "1;1/GCN-UBND;02/03/2026 09:00;Giấy chứng nhận đăng ký hộ kinh doanh;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(";QLVB-2026-0001;02/03/2026 09:05\r\n")))
                // a title that starts a formula is defused and quoted
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    }

    @Test
    void shouldAnswerAnotherAgencysRegisterAndNumbersAsNotFound() throws Exception {
        mvc.perform(get("/api/document-register").param("agency", BINH_LONG).param("year", "2026")
                        .with(user("lanhdao").authorities(() -> "GROUP_lanhdao-ubnd-dongxoai")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("agency"));
        mvc.perform(post("/api/document-register/{a}/2026/1/void", BINH_LONG).with(csrf())
                        .with(user("lanhdao").authorities(() -> "GROUP_lanhdao-ubnd-dongxoai"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        verify(register, never()).list(eq(BINH_LONG), anyInt());
        verify(register, never()).voidNumber(anyLong(), any(), any(), any());
    }

    @Test
    void shouldRefuseAClerkVoidingANumber() throws Exception {
        mvc.perform(post("/api/document-register/{a}/2026/1/void", DONG_XOAI).with(csrf())
                        .with(user("traketqua").authorities(() -> "GROUP_traketqua-dongxoai"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"In sai\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(register, never()).voidNumber(anyLong(), any(), any(), any());
    }

    @Test
    void shouldVoidForTheHeadWithAReasonOnce() throws Exception {
        when(register.voidNumber(eq(1L), eq("truongphong"), eq("In sai tên chủ hộ"), any())).thenReturn(true);
        mvc.perform(post("/api/document-register/{a}/2026/1/void", DONG_XOAI).with(csrf())
                        .with(user("truongphong").authorities(() -> "GROUP_lanhdao-tckh-dongxoai"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  In sai tên chủ hộ \"}"))
                .andExpect(status().isOk());
        verify(register).voidNumber(eq(1L), eq("truongphong"), eq("In sai tên chủ hộ"), any());

        when(register.voidNumber(anyLong(), anyString(), anyString(), any())).thenReturn(false);
        mvc.perform(post("/api/document-register/{a}/2026/1/void", DONG_XOAI).with(csrf())
                        .with(user("lanhdao")).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"lại\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void shouldNameTheBadField() throws Exception {
        mvc.perform(get("/api/document-register").param("year", "2026").with(user("vanthu")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agency"));
        mvc.perform(get("/api/document-register").param("agency", DONG_XOAI).param("year", "abc").with(user("vanthu")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(post("/api/document-register/{a}/2026/1/void", DONG_XOAI).with(csrf())
                        .with(user("lanhdao")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/document-register/{a}/2026/9/void", DONG_XOAI).with(csrf())
                        .with(user("lanhdao")).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("number"));
    }
}
