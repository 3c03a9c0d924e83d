package vn.motcua.signature;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SignatureVerificationController.class)
@Import(SignatureVerificationControllerTest.Config.class)
@TestPropertySource(properties = "motcua.signature.max-verification-size=1KB")
@WithMockUser(username = "traketqua")
class SignatureVerificationControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(SignatureProperties.class)
    static class Config {
    }

    private static final String URL = "/api/signatures/verification";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SignatureVerifier verifier;

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/pdf", bytes);
    }

    @Test
    void shouldAnswerTheReportAsJson() throws Exception {
        when(verifier.verify(any())).thenReturn(new VerificationReport(VerificationReport.Status.VALID, "Phạm Văn Hùng",
                Instant.parse("2019-02-05T02:00:00Z"), true, List.of("CN=Phạm Văn Hùng,C=VN", "CN=Motcua Demo CA,C=VN"),
                1, "Chữ ký số hợp lệ", "The signature is valid"));

        mvc.perform(multipart(URL).file(file("kq.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.signerName").value("Phạm Văn Hùng"))
                .andExpect(jsonPath("$.signingTime").value("2019-02-05T02:00:00Z"))
                .andExpect(jsonPath("$.timestamped").value(true))
                .andExpect(jsonPath("$.certificateChain[1]").value("CN=Motcua Demo CA,C=VN"))
                .andExpect(jsonPath("$.reason").value("Chữ ký số hợp lệ"))
                .andExpect(jsonPath("$.reasonEn").value("The signature is valid"));
    }

    @Test
    void shouldRefuseARequestWithoutFile() throws Exception {
        mvc.perform(multipart(URL).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Chưa gửi tệp PDF cần kiểm tra (trường 'file')."));
    }

    @Test
    void shouldRefuseAnEmptyFileAndANonMultipartRequest() throws Exception {
        mvc.perform(multipart(URL).file(file("empty.pdf", new byte[0])).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void shouldRefuseWhatIsNotAPdf() throws Exception {
        when(verifier.verify(any())).thenThrow(new NotAPdfException("no %PDF- header", null));

        mvc.perform(multipart(URL).file(file("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Tệp không phải tệp PDF đọc được."));
    }

    @Test
    void shouldRefuseAFileTooLarge() throws Exception {
        mvc.perform(multipart(URL).file(file("big.pdf", new byte[1025])).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tệp quá lớn"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Tệp quá lớn: 1025 byte, tối đa 1024 byte."));
    }

    @Test
    @WithMockUser(username = "x")
    void shouldNeedAnAuthenticatedUser() throws Exception {
        mvc.perform(multipart(URL).file(file("kq.pdf", new byte[] {1})).with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().isUnauthorized());
    }
}
