package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Uploaded file names as they are stored and shown. */
class FileNamesTest {

    @Test
    void shouldKeepOnlyTheLastPathPart() {
        assertThat(FileNames.safe("../../etc/passwd", "X")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\Users\\an\\Giấy đề nghị.pdf", "X")).isEqualTo("Giấy đề nghị.pdf");
        assertThat(FileNames.safe("..", "GIAY_DE_NGHI")).isEqualTo("GIAY_DE_NGHI");
        assertThat(FileNames.safe("/", "CCCD")).isEqualTo("CCCD");
        assertThat(FileNames.safe(null, "CCCD")).isEqualTo("CCCD");
    }

    @Test
    void shouldDropControlAndBidirectionalCharacters() {
        // U+202E turns "hoso\u202Efdp.exe" into what reads as "hosoexe.pdf"
        assertThat(FileNames.safe("hoso\u202Efdp.exe", "X")).isEqualTo("hosofdp.exe");
        assertThat(FileNames.safe("a\u0000b\u0007c\r\n.pdf", "X")).isEqualTo("abc .pdf");
        assertThat(FileNames.safe("\u200Bẩn\u2066.pdf\uFEFF", "X")).isEqualTo("ẩn.pdf");
        assertThat(FileNames.safe("<script>:\"x\"|?*.pdf", "X")).isEqualTo("_script___x____.pdf");
        assertThat(FileNames.safe(" .hidden.pdf. ", "X")).isEqualTo("hidden.pdf");
    }

    @Test
    void shouldKeepVietnameseLettersInComposedForm() {
        String decomposed = Normalizer.normalize("Bản sao căn cước công dân.png", Normalizer.Form.NFD);
        String safe = FileNames.safe(decomposed, "X");
        assertThat(safe).isEqualTo("Bản sao căn cước công dân.png");
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void shouldShortenLongNamesKeepingTheExtension() {
        String safe = FileNames.safe("đ".repeat(500) + ".pdf", "X");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(safe).endsWith("đđ.pdf");
    }
}
