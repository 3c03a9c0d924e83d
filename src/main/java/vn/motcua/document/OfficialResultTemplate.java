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
 * The layout every result document shares: the issuing authority beside the national motto, a centred
 * title, numbered items, and the signer's block ("Ký số") under the place and date. Drawn with the slips'
 * DejaVu fonts, so every Vietnamese letter is embedded.
 */
abstract class OfficialResultTemplate implements ResultTemplate {

    static final float BODY = 12f;

    final SlipFonts fonts = new SlipFonts();

    /** The signer's title when the data gives none. */
    abstract String defaultSignerTitle();

    void header(SlipPdf pdf, ResultData data) throws IOException {
        float w = pdf.width();
        float leftW = w * 0.42f;
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
        float leftH = pdf.block(issuer, 10, pdf.left, yTop, leftW, Align.CENTER);
        float rule = leftW * 0.3f;
        pdf.hline(pdf.left + (leftW - rule) / 2, pdf.left + (leftW + rule) / 2, yTop - leftH - 3, 0.6f);
        // the number and symbol from the agency's register (issued at signing; a draft shows dots)
        leftH += 6 + pdf.block(List.of(regular("Số: " + (data.documentNumber() == null ? "........"
                : data.documentNumber()))), 10, pdf.left, yTop - leftH - 6, leftW, Align.CENTER);
        float rightH = pdf.block(List.of(bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), 10, rightX, yTop, rightW,
                Align.CENTER);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        rightH += pdf.block(List.of(bold(motto)), 10.5f, rightX, yTop - rightH, rightW, Align.CENTER);
        float mottoW = pdf.textWidth(motto, SlipPdf.Style.BOLD, 10.5f);
        pdf.hline(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, yTop - rightH - 1, 0.6f);
        pdf.moveTo(yTop - Math.max(leftH + 6, rightH + 4) - 6);
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
        pdf.moveDown(20);
        pdf.ensure(130);
        float half = pdf.width() / 2;
        float x = pdf.left + half;
        float y = pdf.y();
        y -= pdf.block(List.of(italic(SlipText.placeDate(data.place(), data.issuedOn()))), 11, x, y, half,
                Align.CENTER);
        String title = data.signerTitle() == null ? defaultSignerTitle() : data.signerTitle();
        y -= pdf.block(List.of(bold(title)), 11, x, y, half, Align.CENTER);
        y -= pdf.block(List.of(italic("(Ký số)")), 10, x, y, half, Align.CENTER);
        y -= 56;
        y -= pdf.block(List.of(bold(data.signerName())), 11, x, y, half, Align.CENTER);
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
