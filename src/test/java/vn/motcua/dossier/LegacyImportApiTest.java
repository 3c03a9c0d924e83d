package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Past dossiers imported over HTTP on the demo application (issue 17 point 4, docs/legacy-import.md): dry run,
 * apply, the KPI reports of that year, who may import which agency's rows, nothing partial, the same file twice,
 * cells that look like formulas, a file too large; and the imported rows (no engine instance) in the places that
 * read dossiers: dossier API, tracking, slips, withdrawal and stop, monitoring detail, outbox.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "motcua.legacy-import.max-bytes=100000")
class LegacyImportApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DX = "000.00.20.H10";
    static final String BL = "000.00.21.H10";
    static final String HEADER = "Mã hồ sơ,Mã thủ tục,Phiên bản,Cơ quan giải quyết,Kênh,Ngày tiếp nhận,Hạn giải quyết,"
            + "Ngày kết thúc,Ngày trả kết quả,Trạng thái,Kết quả,Người nộp,Số giấy tờ,Trích yếu\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    ResponseEntity<String> post(String user, String path, String csv) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        String password = user.equals("admin") ? "admin" : "demo";
        return http.withBasicAuth(user, password).exchange(path, HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), h), String.class);
    }

    ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").getForEntity(path, String.class);
    }

    long imported() {
        return jdbc.queryForObject("select count(*) from dossier where import_batch_id is not null", Long.class);
    }

    /** 2023, Đồng Xoài: household business (3 working days, online, level 4) and a building permit at the desk. */
    static String year2023(String tag) {
        return HEADER
                + "CU-" + tag + "-1,1.001612,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,"
                + "2023-03-09 09:00,10,,Nguyễn Văn An,079203001234,Hộ kinh doanh tạp hóa\n"
                + "CU-" + tag + "-2,1.001612,2021-01-01,000.00.20.H10,Trực tiếp,06/03/2023 09:00,09/03/2023 09:00,"
                + "10/03/2023 10:00,10/03/2023 16:00,RETURNED,LATE,\"=cmd|' /C calc'!A0\",,\"Có dấu phẩy, và \"\"ngoặc\"\"\"\n"
                + "CU-" + tag + "-3,1.009974,,000.00.20.H10,COUNTER,2023-05-02 08:00,2023-05-31 17:00,2023-05-10 08:00,"
                + ",7,,Trần Thị Bình,,Rút hồ sơ\n";
    }

    @Test
    void shouldImportAPastYearThatTheReportsThenCount() throws Exception {
        long before = imported();
        long outbox = jdbc.queryForObject("select count(*) from outbox_event", Long.class);
        String csv = year2023("A");

        ResponseEntity<String> dry = post("quanly.dongxoai", "/api/reports/legacy-imports/dry-run?fileName=nam-2023.csv", csv);
        assertThat(dry.getStatusCode().value()).as(dry.getBody()).isEqualTo(200);
        JsonNode preview = JSON.readTree(dry.getBody());
        assertThat(preview.get("problemCount").asInt()).as(dry.getBody()).isZero();
        assertThat(preview.get("perYearAgency").get("2023").get(DX).asInt()).isEqualTo(3);
        assertThat(imported()).as("a dry run stores nothing").isEqualTo(before);

        ResponseEntity<String> applied = post("quanly.dongxoai", "/api/reports/legacy-imports?fileName=nam-2023.csv", csv);
        assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(201);
        long batch = JSON.readTree(applied.getBody()).get("batchId").asLong();
        assertThat(imported()).isEqualTo(before + 3);
        assertThat(jdbc.queryForList("select process_instance_id from dossier where import_batch_id = ?", String.class, batch))
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject("select rule_set from dossier where code = 'CU-A-1'", String.class)).isEqualTo("ND61-2018");
        assertThat(jdbc.queryForObject("select outcome from dossier where code = 'CU-A-1'", String.class)).isEqualTo("EARLY");

        // the same file again: refused, naming the batch
        ResponseEntity<String> again = post("quanly.dongxoai", "/api/reports/legacy-imports?fileName=lai.csv", csv);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains("lô " + batch);
        assertThat(imported()).isEqualTo(before + 3);

        // the KPI report of 2023 and the online indicators count them
        JsonNode report = JSON.readTree(get("quanly.dongxoai", "/api/reports/period?from=2023-01-01&to=2023-12-31&agency=" + DX).getBody());
        assertThat(report.toString()).contains("\"resolvedEarly\":1").contains("\"resolvedLate\":1").contains("\"withdrawn\":1");
        JsonNode indicators = JSON.readTree(get("quanly.dongxoai", "/api/reports/online-indicators?year=2023&agency=" + DX).getBody());
        assertThat(indicators.get("indicators").get(2).get("numerator").asLong()).as(indicators.toString()).isEqualTo(1);
        assertThat(indicators.get("indicators").get(2).get("denominator").asLong()).isEqualTo(2);

        // the formula-looking name is stored as text and exported neutralised
        assertThat(jdbc.queryForObject("select applicant_name from dossier where code = 'CU-A-2'", String.class))
                .isEqualTo("=cmd|' /C calc'!A0");
        ResponseEntity<String> export = get("quanly.dongxoai", "/api/reports/legacy-imports/" + batch + ".csv");
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getBody()).contains("'=cmd|").doesNotContain(",=cmd");
        assertThat(get("quanly.dongxoai", "/api/reports/legacy-imports").getBody()).contains("nam-2023.csv");
        assertThat(get("quanly", "/api/reports/legacy-imports/" + batch + ".csv").getBody()).contains("CU-A-3");
        assertThat(get("tiepnhan.binhlong", "/api/reports/legacy-imports/" + batch + ".csv").getStatusCode().value())
                .as("a clerk reads no reports").isEqualTo(403);

        // imported rows have no engine instance: the places that read dossiers still answer
        assertThat(get("tiepnhan", "/api/dossiers/CU-A-1").getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/api/public/tracking?code=CU-A-1&idNumber=079203001234", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(get("tiepnhan", "/api/dossiers/CU-A-1/slips/control").getStatusCode().value()).isIn(200, 404, 409);
        assertThat(get("tiepnhan", "/api/dossiers/CU-A-1/slips/receipt").getStatusCode().value()).isIn(200, 404, 409);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("tiepnhan", "demo").exchange("/api/dossiers/CU-A-1/stop", HttpMethod.POST,
                new HttpEntity<>("{\"reason\":\"thử\"}", json), String.class).getStatusCode().value()).isEqualTo(409);
        assertThat(http.withBasicAuth("tiepnhan", "demo").exchange("/api/dossiers/CU-A-3/withdrawal", HttpMethod.POST,
                new HttpEntity<>("{\"reason\":\"thử\"}", json), String.class).getStatusCode().value()).isEqualTo(409);
        ResponseEntity<String> detail = get("quanly.dongxoai", "/api/reports/dossiers/CU-A-1");
        assertThat(detail.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event", Long.class)).as("no outbox rows").isEqualTo(outbox);
    }

    @Test
    void shouldRefuseRowsOfAnotherAgencyNamingThemAndStoreNothing() throws Exception {
        long before = imported();
        String csv = year2023("B").replace("CU-B-3,1.009974,,000.00.20.H10", "CU-B-3,1.009974,," + BL);
        ResponseEntity<String> r = post("quanly.dongxoai", "/api/reports/legacy-imports?fileName=b.csv", csv);
        assertThat(r.getStatusCode().value()).isEqualTo(403);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(r.getBody()).contains("rows[4].resolving_agency").doesNotContain("rows[2]");
        assertThat(imported()).isEqualTo(before);
        // the province's managers read but do not import; a clerk does neither
        assertThat(post("quanly", "/api/reports/legacy-imports/dry-run?fileName=b.csv", csv).getStatusCode().value()).isEqualTo(403);
        assertThat(post("tiepnhan", "/api/reports/legacy-imports/dry-run?fileName=b.csv", csv).getStatusCode().value()).isEqualTo(403);
        // the province's administrator imports for every agency
        assertThat(post("admin", "/api/reports/legacy-imports/dry-run?fileName=b.csv", csv).getBody()).contains("\"problemCount\":0");
    }

    @Test
    void shouldNameEveryBadRowAndFieldAndStoreNothing() throws Exception {
        long before = imported();
        String csv = HEADER
                + "CU-C-1,1.001612,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,2023-03-09 09:00,10,,An,,\n"
                + "CU-C-2,9.999999,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,2023-03-09 09:00,10,,An,,\n"
                + "CU-C-3,1.001612,2025-07-01,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,2023-03-09 09:00,10,,An,,\n"
                + "CU-C-4,1.001612,,000.00.99.XXX,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,2023-03-09 09:00,10,,An,,\n"
                + "CU-C-5,1.001612,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-05 10:00,2023-03-09 09:00,10,,An,,\n"
                + "CU-C-6,1.001612,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-07 08:00,2023-03-07 07:00,2023-03-09 09:00,10,,An,,\n"
                + "CU-C-7,1.001612,,000.00.20.H10,FAX,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,2023-03-09 09:00,4,SOON,An,,\n"
                + "CU-C-1,1.001612,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,2023-03-09 09:00,10,LATE,An,,\n";
        // as the province's administrator: an unknown agency is a bad row (for an agency's manager, a foreign one: 403)
        ResponseEntity<String> r = post("admin", "/api/reports/legacy-imports?fileName=c.csv", csv);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(422);
        assertThat(r.getBody()).contains("rows[3].procedure", "rows[4].version", "rows[5].resolving_agency",
                "rows[6].finished_at", "rows[7].due_at", "rows[8].channel", "rows[8].status", "rows[8].outcome",
                "rows[9].code", "rows[9].outcome").doesNotContain("rows[2]");
        assertThat(imported()).isEqualTo(before);

        ResponseEntity<String> dry = post("admin", "/api/reports/legacy-imports/dry-run?fileName=c.csv", csv);
        assertThat(JSON.readTree(dry.getBody()).get("validRows").asInt()).isEqualTo(1);

        ResponseEntity<String> header = post("quanly.dongxoai", "/api/reports/legacy-imports/dry-run?fileName=c.csv",
                "Mã hồ sơ,=HYPERLINK(1)\n1,2\n");
        assertThat(header.getStatusCode().value()).isEqualTo(422);
        assertThat(header.getBody()).contains("header[2]", "resolving_agency");
        assertThat(post("quanly.dongxoai", "/api/reports/legacy-imports/dry-run?fileName=../x.csv", csv).getStatusCode().value())
                .isEqualTo(422);

        StringBuilder big = new StringBuilder(HEADER);
        while (big.length() <= 100_000) {
            big.append("x,1.001612,,000.00.20.H10,ONLINE,2023-03-06 08:00,2023-03-09 08:00,2023-03-08 10:00,,10,,An,,\n");
        }
        ResponseEntity<String> tooLarge = post("quanly.dongxoai", "/api/reports/legacy-imports?fileName=big.csv", big.toString());
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(tooLarge.getBody()).contains("\"file\"");
        assertThat(imported()).isEqualTo(before);
    }
}
