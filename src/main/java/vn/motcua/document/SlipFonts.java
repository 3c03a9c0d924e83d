package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu Sans faces shipped under {@code fonts/} (licence beside them), or Liberation Serif for result
 * documents. Both cover Vietnamese; each document embeds the subset it uses.
 */
final class SlipFonts {

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    SlipFonts() {
        this("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/DejaVuSans-Oblique.ttf");
    }

    private SlipFonts(String regular, String bold, String italic) {
        this.regular = read(regular);
        this.bold = read(bold);
        this.italic = read(italic);
    }

    /**
     * Liberation Serif (SIL OFL 1.1, licence in {@code fonts/LICENSE-LiberationSerif.txt}), metrically compatible
     * with Times New Roman: the font of administrative documents (Decree 30/2020/NĐ-CP, appendix I).
     */
    static SlipFonts liberationSerif() {
        return new SlipFonts("fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-Bold.ttf",
                "fonts/LiberationSerif-Italic.ttf");
    }

    PDType0Font regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(regular), true);
    }

    PDType0Font bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(bold), true);
    }

    PDType0Font italic(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(italic), true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = SlipFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
