package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu Sans faces shipped under {@code fonts/} (licence beside them). They cover Vietnamese; each
 * document embeds the subset it uses.
 */
final class SlipFonts {

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    SlipFonts() {
        this.regular = read("fonts/DejaVuSans.ttf");
        this.bold = read("fonts/DejaVuSans-Bold.ttf");
        this.italic = read("fonts/DejaVuSans-Oblique.ttf");
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
