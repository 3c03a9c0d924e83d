package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierApiFlowTest.pdfText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureRepository;
import vn.motcua.procedure.RuleSet;
import vn.motcua.procedure.RuleSets;
import vn.motcua.document.SlipRenderer;

/**
 * A dossier prints the slips of the set its rule set names, chosen by the day it was handed in: a 2019 dossier the
 * forms of Circular 01/2018 (control slip 05, no stop notice), a 2026 dossier those of Circular 03/2025 (apology
 * "Văn bản xin lỗi và đề nghị gia hạn…", control slip 06), and the 2025 set from 15/09/2025 (14/09 still 2018).
 * The PDFs come over the API and are read back as text; the old numbered addresses keep their 2018 meaning.
 */
@ApiIntegrationTest
class SlipSetByReceiptDayTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String DONG_XOAI = "000.00.20.H10";
    static final String PROCEDURE = "9.999105";

    @Autowired
    TestRestTemplate http;
    @Autowired
    DossierRegister register;
    @Autowired
    ProcedureRepository procedures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    SlipRenderer renderer;

    @BeforeEach
    void procedureInForceSince2019() {
        if (procedures.findByCodeOrderByEffectiveFromDesc(PROCEDURE).isEmpty()) {
            AdministrativeProcedure p = new AdministrativeProcedure(PROCEDURE, "Thủ tục thử bộ mẫu phiếu", "Thử",
                    "dang-ky-ho-kinh-doanh", OnlineServiceType.FULL, LocalDate.of(2019, 1, 1), null);
            p.addCase(new ProcedureCase("TH1", "Trường hợp 1", 3, WorkingTimeUnit.WORKING_DAYS, null, false, false,
                    PausePolicy.RESUME, 0));
            procedures.save(p);
        }
    }

    @Test
    void shouldPrintThe2018SlipsForA2019DossierAndThe2025SlipsForA2026Dossier() throws Exception {
        String old = receivedApologized("2019-04-25T09:00");
        String recent = receivedApologized("2026-03-02T09:00");

        assertSlip(old, "receipt", "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        assertSlip(old, "apology", "04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        assertSlip(old, "control", "05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        assertSlip(recent, "receipt", "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        assertSlip(recent, "apology", "04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
        assertSlip(recent, "control", "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        assertThat(pdf(old, "apology")).doesNotContain("GIA HẠN");
        assertThat(pdf(recent, "apology")).contains("đề nghị gia hạn thời gian giải quyết hồ sơ");

        // the old numbered addresses are the 2018 numbers whatever the set: 05 is the control slip, printed 06 in 2025
        assertThat(pdf(recent, "05")).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT");
        assertThat(pdf(old, "05")).contains("Mẫu số 05", "PHIẾU KIỂM SOÁT");
        // the 2018 set has no stop notice; a kind that does not exist is 404 too
        ResponseEntity<String> noStop = clerk().getForEntity("/api/dossiers/{code}/slips/stop", String.class, old);
        assertThat(noStop.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noStop.getBody()).contains("TT01-2018", "ND61-2018");
        assertThat(clerk().getForEntity("/api/dossiers/{code}/slips/06", String.class, recent).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(clerk().getForEntity("/api/dossiers/{code}/slips/log-book", String.class, recent).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldNameInEveryRuleSetASlipSetThatExistsAndIsInForceAtItsEnd() {
        for (RuleSet rules : ruleSets.all()) {
            LocalDate end = rules.effectiveTo() != null ? rules.effectiveTo() : rules.effectiveFrom();
            assertThat(renderer.sets().byId(rules.slipSet()).isInForceOn(end)).as(rules.id()).isTrue();
        }
    }

    @Test
    void shouldSwitchToThe2025SetOn15September2025() throws Exception {
        String last2018 = receivedApologized("2025-09-14T16:30");
        String first2025 = receivedApologized("2025-09-15T07:30");

        assertSlip(last2018, "control", "05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        assertSlip(last2018, "apology", "04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        assertSlip(first2025, "control", "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        assertSlip(first2025, "apology", "04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
    }

    @Test
    void shouldPrintTheLogBookInTheFormInForceOnItsLastDay() throws Exception {
        String book2019 = pdfText(clerk().getForEntity("/api/slips/log-book?agency={a}&from=2019-04-01&to=2019-04-30",
                byte[].class, DONG_XOAI).getBody());
        String book2026 = pdfText(clerk().getForEntity("/api/slips/log-book?agency={a}&from=2026-03-01&to=2026-03-31",
                byte[].class, DONG_XOAI).getBody());
        assertThat(book2019).contains("Mẫu số 06", "SỔ THEO DÕI HỒ SƠ");
        assertThat(book2026).contains("Mẫu số 07", "SỔ THEO DÕI HỒ SƠ");
    }

    private void assertSlip(String code, String kind, String number, String title) throws Exception {
        ResponseEntity<byte[]> slip = clerk().getForEntity("/api/dossiers/{code}/slips/{kind}", byte[].class, code, kind);
        assertThat(slip.getStatusCode()).as(code + " " + kind).isEqualTo(HttpStatus.OK);
        assertThat(slip.getHeaders().getContentDisposition().getFilename()).isEqualTo(code + "_" + kind + "_" + number + ".pdf");
        assertThat(pdfText(slip.getBody())).as(code + " " + kind).contains("Mẫu số " + number, title, code);
    }

    private String pdf(String code, String address) throws Exception {
        ResponseEntity<byte[]> slip = clerk().getForEntity("/api/dossiers/{code}/slips/{a}", byte[].class, code, address);
        assertThat(slip.getStatusCode()).as(code + " " + address).isEqualTo(HttpStatus.OK);
        return pdfText(slip.getBody());
    }

    /** A counter dossier handed in and received at that local time, due in three days, then apologised for. */
    private String receivedApologized(String localTime) {
        Instant at = LocalDateTime.parse(localTime).atZone(VN).toInstant();
        return new TransactionTemplate(transactions).execute(s -> {
            Dossier dossier = register.register(new NewDossier(DONG_XOAI, PROCEDURE, "TH1", Channel.COUNTER,
                    new Applicant("Trần Thị Bộ Mẫu", "079190000105", null, null, null, "Đồng Xoài", null, null),
                    "thử bộ mẫu phiếu"), at);
            register.receive(dossier.getId(), at, at.plus(3, ChronoUnit.DAYS));
            register.apologized(dossier.getId(), at.plus(5, ChronoUnit.DAYS), "Cần xác minh thêm");
            return dossier.getCode();
        });
    }

    private TestRestTemplate clerk() {
        return http.withBasicAuth("tiepnhan", "demo");
    }
}
