package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.FieldProblem;
import vn.motcua.monitoring.LegacyCsv.Column;

/** The past-dossier CSV reader: headers by key or Vietnamese label, RFC 4180 quoting, line numbers, bad files. */
class LegacyCsvTest {

    static final String HEADERS = "\uFEFFMã thủ tục,resolving_agency,Kênh,Ngày tiếp nhận,due_at,Ngày kết thúc,Trạng thái,Trích yếu\r\n";

    static LegacyCsv.Parsed parse(String text) {
        return LegacyCsv.parse(text.getBytes(StandardCharsets.UTF_8), 10);
    }

    @Test
    void shouldReadQuotedCellsAcrossLinesAndKeepTheirFileLine() {
        LegacyCsv.Parsed p = parse(HEADERS + "1.001612,X,ONLINE,a,b,c,10,\"hai\ndòng, \"\"trích\"\"\"\r\n\r\n"
                + "1.001612,X,COUNTER,a,b,c,7,=1+1\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.lines()).extracting(LegacyCsv.Line::number).containsExactly(2, 5);
        assertThat(p.lines().get(0).get(Column.SUMMARY)).isEqualTo("hai\ndòng, \"trích\"");
        assertThat(p.lines().get(1).get(Column.SUMMARY)).as("kept as text").isEqualTo("=1+1");
        assertThat(p.lines().get(1).get(Column.PROCEDURE)).isEqualTo("1.001612");
    }

    @Test
    void shouldRefuseUnknownOrMissingHeadersBadEncodingAndTooManyRows() {
        assertThat(parse("procedure,channel,colonne\n").problems()).extracting(FieldProblem::field)
                .contains("header[3]", "header");
        assertThat(LegacyCsv.parse(new byte[] {(byte) 0xC3, (byte) 0x28}, 10).problems()).extracting(FieldProblem::field)
                .containsExactly("file");
        assertThat(parse(HEADERS + "1,2,3,4,5,6,7,\"open\n").problems()).extracting(FieldProblem::field)
                .containsExactly("rows[2]");
        assertThat(parse(HEADERS + "1,2,3\n").problems()).extracting(FieldProblem::field).containsExactly("rows[2]");
        assertThat(parse(HEADERS + "1,2,3,4,5,6,7,8\n".repeat(11)).problems()).extracting(FieldProblem::field)
                .containsExactly("file");
        assertThat(parse("").problems()).extracting(FieldProblem::field).containsExactly("file");
    }
}
