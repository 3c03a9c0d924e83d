package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.document.SlipSamples.CODE;
import static vn.motcua.document.SlipSamples.NEW_DUE;
import static vn.motcua.document.SlipSamples.ZONE;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The slip sets of {@code slips/*.json}: every form of every set renders with its own number and title, read back
 * from the PDF; the sets follow each other on 15/09/2025; a broken data file fails naming the field; the values a
 * sentence takes are printed, never evaluated.
 */
class SlipSetsTest {

    private final SlipRenderer renderer = new SlipRenderer(URI.create("https://motcua.binhphuoc.example/"), ZONE);
    private final SlipSets sets = renderer.sets();

    @Test
    void shouldNumberAndTitleEachFormOfTheCircular01Of2018() {
        Map<SlipKind, String> titles = new EnumMap<>(SlipKind.class);
        titles.put(SlipKind.RECEIPT, "01 GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        titles.put(SlipKind.SUPPLEMENT, "02 PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        titles.put(SlipKind.REFUSAL, "03 PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        titles.put(SlipKind.APOLOGY, "04 PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        titles.put(SlipKind.CONTROL, "05 PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        titles.put(SlipKind.LOG_BOOK, "06 SỔ THEO DÕI HỒ SƠ");
        assertEachForm("TT01-2018", titles);
        assertThat(sets.byId("TT01-2018").form(SlipKind.STOP)).as("no stop notice before 2025").isEmpty();
        assertThatThrownBy(() -> renderer.stopNotice("TT01-2018", SlipSamples.dossier(), SlipSamples.notice("Thôi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TT01-2018").hasMessageContaining("stop");
    }

    @Test
    void shouldNumberAndTitleEachFormOfTheCircular03Of2025() {
        Map<SlipKind, String> titles = new EnumMap<>(SlipKind.class);
        titles.put(SlipKind.RECEIPT, "01 GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        titles.put(SlipKind.SUPPLEMENT, "02 PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        titles.put(SlipKind.REFUSAL, "03 PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        titles.put(SlipKind.APOLOGY, "04 VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
        titles.put(SlipKind.STOP, "05 THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ");
        titles.put(SlipKind.CONTROL, "06 PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        titles.put(SlipKind.LOG_BOOK, "07 SỔ THEO DÕI HỒ SƠ");
        assertEachForm("TT03-2025", titles);
    }

    @Test
    void shouldPrintTheStopNoticeWithReasonBasisAndRecorder() {
        byte[] pdf = renderer.stopNotice("TT03-2025", SlipSamples.dossier(),
                new SlipNotice(NEW_DUE, "Lê Thị Thu Hà", "Người nộp hồ sơ không còn nhu cầu", null));
        PdfProbe.keep("2025-05-stop", pdf);
        String text = PdfProbe.text(pdf);
        assertThat(text).contains("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", CODE, "Kính gửi: Ông/Bà "
                        + SlipSamples.APPLICANT, "Vào lúc 09 giờ 00 phút, ngày 12/02/2019",
                "thông báo dừng giải quyết hồ sơ nêu trên kể từ 14 giờ 30 phút, ngày 19/02/2019",
                "Lý do: Người nộp hồ sơ không còn nhu cầu", "Điều 21 Nghị định số 118/2025/NĐ-CP",
                "Điều 7 Thông tư số 03/2025/TT-VPCP", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Lê Thị Thu Hà");
        assertThat(PdfProbe.qr(pdf)).isEqualTo(renderer.trackingUrl(CODE));
    }

    @Test
    void shouldFollowEachOtherOn15September2025WithSourcesAndVerificationMarks() {
        SlipSet old = sets.byId("TT01-2018");
        SlipSet current = sets.byId("TT03-2025");
        assertThat(old.isInForceOn(LocalDate.of(2025, 9, 14))).isTrue();
        assertThat(old.isInForceOn(LocalDate.of(2025, 9, 15))).isFalse();
        assertThat(current.isInForceOn(LocalDate.of(2025, 9, 15))).isTrue();
        assertThat(current.isInForceOn(LocalDate.of(2025, 9, 14))).isFalse();
        for (SlipSet set : sets.all()) {
            assertThat(set.source()).isNotBlank();
            set.forms().values().forEach(form -> {
                assertThat(form.source()).contains("Mẫu số " + form.number());
                // the body wording could not be read word for word in either circular: it says so
                assertThat(form.verified()).as(set.id() + " " + form.number()).isFalse();
                assertThat(form.titleVerified()).isTrue();
            });
        }
    }

    @Test
    void shouldRefuseABrokenSetNamingTheField() {
        SlipSet good = sets.byId("TT03-2025");
        Map<SlipKind, SlipSet.Form> forms = new EnumMap<>(good.forms());
        SlipSet.Form receipt = forms.get(SlipKind.RECEIPT);
        forms.put(SlipKind.RECEIPT, new SlipSet.Form("1", receipt.title(), receipt.source(), true, false, receipt.text()));
        assertThatThrownBy(() -> SlipSets.checked(copy(good, forms), "TT03-2025.json"))
                .hasMessageContaining("forms.RECEIPT.number");
        forms.put(SlipKind.RECEIPT, new SlipSet.Form("06", receipt.title(), receipt.source(), true, false, receipt.text()));
        assertThatThrownBy(() -> SlipSets.checked(copy(good, forms), "TT03-2025.json")).hasMessageContaining("unique");
        assertThatThrownBy(() -> SlipSets.checked(good, "other.json")).hasMessageContaining("id");
        assertThatThrownBy(() -> SlipSets.checked(new SlipSet(good.about(), good.id(), good.name(), " ", good.effectiveFrom(), null,
                good.common(), good.forms()), "TT03-2025.json")).hasMessageContaining("source");
        assertThatThrownBy(() -> new SlipSets(List.of(sets.byId("TT01-2018"), new SlipSet(good.about(), good.id(), good.name(),
                good.source(), LocalDate.of(2025, 9, 16), null, good.common(), good.forms()))))
                .hasMessageContaining("does not follow");
        assertThatThrownBy(() -> SlipSets.load("classpath*:slips-misspelt/*.json"))
                .hasMessageContaining("TT09-2099.json").hasMessageContaining("efectiveFrom");
        assertThatThrownBy(() -> sets.text(good, SlipKind.RECEIPT, "no-such-sentence", Map.of()))
                .hasMessageContaining("TT03-2025").hasMessageContaining("no-such-sentence");
    }

    @Test
    void shouldPrintValuesAsTheyAreNeverAsTemplates() {
        String attack = "[(${T(java.lang.System).getProperty('user.home')})] [[${#ctx}]] <b>&amp;</b>";
        assertThat(sets.text(sets.byId("TT03-2025"), SlipKind.RECEIPT, "intro", Map.of("agency", attack)))
                .isEqualTo(attack + " đã tiếp nhận hồ sơ của:");
        assertThat(sets.text(sets.byId("TT01-2018"), SlipKind.SUPPLEMENT, "contact", java.util.Collections.singletonMap(
                "agency", "UBND")).replace("  ", " ")).isEqualTo("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có "
                + "vướng mắc, Ông/Bà liên hệ UBND để được hướng dẫn.");
    }

    private void assertEachForm(String set, Map<SlipKind, String> numberAndTitle) {
        assertThat(sets.byId(set).forms().keySet()).containsExactlyInAnyOrderElementsOf(numberAndTitle.keySet());
        numberAndTitle.forEach((kind, expected) -> {
            String number = expected.substring(0, 2);
            String title = expected.substring(3);
            byte[] pdf = render(set, kind);
            PdfProbe.keep(set + "-" + number + "-" + kind.slug(), pdf);
            String text = PdfProbe.text(pdf);
            assertThat(text).as(set + " " + kind).contains("Mẫu số " + number, title);
            assertThat(sets.byId(set).require(kind).number()).isEqualTo(number);
        });
    }

    private byte[] render(String set, SlipKind kind) {
        return switch (kind) {
            case RECEIPT -> renderer.receipt(set, SlipSamples.dossier());
            case SUPPLEMENT -> renderer.supplementRequest(set, SlipSamples.dossier(), SlipSamples.notice("Thiếu"));
            case REFUSAL -> renderer.refusal(set, SlipSamples.dossier(), SlipSamples.notice("Không thuộc thẩm quyền"));
            case APOLOGY -> renderer.apology(set, SlipSamples.dossier(), SlipSamples.notice("Chậm"), NEW_DUE);
            case STOP -> renderer.stopNotice(set, SlipSamples.dossier(), SlipSamples.notice("Không còn nhu cầu"));
            case CONTROL -> renderer.controlSlip(set, SlipSamples.dossier(), SlipSamples.handOvers(3));
            case LOG_BOOK -> renderer.logBook(set, SlipSamples.logBook(3));
        };
    }

    private static SlipSet copy(SlipSet set, Map<SlipKind, SlipSet.Form> forms) {
        return new SlipSet(set.about(), set.id(), set.name(), set.source(), set.effectiveFrom(), set.effectiveTo(), set.common(), forms);
    }
}
