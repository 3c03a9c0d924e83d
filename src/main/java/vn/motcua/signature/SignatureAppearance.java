package vn.motcua.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The visible part of a signature: a box on the last page with lines of text (Liberation Serif, Vietnamese),
 * an optional image (the signer's signature), framed in red for a seal ("dấu", Decree 30/2020/NĐ-CP art. 26 and
 * appendix I: the seal's image overlaps about a third of the signature on the left). Where: under the signer's
 * title, found on the page by the text {@code (Ký số)} the result templates print there.
 *
 * @param page the 0-based page
 * @param box where, in PDF user space
 * @param lines the text, top down
 * @param image a PNG or JPEG, or null
 * @param seal whether to draw it as a seal (red ring and text)
 */
record SignatureAppearance(int page, PDRectangle box, List<String> lines, byte[] image, boolean seal) {

    /** The marker the templates print where the signature goes. */
    static final String MARKER = "(Ký số)";

    /** Where the signer's box and the seal go: the page and two rectangles. */
    record Placement(int page, PDRectangle signer, PDRectangle seal) {
    }

    /**
     * The signer's box under the marker on the last page that holds it, and the seal's circle over the left third
     * of that box; null when no page holds the marker.
     */
    static Placement place(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = doc.getNumberOfPages() - 1; p >= 0; p--) {
                float[] marker = find(doc, p);
                if (marker != null) {
                    float centreX = marker[0];
                    float markerBottom = marker[1];
                    float w = 200;
                    float h = 54;
                    PDRectangle signer = new PDRectangle(centreX - w / 2, markerBottom - h - 2, w, h);
                    // the seal: a circle over the left third of the signer's box
                    float d = 80;
                    PDRectangle sealBox = new PDRectangle(signer.getLowerLeftX() - d / 2 + w / 6, markerBottom - h / 2 - d / 2 - 2, d, d);
                    return new Placement(p, signer, sealBox);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Centre x and bottom y (PDF space) of the marker on the page; null when not there. */
    private static float[] find(PDDocument doc, int page) throws IOException {
        float[][] found = new float[1][];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int at = text.indexOf(MARKER);
                if (at >= 0 && found[0] == null && positions.size() >= at + MARKER.length()) {
                    TextPosition first = positions.get(at);
                    TextPosition last = positions.get(at + MARKER.length() - 1);
                    float height = doc.getPage(page).getMediaBox().getHeight();
                    found[0] = new float[] {(first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2,
                            height - first.getYDirAdj() - 3};
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(doc);
        return found[0];
    }

    /** A one-page document holding the signature field with this appearance, as PDFBox's visual signature wants. */
    InputStream template(PDPage target, PDSignature signature) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(box);
            widget.setPage(page);
            widget.setPrinted(true);
            PDAppearanceStream stream = new PDAppearanceStream(doc);
            stream.setResources(new PDResources());
            stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                draw(doc, cs);
            }
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            page.getAnnotations().add(widget);
            field.getCOSObject().setItem(COSName.V, signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private void draw(PDDocument doc, PDPageContentStream cs) throws IOException {
        float w = box.getWidth();
        float h = box.getHeight();
        PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(Font.BYTES), true);
        if (seal) {
            cs.setStrokingColor(0.85f, 0.1f, 0.1f);
            cs.setNonStrokingColor(0.85f, 0.1f, 0.1f);
            cs.setLineWidth(2f);
            circle(cs, w / 2, h / 2, Math.min(w, h) / 2 - 2);
            cs.stroke();
            cs.setLineWidth(0.8f);
            circle(cs, w / 2, h / 2, Math.min(w, h) / 2 - 7);
            cs.stroke();
        } else {
            cs.setNonStrokingColor(0.05f, 0.2f, 0.6f);
            cs.setStrokingColor(0.05f, 0.2f, 0.6f);
            cs.setLineWidth(0.6f);
            cs.addRect(0.5f, 0.5f, w - 1, h - 1);
            cs.stroke();
        }
        if (image != null) {
            PDImageXObject picture = PDImageXObject.createFromByteArray(doc, image, "signature");
            float scale = Math.min((w - 4) / picture.getWidth(), (h - 4) / picture.getHeight());
            cs.drawImage(picture, (w - picture.getWidth() * scale) / 2, (h - picture.getHeight() * scale) / 2,
                    picture.getWidth() * scale, picture.getHeight() * scale);
        }
        float size = seal ? 6.5f : 8f;
        float y = seal ? h / 2 + (lines.size() * size * 1.2f) / 2 - size : h - 4 - size;
        for (String line : lines) {
            String text = fit(font, line, size, (seal ? w - 18 : w - 6));
            float width = font.getStringWidth(text) / 1000 * size;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset((w - width) / 2, y);
            cs.showText(text);
            cs.endText();
            y -= size * 1.2f;
        }
    }

    /** The face of the box's text, read from the classpath once (each signing embeds its subset). */
    private static final class Font {
        static final byte[] BYTES = read("fonts/LiberationSerif-Regular.ttf");

        private static byte[] read(String resource) {
            try (InputStream in = SignatureAppearance.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String fit(PDType0Font font, String line, float size, float max) throws IOException {
        String text = line;
        while (text.length() > 3 && font.getStringWidth(text) / 1000 * size > max) {
            text = text.substring(0, text.length() - 2) + "…";
            text = text.replace("……", "…");
        }
        return text;
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.552284749831f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }
}
