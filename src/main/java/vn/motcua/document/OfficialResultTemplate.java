package vn.motcua.document;

import static vn.motcua.document.SlipPdf.bold;
import static vn.motcua.document.SlipPdf.italic;
import static vn.motcua.document.SlipPdf.regular;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.document.SlipPdf.Align;
import vn.motcua.document.SlipPdf.Span;

/**
 * The layout every result document shares, after Decree 30/2020/NĐ-CP on clerical work (appendix I: form and
 * presentation of administrative documents): A4 with margins top and bottom 20 mm, left 30 mm, right 15 mm; the
 * issuing authority with the number and symbol on the left, the national title and motto with the place and
 * date on the right; a centred title; numbered items; the signer's block on the right. Set in Liberation Serif,
 * metrically compatible with Times New Roman, every Vietnamese letter embedded. Sizes are the appendix's.
 */
abstract class OfficialResultTemplate implements ResultTemplate {

    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;
    static final float MARGIN_TOP = 20 * MM;
    static final float MARGIN_BOTTOM = 20 * MM;
    static final float MARGIN_LEFT = 30 * MM;
    static final float MARGIN_RIGHT = 15 * MM;

    /** Font sizes of appendix I (points): each within the range the decree gives. */
    static final float NATIONAL_TITLE = 12f;
    static final float MOTTO = 13f;
    static final float AGENCY = 12f;
    static final float NUMBER = 13f;
    static final float PLACE_DATE = 13f;
    static final float TITLE = 14f;
    static final float BODY = 13f;
    static final float SIGNER = 13f;

    /** Read once for all result templates (each document embeds the subset it uses). */
    private static final SlipFonts FONTS = SlipFonts.liberationSerif();

    /** The signer's title when the data gives none. */
    abstract String defaultSignerTitle();

    @Override
    public String signerTitle(ResultData data) {
        return data.signerTitle() == null ? defaultSignerTitle() : data.signerTitle();
    }

    /** A page of a result document: A4, the decree's margins, Liberation Serif. */
    SlipPdf page(String documentTitle) throws IOException {
        return new SlipPdf(FONTS, false, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM, documentTitle);
    }

    void header(SlipPdf pdf, ResultData data) throws IOException {
        header(pdf, data, data.documentNumber());
    }

    /**
     * The header with {@code number} after "Số:" — the register's number and symbol, or the number the procedure's
     * own form puts there (e.g. the judicial record certificate's); null prints dots (a draft before signing).
     */
    void header(SlipPdf pdf, ResultData data, String number) throws IOException {
        float w = pdf.width();
        float leftW = w * 0.4f;
        float rightX = pdf.left + leftW + 6;
        float rightW = w - leftW - 6;
        float yTop = pdf.y();
        List<Span> issuer = new ArrayList<>();
        if (data.issuingUnit() != null) {
            issuer.add(regular(upper(data.agencyName()) + "\n"));
            issuer.add(bold(upper(data.issuingUnit())));
        } else {
            issuer.add(bold(upper(data.agencyName())));
        }
        float leftH = pdf.block(issuer, AGENCY, pdf.left, yTop, leftW, Align.CENTER);
        float rule = leftW * 0.3f;
        pdf.hline(pdf.left + (leftW - rule) / 2, pdf.left + (leftW + rule) / 2, yTop - leftH - 3, 0.6f);
        float rightH = pdf.block(List.of(bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), NATIONAL_TITLE, rightX, yTop,
                rightW, Align.CENTER);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        rightH += pdf.block(List.of(bold(motto)), MOTTO, rightX, yTop - rightH, rightW, Align.CENTER);
        float mottoW = pdf.textWidth(motto, SlipPdf.Style.BOLD, MOTTO);
        pdf.hline(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, yTop - rightH - 1, 0.6f);
        // the number and symbol from the agency's register (issued at signing; a draft shows dots) beside the
        // place and date
        float lineY = yTop - Math.max(leftH + 6, rightH + 4) - 6;
        float numberH = pdf.block(List.of(regular("Số: " + (number == null ? "........" : number))), NUMBER, pdf.left,
                lineY, leftW, Align.CENTER);
        float dateH = pdf.block(List.of(italic(SlipText.placeDate(data.place(), data.issuedOn()))), PLACE_DATE, rightX,
                lineY, rightW, Align.CENTER);
        pdf.moveTo(lineY - Math.max(numberH, dateH) - 6);
    }

    void centered(SlipPdf pdf, List<Span> spans, float size) throws IOException {
        pdf.paragraph(spans, size, pdf.left, pdf.width(), Align.CENTER);
    }

    void item(SlipPdf pdf, String label, String value, boolean strong) throws IOException {
        pdf.paragraph(List.of(bold(label), strong ? bold(value) : regular(value)), BODY);
        pdf.moveDown(4);
    }

    void indented(SlipPdf pdf, List<Span> spans) throws IOException {
        pdf.paragraph(spans, BODY, pdf.left + 18, pdf.width() - 18, Align.LEFT);
        pdf.moveDown(2);
    }

    void signer(SlipPdf pdf, ResultData data) throws IOException {
        pdf.moveDown(16);
        pdf.ensure(120);
        float half = pdf.width() / 2;
        float x = pdf.left + half;
        float y = pdf.y();
        String title = signerTitle(data);
        y -= pdf.block(List.of(bold(title)), SIGNER, x, y, half, Align.CENTER);
        y -= pdf.block(List.of(italic("(Ký số)")), BODY, x, y, half, Align.CENTER);
        y -= 56;
        y -= pdf.block(List.of(bold(data.signerName())), SIGNER, x, y, half, Align.CENTER);
        pdf.moveTo(y);
    }

    static String upper(String s) {
        return s.toUpperCase(new Locale("vi"));
    }

    /** "Đồng Xoài 01/2019" → "Dong-Xoai-01-2019": no diacritics, safe in file names and headers. */
    static String ascii(String s) {
        String stripped = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
