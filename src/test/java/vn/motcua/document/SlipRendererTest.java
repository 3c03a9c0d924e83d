package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.document.SlipSamples.APPLICANT;
import static vn.motcua.document.SlipSamples.CODE;
import static vn.motcua.document.SlipSamples.NEW_DUE;
import static vn.motcua.document.SlipSamples.PROCEDURE;
import static vn.motcua.document.SlipSamples.ZONE;

import java.io.IOException;
import java.net.URI;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class SlipRendererTest {

    private static final String URL = "https://motcua.binhphuoc.example/tra-cuu?ma=" + CODE;
    private static final String RECEIVED = "09 giờ 00 phút, ngày 12/02/2019";
    private static final String DUE = "09 giờ 00 phút, ngày 15/02/2019";

    private static final String TT01 = "TT01-2018";

    private final SlipRenderer renderer = new SlipRenderer(URI.create("https://motcua.binhphuoc.example/"), ZONE);

    @Test
    void shouldPrintTheReceiptWithAppointmentAndQrCode() {
        byte[] pdf = renderer.receipt(TT01, SlipSamples.dossier());
        PdfProbe.keep("01-receipt", pdf);

        String text = PdfProbe.text(pdf);
        assertCommon(text);
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Bình Phước, ngày 12 tháng 02 năm 2019",
                "Thời gian nhận hồ sơ: " + RECEIVED, "Thời gian trả kết quả giải quyết hồ sơ: " + DUE,
                "Giấy đề nghị đăng ký hộ kinh doanh", "01 bản chính", "100.000 đồng", "03 ngày làm việc",
                "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Văn Đức", "Người tiếp nhận: Trần Văn Đức (Bộ phận một cửa)");
        // the receipt lists what was handed in, not what is missing
        assertThat(text).doesNotContain("Văn bản ủy quyền");
        assertThat(PdfProbe.qr(pdf)).isEqualTo(URL);
    }

    @Test
    void shouldListTheMissingItemsAndReasonOnTheSupplementRequest() {
        byte[] pdf = renderer.supplementRequest(TT01, SlipSamples.dossier(),
                SlipSamples.notice("Thiếu văn bản ủy quyền và biên bản họp chưa đủ chữ ký"));
        PdfProbe.keep("02-supplement", pdf);

        String text = PdfProbe.text(pdf);
        assertCommon(text);
        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02",
                "Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh",
                "Bổ sung chữ ký của tất cả thành viên hộ gia đình",
                "Lý do: Thiếu văn bản ủy quyền và biên bản họp chưa đủ chữ ký",
                "Thời gian nhận hồ sơ: " + RECEIVED, "Thời gian lập phiếu: 09 giờ 20 phút, ngày 12/02/2019",
                "NGƯỜI HƯỚNG DẪN", "Lê Thị Thu Hà");
        assertThat(text).doesNotContain("Giấy đề nghị đăng ký hộ kinh doanh");
        assertThat(PdfProbe.qr(pdf)).isEqualTo(URL);
    }

    @Test
    void shouldGiveTheReasonOnTheRefusal() {
        byte[] pdf = renderer.refusal(TT01, SlipSamples.dossier(),
                SlipSamples.notice("Ngành, nghề đăng ký thuộc danh mục cấm kinh doanh"));
        PdfProbe.keep("03-refusal", pdf);

        String text = PdfProbe.text(pdf);
        assertCommon(text);
        assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03",
                "Ngành, nghề đăng ký thuộc danh mục cấm kinh doanh", "Thời gian nhận hồ sơ: " + RECEIVED,
                "Căn cứ: Nghị định số 01/2021/NĐ-CP");
        assertThat(PdfProbe.qr(pdf)).isEqualTo(URL);
    }

    @Test
    void shouldGiveOldAndNewAppointmentOnTheApology() {
        byte[] pdf = renderer.apology(TT01, SlipSamples.dossier(),
                SlipSamples.notice("Cần xác minh thêm thông tin về địa điểm kinh doanh"), NEW_DUE);
        PdfProbe.keep("04-apology", pdf);

        String text = PdfProbe.text(pdf);
        assertCommon(text);
        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04", "Kính gửi: Ông/Bà " + APPLICANT,
                "Thời gian hẹn trả kết quả: " + DUE, "14 giờ 30 phút, ngày 19/02/2019",
                "Lý do: Cần xác minh thêm thông tin về địa điểm kinh doanh", RECEIVED);
        assertThat(PdfProbe.qr(pdf)).isEqualTo(URL);
    }

    @Test
    void shouldTabulateTheHandOversOnTheControlSlip() {
        byte[] pdf = renderer.controlSlip(TT01, SlipSamples.dossier(), SlipSamples.handOvers(4));
        PdfProbe.keep("05-control", pdf);

        String text = PdfProbe.text(pdf);
        assertCommon(text);
        assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 05", "Thời gian nhận hồ sơ: " + RECEIVED,
                "Thời gian trả kết quả: " + DUE, "Bên giao", "Bên nhận", "Phòng Tài chính - Kế hoạch",
                "Người nhận 4", "12 giờ 00 phút, ngày 12/02/2019", "12 giờ 30 phút, ngày 12/02/2019",
                "Trước hạn", "Đúng hạn", "Quá hạn", "Đã thẩm định, đủ điều kiện cấp");
        assertThat(PdfProbe.pages(pdf)).hasSize(1);
        assertThat(PdfProbe.qr(pdf)).isEqualTo(URL);
    }

    @Test
    void shouldContinueALongControlSlipWithTheHeaderRepeated() {
        byte[] pdf = renderer.controlSlip(TT01, SlipSamples.dossier(), SlipSamples.handOvers(40));
        PdfProbe.keep("05-control-long", pdf);

        List<String> pages = PdfProbe.pages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Bên giao", "Bên nhận", CODE));
        assertThat(pages.get(pages.size() - 1)).contains("Người nhận 40", "Trang " + pages.size() + "/" + pages.size());
    }

    @Test
    void shouldPaginateALogBookOf120RowsWithTheHeaderOnEveryPage() {
        byte[] pdf = renderer.logBook(TT01, SlipSamples.logBook(120));
        PdfProbe.keep("06-logbook", pdf);

        List<String> pages = PdfProbe.pages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Mã hồ sơ", "Tên thủ tục hành chính",
                "Hẹn trả kết quả", "Ký nhận"));
        assertThat(pages.get(0)).contains("SỔ THEO DÕI HỒ SƠ", "Quầy số 3 - Kế hoạch và Đầu tư",
                "Từ ngày 01/02/2019 đến ngày 28/02/2019", "000.00.20.H10-190212-0001", APPLICANT, PROCEDURE,
                "09 giờ 10 phút, ngày 12/02/2019", DUE);
        assertThat(pages.get(pages.size() - 1)).contains("000.00.20.H10-190212-0120");
        String all = String.join(" ", pages);
        for (int i = 1; i <= 120; i++) {
            assertThat(all).contains(String.format("000.00.20.H10-190212-%04d", i));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldPrintAnEmptyLogBook() {
        String text = PdfProbe.text(renderer.logBook(TT01, SlipSamples.logBook(0)));
        assertThat(text).contains("SỔ THEO DÕI HỒ SƠ", "Không có hồ sơ");
    }

    @Test
    void shouldWrapLongTextInsideThePage() {
        String longReason = "Hồ sơ chưa có ý kiến của Ủy ban nhân dân cấp xã nơi đặt địa điểm kinh doanh, ".repeat(12)
                + "thư điện tử liên hệ: " + "rat-dai-khong-co-khoang-trang".repeat(5) + "@example.vn";
        byte[] pdf = renderer.refusal(TT01, SlipSamples.dossier(), SlipSamples.notice(longReason));
        PdfProbe.keep("03-refusal-long", pdf);

        // A4 is 595 pt wide and the right margin 42 pt
        assertThat(PdfProbe.rightmostGlyph(pdf)).isLessThanOrEqualTo(595 - 42 + 0.5f);
        assertThat(PdfProbe.text(pdf).replace(" ", "")).contains(longReason.replace(" ", ""));
        assertThat(PdfProbe.rightmostGlyph(renderer.logBook(TT01, SlipSamples.logBook(30)))).isLessThanOrEqualTo(842 - 30 + 0.5f);
    }

    @Test
    void shouldEmbedSubsetUnicodeFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.receipt(TT01, SlipSamples.dossier()))) {
            PDResources resources = doc.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
            }
        }
    }

    @Test
    void shouldPrintDecomposedInputAsPrecomposedVietnamese() {
        String decomposed = Normalizer.normalize(APPLICANT, Normalizer.Form.NFD);
        byte[] pdf = renderer.receipt(TT01, SlipSamples.dossier(CODE, decomposed, List.of()));
        assertThat(PdfProbe.text(pdf)).contains(APPLICANT);
    }

    @Test
    void shouldRefuseBadInputNamingTheField() {
        assertThatThrownBy(() -> renderer.receipt(TT01, SlipSamples.dossier(null, APPLICANT, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dossierCode");
        assertThatThrownBy(() -> renderer.receipt(TT01, SlipSamples.dossier(CODE, "  ", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicantName");
        assertThatThrownBy(() -> renderer.receipt(TT01, (SlipDossier) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dossier");
        assertThatThrownBy(() -> renderer.apology(TT01, SlipSamples.dossier(), SlipSamples.notice("Chậm"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newDueAt");
        assertThatThrownBy(() -> renderer.apology(TT01, SlipSamples.dossier(), SlipSamples.notice("Chậm"),
                SlipSamples.DUE.minusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newDueAt");
        assertThatThrownBy(() -> renderer.refusal(TT01, SlipSamples.dossier(), SlipSamples.notice(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> renderer.supplementRequest(TT01, SlipSamples.dossier(CODE, APPLICANT, List.of()),
                SlipSamples.notice("Thiếu")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("components");
        assertThatThrownBy(() -> renderer.controlSlip(TT01, SlipSamples.dossier(), java.util.Arrays.asList(
                SlipSamples.handOvers(1).get(0), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handOvers[1]");
    }

    @Test
    void shouldBuildTheTrackingUrlFromThePublicUrl() {
        assertThat(renderer.trackingUrl(CODE)).isEqualTo(URL);
        assertThat(new SlipRenderer(URI.create("http://localhost:8080"), ZONE).trackingUrl("A B"))
                .isEqualTo("http://localhost:8080/tra-cuu?ma=A+B");
        assertThat(SlipKind.RECEIPT.fileName(CODE, "01")).isEqualTo(CODE + "_receipt_01.pdf");
        assertThat(SlipKind.CONTROL.fileName(CODE, "06")).isEqualTo(CODE + "_control_06.pdf");
    }

    private static void assertCommon(String text) {
        assertThat(text).contains(CODE, APPLICANT, PROCEDURE, URL);
    }
}
