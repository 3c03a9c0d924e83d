package vn.motcua.dossier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.document.AttachmentPolicy;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.procedure.RuleSets;
import vn.motcua.security.ApiSecurityTestSupport;
import vn.motcua.calendar.BusinessClock;

/** The dossier controller's web layer: bad input on every endpoint, each bad field named; 401 for anonymous. */
@WebMvcTest(controllers = DossierController.class, properties = "motcua.documents.max-file-size=1KB")
@Import({ApiSecurityTestSupport.class, SubmissionValidator.class, ProcedureDataSchemas.class, RuleSets.class,
        DossierControllerTest.Beans.class})
class DossierControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AttachmentPolicy.class)
    static class Beans {
        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Bean
        BusinessClock businessClock() {
            return Instant::now;
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    IdentityService identity;
    @MockitoBean
    ProcedureCatalog catalog;
    @MockitoBean
    DossierSubmission submission;
    @MockitoBean
    DossierActions actions;
    @MockitoBean
    DossierQueries queries;
    @MockitoBean
    ReceivingCentres centres;
    @MockitoBean
    DossierProcesses processes;
    @MockitoBean
    CallerAgencies callers;

    @BeforeEach
    void catalogue() {
        ApiSecurityTestSupport.knowUser(identity);
        when(callers.current()).thenReturn(AgencyScope.ALL);
        var procedure = new AdministrativeProcedure("1.001612", "Đăng ký thành lập hộ kinh doanh", null,
                "dang-ky-ho-kinh-doanh", OnlineServiceType.FULL, LocalDate.of(2021, 1, 1), null);
        ProcedureCase th1 = procedure.addCase(new ProcedureCase("TH1", "Đăng ký", 3, WorkingTimeUnit.WORKING_DAYS,
                null, false, false, PausePolicy.RESTART, 100_000));
        th1.addComponent(new ProcedureComponent("GIAY_DE_NGHI", "Giấy đề nghị", true, 1, 1));
        th1.addComponent(new ProcedureComponent("CCCD", "Căn cước", true, 1, 2));
        when(catalog.procedureInForce(anyString(), any())).thenAnswer(call -> {
            if (!call.getArgument(0).equals("1.001612")) {
                throw new NoSuchElementException("Không có thủ tục hành chính mã '" + call.getArgument(0) + "'");
            }
            return procedure;
        });
        when(catalog.agency(anyString())).thenAnswer(call -> {
            if (call.getArgument(0).equals("000.00.20.H10")) {
                return null;
            }
            throw new NoSuchElementException("Không có cơ quan với mã định danh '" + call.getArgument(0) + "'");
        });
    }

    MockMultipartFile dossier(String json) {
        return new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes());
    }

    @Test
    void shouldNameEveryBadFieldOfASubmissionAndStoreNothing() throws Exception {
        mvc.perform(multipart("/api/dossiers")
                        .file(dossier("""
                                {"agencyCode":"X.1","procedureCode":"9.999","channel":"ONLINE",
                                 "applicant":{"name":" ","idNumber":"0791234567","taxCode":"123","phone":"0123",
                                              "email":"khong-phai-email","proxyIdNumber":"abc"},
                                 "summary":"%s"}""".formatted("x".repeat(1001))))
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("agencyCode", "procedureCode",
                        "applicant.name", "applicant.idNumber", "applicant.taxCode", "applicant.phone", "applicant.email",
                        "applicant.proxyIdNumber", "summary")))
                .andExpect(jsonPath("$.errors[?(@.field=='applicant.idNumber')].message")
                        .value("Số định danh cá nhân phải gồm đúng 12 chữ số"))
                .andExpect(jsonPath("$.errors[?(@.field=='agencyCode')].message")
                        .value("Không có cơ quan với mã định danh 'X.1'"));
        verifyNoInteractions(submission);
    }

    @Test
    void shouldRejectMissingWrongTypedOversizedAndUnknownFilesOfAnOnlineSubmission() throws Exception {
        mvc.perform(multipart("/api/dossiers")
                        .file(dossier("""
                                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",
                                 "applicant":{"name":"An","idNumber":"079123456789"},
                                 "data":{"businessName":"A","businessAddress":"B","businessLine":"C","capital":1}}"""))
                        .file(new MockMultipartFile("GIAY_DE_NGHI", "a.exe", "application/x-msdownload", "MZ".getBytes()))
                        .file(new MockMultipartFile("CCCD", "big.pdf", "application/pdf", new byte[2048]))
                        .file(new MockMultipartFile("LA", "x.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "files.GIAY_DE_NGHI", "files.CCCD", "files.LA")))
                .andExpect(jsonPath("$.errors[?(@.field=='files.GIAY_DE_NGHI')].message").value(Matchers.hasItem(
                        Matchers.containsString("không được chấp nhận"))))
                .andExpect(jsonPath("$.errors[?(@.field=='files.CCCD')].message").value(Matchers.hasItem(
                        Matchers.containsString("vượt quá giới hạn"))));
        mvc.perform(multipart("/api/dossiers")
                        .file(dossier("""
                                {"agencyCode":"000.00.20.H10","procedureCode":"1.001612","channel":"ONLINE",
                                 "applicant":{"name":"An","idNumber":"079123456789"},
                                 "data":{"businessName":"A","businessAddress":"B","businessLine":"C","capital":1}}"""))
                        .file(new MockMultipartFile("GIAY_DE_NGHI", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("files.CCCD")))
                .andExpect(jsonPath("$.errors[0].message").value("Thiếu thành phần hồ sơ bắt buộc: Căn cước"));
        verifyNoInteractions(submission);
    }

    @Test
    void shouldNameAnUnreadableChannelAndAMissingDossierPart() throws Exception {
        mvc.perform(multipart("/api/dossiers").file(dossier("{\"channel\":\"FAX\"}")).with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        mvc.perform(multipart("/api/dossiers").file(new MockMultipartFile("CCCD", "a.png", "image/png", new byte[] {1}))
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dossier"));
        mvc.perform(multipart("/api/dossiers").file(dossier("{}")).header("Idempotency-Key", "x".repeat(101))
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void shouldNameBadFieldsOfRefusalWithdrawalAcceptanceAndSupplement() throws Exception {
        mvc.perform(post("/api/dossiers/A-1/refusal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\",\"opinion\":\"" + "x".repeat(2001) + "\"}").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("reason", "opinion")));
        mvc.perform(post("/api/dossiers/A-1/withdrawal").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Lý do rút hồ sơ là bắt buộc"));
        mvc.perform(post("/api/dossiers/A-1/acceptance").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"componentsHandedIn\":[\"\"],\"opinion\":\"" + "x".repeat(2001) + "\"}")
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("componentsHandedIn[0]", "opinion")));
        mvc.perform(multipart("/api/dossiers/A-1/supplements").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("files"));
        verifyNoInteractions(actions);
    }

    @Test
    void shouldAnswerAWrongStateWith409() throws Exception {
        when(actions.withdraw(anyString(), anyString())).thenThrow(ApiProblems.wrongState("Hồ sơ A-1 đã trả kết quả"));
        mvc.perform(post("/api/dossiers/A-1/withdrawal").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"r\"}")
                        .with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Hồ sơ A-1 đã trả kết quả"));
        when(queries.view("NONE")).thenThrow(ApiProblems.dossierNotFound());
        mvc.perform(get("/api/dossiers/NONE").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldNameBadSearchParameters() throws Exception {
        mvc.perform(get("/api/dossiers?status=11&receivedFrom=2025-13-01&sort=applicant,asc").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedFrom"));
        mvc.perform(get("/api/dossiers?status=11").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/dossiers?sort=applicant,asc&size=500").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("size", "sort")));
        mvc.perform(get("/api/dossiers?receivedFrom=2025-02-01&receivedTo=2025-01-01").with(httpBasic("tiepnhan", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("receivedTo"));
    }

    @Test
    void shouldAskAnonymousCallersOfEveryEndpointToAuthenticate() throws Exception {
        mvc.perform(get("/api/dossiers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/dossiers/A-1")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/dossiers").file(dossier("{}"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/dossiers/A-1/acceptance")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/dossiers/A-1/refusal")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/dossiers/A-1/withdrawal")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/dossiers/A-1/supplements")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/dossiers").with(httpBasic("tiepnhan", "sai"))).andExpect(status().isUnauthorized());
    }
}
