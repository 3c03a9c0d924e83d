package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.common.BitMatrix;

/**
 * A small flow layout on PDFBox for the slips: a cursor that moves down the page, wrapped paragraphs of
 * mixed regular/bold/italic text, tables whose header repeats on every page, a vector QR code and page
 * numbers. Not thread-safe: one instance per document.
 */
final class SlipPdf implements AutoCloseable {

    enum Style { REGULAR, BOLD, ITALIC }

    enum Align { LEFT, CENTER, RIGHT }

    /** A run of text in one style. */
    record Span(String text, Style style) {
    }

    record Column(String header, float width, Align align) {
    }

    /** Something drawn at the top of a new page; may fail like every drawing call. */
    @FunctionalInterface
    interface PageHeader {
        void draw() throws IOException;
    }

    static final float LEADING = 1.32f;
    private static final float CELL_PAD = 3f;

    private final PDDocument doc;
    private final PDRectangle pageSize;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDType0Font italic;
    final float left;
    final float right;
    final float top;
    final float bottom;
    private PDPageContentStream cs;
    private float y;
    private PageHeader continuationHeader = () -> { };

    SlipPdf(SlipFonts fonts, boolean landscape, String title) throws IOException {
        // administrative documents: wide binding margin on the left
        this(fonts, landscape, landscape ? 30 : 62, landscape ? 30 : 42, landscape ? 36 : 40, landscape ? 40 : 46, title);
    }

    /** An A4 page with the given margins in points (left, right, top, bottom). */
    SlipPdf(SlipFonts fonts, boolean landscape, float leftMargin, float rightMargin, float topMargin,
            float bottomMargin, String title) throws IOException {
        this.doc = new PDDocument();
        this.pageSize = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        this.regular = fonts.regular(doc);
        this.bold = fonts.bold(doc);
        this.italic = fonts.italic(doc);
        this.left = leftMargin;
        this.right = pageSize.getWidth() - rightMargin;
        this.top = pageSize.getHeight() - topMargin;
        this.bottom = bottomMargin;
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Motcua");
        doc.getDocumentCatalog().setLanguage("vi-VN");
        newPage();
    }

    static Span regular(String text) {
        return new Span(text, Style.REGULAR);
    }

    static Span bold(String text) {
        return new Span(text, Style.BOLD);
    }

    static Span italic(String text) {
        return new Span(text, Style.ITALIC);
    }

    float width() {
        return right - left;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        this.y = newY;
    }

    void moveDown(float dy) {
        this.y -= dy;
    }

    /** Drawn at the top of every page after the first, e.g. a running title before a repeated table header. */
    void onContinuationPage(PageHeader header) {
        this.continuationHeader = header;
    }

    void newPage() throws IOException {
        boolean first = cs == null;
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(pageSize);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top;
        if (!first) {
            continuationHeader.draw();
        }
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < bottom) {
            newPage();
        }
    }

    PDType0Font font(Style style) {
        return switch (style) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
        };
    }

    float textWidth(String text, Style style, float size) {
        try {
            return font(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- text

    /** Text as the fonts can show it: NFC (precomposed Vietnamese letters), no control characters. */
    String clean(String text, Style style) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ').replace("\r", "");
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (!Character.isISOControl(cp)) {
                String ch = new String(Character.toChars(cp));
                out.append(canShow(ch, style) ? ch : "?");
            }
        });
        return out.toString();
    }

    private boolean canShow(String ch, Style style) {
        try {
            font(style).encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private record Word(String text, Style style, boolean spaceBefore, boolean lineBreak) {
    }

    /** Greedy wrapping of the spans into lines no wider than {@code maxWidth}; over-long words are cut. */
    List<List<Span>> wrap(List<Span> spans, float size, float maxWidth) {
        List<Word> words = new ArrayList<>();
        boolean pendingSpace = false;
        for (Span span : spans) {
            if (span.text() == null) {
                continue;
            }
            String text = clean(span.text(), span.style());
            String[] hardLines = text.split("\n", -1);
            for (int h = 0; h < hardLines.length; h++) {
                if (h > 0) {
                    words.add(new Word("", span.style(), false, true));
                    pendingSpace = false;
                }
                String line = hardLines[h];
                int i = 0;
                while (i < line.length()) {
                    if (line.charAt(i) == ' ') {
                        pendingSpace = true;
                        i++;
                        continue;
                    }
                    int end = line.indexOf(' ', i);
                    end = end < 0 ? line.length() : end;
                    words.add(new Word(line.substring(i, end), span.style(), pendingSpace, false));
                    pendingSpace = false;
                    i = end;
                }
            }
        }
        List<List<Span>> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        float currentWidth = 0;
        for (Word word : words) {
            if (word.lineBreak()) {
                lines.add(current);
                current = new ArrayList<>();
                currentWidth = 0;
                continue;
            }
            float space = word.spaceBefore() && !current.isEmpty() ? textWidth(" ", word.style(), size) : 0;
            float w = textWidth(word.text(), word.style(), size);
            if (!current.isEmpty() && currentWidth + space + w > maxWidth) {
                lines.add(current);
                current = new ArrayList<>();
                currentWidth = 0;
                space = 0;
            }
            if (current.isEmpty() && w > maxWidth) {
                // a word longer than the box: cut it where it overflows
                String rest = word.text();
                while (textWidth(rest, word.style(), size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), word.style(), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(List.of(new Span(rest.substring(0, cut), word.style())));
                    rest = rest.substring(cut);
                }
                current.add(new Span(rest, word.style()));
                currentWidth = textWidth(rest, word.style(), size);
                continue;
            }
            String text = space > 0 ? " " + word.text() : word.text();
            if (!current.isEmpty() && current.get(current.size() - 1).style() == word.style()) {
                Span last = current.remove(current.size() - 1);
                current.add(new Span(last.text() + text, word.style()));
            } else {
                current.add(new Span(text, word.style()));
            }
            currentWidth += space + w;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private float lineWidth(List<Span> line, float size) {
        float w = 0;
        for (Span s : line) {
            w += textWidth(s.text(), s.style(), size);
        }
        return w;
    }

    private void drawLine(List<Span> line, float size, float x, float baseline, float boxWidth, Align align)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        float w = lineWidth(line, size);
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (boxWidth - w) / 2;
            case RIGHT -> x + boxWidth - w;
        };
        cs.beginText();
        cs.newLineAtOffset(start, baseline);
        for (Span s : line) {
            cs.setFont(font(s.style()), size);
            cs.showText(s.text());
        }
        cs.endText();
    }

    /**
     * The narrowest width that keeps the text on as few lines as {@code maxWidth} does, so that a title over
     * two lines breaks in the middle rather than leaving one word alone.
     */
    float balancedWidth(List<Span> spans, float size, float maxWidth) {
        int lines = wrap(spans, size, maxWidth).size();
        if (lines <= 1) {
            return maxWidth;
        }
        float lo = maxWidth / lines;
        float hi = maxWidth;
        for (int i = 0; i < 14; i++) {
            float mid = (lo + hi) / 2;
            if (wrap(spans, size, mid).size() > lines) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Height that {@link #block} would take. */
    float measure(List<Span> spans, float size, float boxWidth) {
        return wrap(spans, size, boxWidth).size() * size * LEADING;
    }

    /** Draws wrapped text in a fixed box whose top is {@code yTop}; does not move the cursor. Returns the height. */
    float block(List<Span> spans, float size, float x, float yTop, float boxWidth, Align align) throws IOException {
        List<List<Span>> lines = wrap(spans, size, boxWidth);
        float lead = size * LEADING;
        float baseline = yTop - size;
        for (List<Span> line : lines) {
            drawLine(line, size, x, baseline, boxWidth, align);
            baseline -= lead;
        }
        return lines.size() * lead;
    }

    /** A paragraph at the cursor, across the box from {@code x}; flows onto new pages line by line. */
    void paragraph(List<Span> spans, float size, float x, float boxWidth, Align align) throws IOException {
        float lead = size * LEADING;
        for (List<Span> line : wrap(spans, size, boxWidth)) {
            ensure(lead);
            drawLine(line, size, x, y - size, boxWidth, align);
            y -= lead;
        }
    }

    void paragraph(List<Span> spans, float size) throws IOException {
        paragraph(spans, size, left, width(), Align.LEFT);
    }

    void hline(float x1, float x2, float atY, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, atY);
        cs.lineTo(x2, atY);
        cs.stroke();
    }

    /** The QR code as vector modules, {@code size} points wide, top-left corner at (x, yTop). */
    void qr(BitMatrix matrix, float x, float yTop, float size) throws IOException {
        float module = size / matrix.getWidth();
        cs.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                cs.addRect(x + start * module, yTop - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
    }

    // ---------------------------------------------------------------- tables

    private float rowHeight(List<List<Span>> cells, List<Column> columns, float size) {
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), size, columns.get(i).width() - 2 * CELL_PAD).size());
        }
        return lines * size * LEADING + 2 * CELL_PAD;
    }

    private void drawRow(List<List<Span>> cells, List<Column> columns, float size, float height) throws IOException {
        float x = left;
        cs.setLineWidth(0.5f);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            cs.addRect(x, y - height, c.width(), height);
            cs.stroke();
            block(cells.get(i), size, x + CELL_PAD, y - CELL_PAD, c.width() - 2 * CELL_PAD, c.align());
            x += c.width();
        }
        y -= height;
    }

    /**
     * A table at the cursor, across the content width. Rows never split; a row that does not fit goes to
     * the next page, which starts with the continuation header and the table header again.
     */
    void table(List<Column> columns, List<List<String>> rows, float size) throws IOException {
        List<List<Span>> header = columns.stream().map(c -> List.of(bold(c.header()))).toList();
        float headerHeight = rowHeight(header, columns, size);
        boolean headerDrawn = false;
        if (rows.isEmpty()) {
            ensure(headerHeight);
            drawRow(header, columns, size, headerHeight);
            return;
        }
        for (List<String> row : rows) {
            List<List<Span>> cells = row.stream().map(t -> List.of(regular(t == null ? "" : t))).toList();
            float h = Math.min(rowHeight(cells, columns, size), top - bottom - headerHeight - 40);
            if (y - (headerDrawn ? 0 : headerHeight) - h < bottom) {
                newPage();
                headerDrawn = false;
            }
            if (!headerDrawn) {
                drawRow(header, columns, size, headerHeight);
                headerDrawn = true;
            }
            drawRow(cells, columns, size, h);
        }
    }

    // ---------------------------------------------------------------- finish

    /** Numbers the pages (when more than one, with the dossier code if given) and returns the PDF. */
    byte[] finish(String footerCode) throws IOException {
        cs.close();
        int pages = doc.getNumberOfPages();
        if (pages > 1) {
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDPageContentStream saved = cs;
                    cs = footer;
                    float base = bottom - 18;
                    if (footerCode != null) {
                        drawLine(List.of(regular("Mã hồ sơ: " + footerCode)), 7.5f, left, base, width(), Align.LEFT);
                    }
                    drawLine(List.of(regular("Trang " + (i + 1) + "/" + pages)), 7.5f, left, base, width(),
                            Align.RIGHT);
                    cs = saved;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
