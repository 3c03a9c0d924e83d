package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every result template against Decree 30/2020/NĐ-CP, appendix I, read back from the PDF itself: A4; only
 * embedded Liberation Serif; the sizes of the national title (12-13 bold), motto (13-14 bold), agency name
 * (12-13), number and symbol (13), place and date (13-14 italic), document title (13-14 bold), body (13-14) and
 * signer's title (13-14 bold); and every glyph inside the margins (top, bottom 20-25 mm, left 30-35 mm, right
 * 15-20 mm).
 */
class ResultLayoutTest {

    private static final float MM = 72f / 25.4f;

    static Stream<ResultTemplate> templates() {
        return Stream.of(Stream.of(new HouseholdBusinessCertificateTemplate()),
                ResultTemplateCatalog.shipped().stream(),
                // the refusal notice every procedure shares (issue 14 review), here for the construction permit
                Stream.of(RefusalNotices.shipped().forProcedure("1.013225", ResultTemplateCatalog.shipped("1.013225"))))
                .flatMap(s -> s);
    }

    /** What the header prints after "Số:": the register's number, or the item the legal form puts there. */
    static String headerNumber(ResultTemplate template, ResultData data) {
        return template instanceof ItemizedResultTemplate itemized && itemized.headerNumberField() != null
                ? data.text(itemized.headerNumberField()) : data.documentNumber();
    }

    /** The template's fields with plausible values. */
    static ResultData sample(ResultTemplate template) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ResultField field : template.fields()) {
            fields.put(field.name(), switch (field.name()) {
                case "capital", "floorArea", "floors", "landArea" -> 120;
                case "certificateType" -> "1";
                case "criminalRecordStatus" -> "none";
                case "certificateNumber" -> "LLTP-0333/2026";
                case "childSex" -> "FEMALE";
                case "birthDate", "childBirthDate" -> "2026-11-20";
                default -> "Nguyễn Thị Hường, số 5 đường Phú Riềng Đỏ";
            });
        }
        return new ResultData(template.procedureCode(), "000.00.20.H10-261128-0003", "UBND thành phố Đồng Xoài",
                "Phòng Tài chính - Kế hoạch thành phố Đồng Xoài", "Đồng Xoài", LocalDate.of(2026, 11, 28), null,
                "Phạm Văn Hùng", fields, "123/GCN-UBND");
    }

    /** The glyphs of the page in drawing order, and their text (one character or more per glyph). */
    record Glyphs(List<TextPosition> glyphs, String text, List<Integer> glyphAt) {

        /** The glyphs that draw {@code block}, the first time it appears. */
        List<TextPosition> of(String block) {
            int at = text.indexOf(block);
            if (at < 0) {
                throw new AssertionError("'" + block + "' not on the page: " + text);
            }
            return glyphs.subList(glyphAt.get(at), glyphAt.get(at + block.length() - 1) + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void shouldFollowTheLegalLayout(ResultTemplate template) throws IOException {
        ResultData data = sample(template);
        byte[] pdf = template.render(data);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("embedded " + font.getName()).isNotNull();
            }
            Glyphs glyphs = glyphs(doc);
            assertBlock(glyphs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, 13, "Bold");
            assertBlock(glyphs, "Độc lập - Tự do - Hạnh phúc", 13, 14, "Bold");
            assertBlock(glyphs, "UBND THÀNH PHỐ ĐỒNG XOÀI", 12, 13, "");
            assertBlock(glyphs, "Số: " + headerNumber(template, data), 13, 13, "");
            assertBlock(glyphs, "Đồng Xoài, ngày 28 tháng 11 năm 2026", 13, 14, "Italic");
            assertBlock(glyphs, template.title().toUpperCase(new java.util.Locale("vi")).substring(0, 10), 13, 14, "Bold");
            assertBlock(glyphs, "Phạm Văn Hùng", 13, 14, "Bold");
            assertBlock(glyphs, "1. ", 13, 14, "Bold");
            float pageW = PDRectangle.A4.getWidth();
            float pageH = PDRectangle.A4.getHeight();
            for (TextPosition g : glyphs.glyphs()) {
                {
                    String what = g.getUnicode() + " at " + g.getXDirAdj() + "," + g.getYDirAdj();
                    assertThat(g.getXDirAdj()).as(what).isGreaterThanOrEqualTo(30 * MM - 0.5f);
                    assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as(what).isLessThanOrEqualTo(pageW - 15 * MM + 0.5f);
                    // y from the top, baseline; the glyph's ascent above it
                    assertThat(g.getYDirAdj() - g.getFontSizeInPt()).as(what).isGreaterThanOrEqualTo(20 * MM - 0.5f);
                    assertThat(g.getYDirAdj()).as(what).isLessThanOrEqualTo(pageH - 20 * MM);
                }
            }
        }
    }

    private static void assertBlock(Glyphs glyphs, String block, float min, float max, String style) {
        for (TextPosition g : glyphs.of(block)) {
            if (g.getUnicode().isBlank()) {
                continue;
            }
            assertThat(g.getFontSizeInPt()).as(block).isBetween(min, max);
            String font = g.getFont().getName();
            if (style.isEmpty()) {
                assertThat(font).as(block).endsWith("+LiberationSerif");
            } else {
                assertThat(font).as(block).endsWith("+LiberationSerif-" + style);
            }
        }
    }

    private static Glyphs glyphs(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(doc);
        StringBuilder text = new StringBuilder();
        List<Integer> glyphAt = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (char c : all.get(i).getUnicode().toCharArray()) {
                text.append(c);
                glyphAt.add(i);
            }
        }
        return new Glyphs(all, text.toString(), glyphAt);
    }
}
