package vn.motcua.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.document.HouseholdBusinessCertificateTemplate;
import vn.motcua.document.ResultTemplates;
import vn.motcua.process.EngineAccess;
import vn.motcua.process.ResultRequests;
import vn.motcua.process.SignResultDelegate;
import vn.motcua.process.VerifyResultBeforeReturnDelegate;

/**
 * The signing steps as the engine runs them, on the register's real schema (Flyway on H2): signResult
 * renders, signs and stores the certificate and sets signedResultId; verifyResultBeforeReturn lets a valid
 * result through and throws RESULT_NOT_VALID for one changed in the store.
 */
@DataJpaTest
@Import({SignedResultFlowTest.Config.class, SignedResults.class, FileSystemResultFileStore.class, ResultSigning.class, DocumentRegister.class,
        SigningService.class, SignatureVerifier.class, TrustAnchors.class, ResultTemplates.class,
        HouseholdBusinessCertificateTemplate.class, ResultRequests.class, SignResultDelegate.class,
        VerifyResultBeforeReturnDelegate.class})
class SignedResultFlowTest {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("motcua-signature-test");
            // the trust store is a keystore file, as an operator would configure it
            java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("test-ca", TestPki.CA);
            try (var out = Files.newOutputStream(DIR.resolve("trust.p12"))) {
                trust.store(out, "trust".toCharArray());
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void removeFiles() throws IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(DIR);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("motcua.documents.dir", () -> DIR.resolve("documents").toString());
        registry.add("motcua.signature.trust-store.path", () -> DIR.resolve("trust.p12").toString());
        registry.add("motcua.signature.trust-store.password", () -> "trust");
    }

    @TestConfiguration
    @EnableConfigurationProperties(SignatureProperties.class)
    static class Config {
        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        }

        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        /** The engine's authenticated user is the one {@link #execution} names. */
        @Bean
        EngineAccess engineAccess() {
            return new EngineAccess() {
                @Override
                public String currentUserId() {
                    return authenticated;
                }

                @Override
                public List<String> currentGroupIds() {
                    return List.of();
                }

                @Override
                public List<String> currentTenantIds() {
                    return null;
                }

                @Override
                public boolean currentUserIsAdministrator() {
                    return false;
                }

                @Override
                public <T> T withoutAuthorization(java.util.function.Supplier<T> work) {
                    return work.get();
                }
            };
        }

        @Bean
        TaskService taskService() {
            return mock(TaskService.class);
        }

        @Bean
        SignerKeyProvider testKeys() {
            return userId -> "lanhdao".equals(userId) ? Optional.of(TestPki.SIGNER)
                    : userId.startsWith(SignerKeyProvider.SEAL_PREFIX) ? Optional.of(TestPki.SEAL) : Optional.empty();
        }
    }

    @Autowired
    SignResultDelegate signResult;
    @Autowired
    VerifyResultBeforeReturnDelegate verifyResultBeforeReturn;
    @Autowired
    SignedResults results;
    @Autowired
    SignedResultRepository repository;
    @Autowired
    SignatureVerifier verifier;
    @Autowired
    DocumentRegister register;

    /** The user the engine sees as authenticated while a step runs. */
    static volatile String authenticated;

    /** A DelegateExecution over a map of variables, with the given authenticated user. */
    static DelegateExecution execution(Map<String, Object> variables, String authenticatedUser) {
        DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
        when(execution.getVariable(anyString())).thenAnswer(i -> variables.get(i.<String>getArgument(0)));
        doAnswer(i -> variables.put(i.getArgument(0), i.getArgument(1))).when(execution).setVariable(anyString(), any());
        authenticated = authenticatedUser;
        return execution;
    }

    static Map<String, Object> dossier() {
        Map<String, Object> v = new HashMap<>();
        v.put("dossierId", 42L);
        v.put("dossierCode", "000.00.20.H10-250205-0001");
        v.put("procedureCode", "1.001612");
        v.put("agencyCode", "000.00.20.H10");
        v.put("agencyName", "UBND thành phố Đồng Xoài");
        v.put("routing", Map.of("handlingUnit", "Phòng Tài chính - Kế hoạch thành phố Đồng Xoài"));
        v.put("applicantName", "Nguyễn Thị Hường");
        v.put("applicantIdNumber", "070190001234");
        v.put("businessName", "Hộ kinh doanh Nguyễn Thị Hường");
        v.put("businessAddress", "Số 5 đường Phú Riềng Đỏ, phường Tân Phú");
        v.put("businessLine", "Bán lẻ hàng tạp hóa");
        v.put("capital", 50_000_000);
        v.put("registrationNumber", "44A8000001");
        return v;
    }

    @Test
    void shouldSignTheResultAsTheUserWhoCompletedTheTaskAndLetItThroughWhenValid() {
        Map<String, Object> variables = dossier();

        signResult.execute(execution(variables, "lanhdao"));

        assertThat(variables.get("signedResultId")).isInstanceOf(Long.class);
        Long id = (Long) variables.get("signedResultId");
        SignedResult row = repository.findById(id).orElseThrow();
        assertThat(row.getDossierId()).isEqualTo(42L);
        assertThat(row.getSignerUser()).isEqualTo("lanhdao");
        assertThat(row.getFileName()).isEqualTo("giay-chung-nhan-dkhkd-000.00.20.H10-250205-0001.pdf");
        SignedResultFile file = results.signedResult(42L).orElseThrow();
        assertThat(file.id()).isEqualTo(id);
        assertThat(file.intact()).isTrue();
        assertThat(file.sha256()).isEqualTo(Hashes.sha256Hex(file.bytes()));
        VerificationReport report = verifier.verify(file.bytes());
        assertThat(report.status()).as(report.reasonEn()).isEqualTo(VerificationReport.Status.VALID);
        // the signer's visible signature, then the agency's seal over the whole file: both valid
        assertThat(report.signatureCount()).isEqualTo(2);
        assertThat(report.signatures()).extracting(VerificationReport.Signature::signerName)
                .containsExactly("Phạm Văn Hùng", "UBND thành phố Đồng Xoài");
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.status()).isEqualTo(VerificationReport.Status.VALID));
        assertVisibleSignatures(file.bytes());
        DocumentRegister.Entry entry = register.ofSignedResult(id).orElseThrow();
        assertThat(entry.notation()).matches("\\d+/GCN-UBND");
        assertThat(entry.agencyCode()).isEqualTo("000.00.20.H10");
        assertThat(entry.dossierCode()).isEqualTo("000.00.20.H10-250205-0001");
        assertThat(entry.signerUser()).isEqualTo("lanhdao");
        assertThat(text(file.bytes())).contains("Số: " + entry.notation());

        verifyResultBeforeReturn.execute(execution(variables, null));
        assertThat(variables).containsEntry("resultVerification", "VALID");
    }

    @Test
    void shouldSignAsTheConfiguredSignerAndNameWhatIsMissing() {
        Map<String, Object> variables = dossier();
        variables.put("signerUserId", "lanhdao");
        signResult.execute(execution(variables, null));
        assertThat(variables.get("signedResultId")).isNotNull();

        Map<String, Object> nobody = dossier();
        assertThatThrownBy(() -> signResult.execute(execution(nobody, null)))
                .hasMessageContaining("signerUserId");
        Map<String, Object> incomplete = dossier();
        incomplete.remove("registrationNumber");
        assertThatThrownBy(() -> signResult.execute(execution(incomplete, "lanhdao")))
                .hasMessageContaining("registrationNumber");
    }

    /** A birth registration at the commune, as its process holds it when the signer approves (issue 14). */
    static Map<String, Object> birthRegistration() {
        Map<String, Object> v = dossier();
        List.of("routing", "applicantIdNumber", "businessName", "businessAddress", "businessLine", "capital",
                "registrationNumber").forEach(v::remove);
        v.putAll(Map.of("dossierId", 43L, "dossierCode", "000.20.31.H10-261201-0001", "procedureCode", "1.001193",
                "agencyCode", "000.20.31.H10", "agencyName", "UBND phường Tân Phú", "applicantName", "Nguyễn Văn An"));
        v.putAll(Map.of("childName", "Nguyễn Minh Khang", "childBirthDate", "2026-11-01", "childSex", "MALE",
                "birthPlace", "Bệnh viện tỉnh Bình Phước", "childPersonalId", "079226001193",
                "registerEntry", "Quyển 01/2026, số 193", "motherName", "Lê Thị Thu"));
        return v;
    }

    /**
     * Issue 14 review: a construction permit refused when drafting, after a permit draft that was sent back (its
     * number is still a process variable), is signed as the refusal notice: numbered TB in the register as a
     * {@code REFUSED} line, the reason printed, no permit number; an unknown result type issues nothing.
     */
    @Test
    void shouldSignARefusalNoticeWhenTheDraftRefusesThePermit() {
        Map<String, Object> v = birthRegistration();
        v.keySet().removeIf(k -> k.startsWith("child") || k.equals("registerEntry") || k.equals("motherName"));
        v.putAll(Map.of("dossierId", 44L, "dossierCode", "000.00.20.H10-261201-0044", "procedureCode", "1.013225",
                "agencyCode", "000.00.20.H10", "agencyName", "UBND thành phố Đồng Xoài",
                "procedureName", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "resultType", "refusal",
                "permitNumber", "GPXD-44/2026", "permitRefusalReason", "Vượt tầng cao cho phép của quy hoạch"));
        Map<String, Object> hostile = new java.util.HashMap<>(v);
        hostile.put("resultType", "${execution.setVariable('resultType','permit')}");
        assertThatThrownBy(() -> signResult.execute(execution(hostile, "lanhdao"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'resultType'").hasMessageContaining("(permit, refusal)");
        assertThat(register.list("000.00.20.H10", java.time.Year.now().getValue())).as("nothing issued").isEmpty();

        signResult.execute(execution(v, "lanhdao"));
        SignedResultFile file = results.signedResult(44L).orElseThrow();
        assertThat(verifier.verify(file.bytes()).status()).isEqualTo(VerificationReport.Status.VALID);
        assertThat(file.fileName()).startsWith("thong-bao-tu-choi-giai-quyet-");
        assertThat(text(file.bytes())).contains("THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Vượt tầng cao cho phép của quy hoạch")
                .doesNotContain("GPXD-44/2026");
        DocumentRegister.Entry line = register.list("000.00.20.H10", java.time.Year.now().getValue()).get(0);
        assertThat(line.resultKind()).isEqualTo(vn.motcua.document.ResultKind.REFUSED);
        assertThat(line.notation()).isEqualTo("1/TB-UBND");
        assertThat(line.title()).isEqualTo("Thông báo từ chối giải quyết hồ sơ");
        assertThat(register.resultKindOf(44L)).contains(vn.motcua.document.ResultKind.REFUSED);
        assertThat(register.resultKindOf(43L)).as("nothing signed for that dossier").isEmpty();
    }

    @Test
    void shouldSignTheBirthCertificateWithTheChildsPersonalIdTypedAtAppraisal() {
        Map<String, Object> variables = birthRegistration();
        signResult.execute(execution(variables, "lanhdao"));
        SignedResultFile file = results.signedResult(43L).orElseThrow();
        assertThat(verifier.verify(file.bytes()).status()).isEqualTo(VerificationReport.Status.VALID);
        assertThat(text(file.bytes())).contains("Số định danh cá nhân: 079226001193");
    }

    /**
     * Without the number typed on the later form the signing step fails naming the variable (the job executor's
     * retries then make it an incident on the signing task) and issues nothing: no file, no register number.
     */
    @Test
    void shouldFailNamingTheTypedNumberWhenItIsMissingOrBlankAndIssueNothing() {
        for (Object missing : new Object[] {null, "  "}) {
            Map<String, Object> variables = birthRegistration();
            variables.put("childPersonalId", missing);
            assertThatThrownBy(() -> signResult.execute(execution(variables, "lanhdao")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Thiếu biến quy trình 'childPersonalId'");
            assertThat(variables).doesNotContainKey("signedResultId");
        }
        assertThat(results.signedResult(43L)).isEmpty();
        assertThat(register.list("000.20.31.H10", java.time.Year.now().getValue())).isEmpty();
    }

    @Test
    void shouldThrowResultNotValidWhenTheStoredResultWasModified() throws IOException {
        Map<String, Object> variables = dossier();
        signResult.execute(execution(variables, "lanhdao"));
        SignedResult row = repository.findById((Long) variables.get("signedResultId")).orElseThrow();
        Path stored = DIR.resolve("documents").resolve(row.getStorageKey());
        Files.write(stored, "\n%tampered\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> verifyResultBeforeReturn.execute(execution(variables, null)))
                .isInstanceOfSatisfying(BpmnError.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("RESULT_NOT_VALID");
                    assertThat(e.getMessage()).contains("không được trả", "thêm nội dung sau khi ký");
                });
        assertThat(variables).containsEntry("resultVerification", "MODIFIED_AFTER_SIGNING");
    }

    @Test
    void shouldThrowResultNotValidWhenThereIsNoSignedResult() {
        Map<String, Object> variables = dossier();
        assertThatThrownBy(() -> verifyResultBeforeReturn.execute(execution(variables, null)))
                .isInstanceOfSatisfying(BpmnError.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("RESULT_NOT_VALID");
                    assertThat(e.getMessage()).contains("chưa có kết quả đã ký số");
                });
        assertThat(variables).containsEntry("resultVerification", "UNSIGNED");
        assertThat(results.signedResult(999L)).isEmpty();
    }

    /** The PDF's text, whitespace collapsed. */
    static String text(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Both signatures have a widget with an appearance on the signer's page; the seal overlaps the signer's box. */
    static void assertVisibleSignatures(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var fields = doc.getSignatureFields();
            assertThat(fields).hasSize(2);
            var signerBox = fields.get(0).getWidgets().get(0).getRectangle();
            var sealBox = fields.get(1).getWidgets().get(0).getRectangle();
            for (var field : fields) {
                var widget = field.getWidgets().get(0);
                assertThat(widget.getRectangle().getWidth()).isPositive();
                assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
            }
            assertThat(sealBox.getLowerLeftX()).isLessThan(signerBox.getLowerLeftX() + signerBox.getWidth() / 3);
            assertThat(sealBox.getUpperRightX()).isGreaterThan(signerBox.getLowerLeftX());
            assertThat(sealBox.getUpperRightX()).isLessThan(signerBox.getLowerLeftX() + signerBox.getWidth() / 2);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
