package vn.motcua.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The two tables of the import format (docs/catalogue-import.md) and their columns: the logical field, its JSON name
 * and its Vietnamese header as provinces write it. CSV files and XLSX sheets use the headers, JSON the names.
 */
final class Sheets {

    static final String PROCEDURES = "Thủ tục";
    static final String STEPS = "Quy trình nội bộ";
    static final String PROCEDURES_CSV = "thu-tuc.csv";
    static final String STEPS_CSV = "quy-trinh-noi-bo.csv";
    static final String JSON_PROCEDURES = "procedures";
    static final String JSON_STEPS = "internalProcesses";

    // procedure version (repeated on every case row of the version in CSV/XLSX)
    static final String CODE = "code";
    static final String NAME = "name";
    static final String FIELD = "field";
    static final String LEVEL = "level";
    static final String AGENCY = "agency";
    static final String PROCESS_KEY = "processKey";
    static final String ONLINE = "onlineServiceType";
    static final String FROM = "effectiveFrom";
    static final String TO = "effectiveTo";
    static final String SOURCE = "source";
    static final String VERIFIED = "verified";
    // case
    static final String CASE_CODE = "caseCode";
    static final String CASE_NAME = "caseName";
    static final String DURATION = "duration";
    static final String UNIT = "unit";
    static final String ONLINE_DURATION = "onlineDuration";
    static final String POSTAL_DURATION = "postalDuration";
    static final String NO_APPOINTMENT = "noAppointment";
    static final String AFTER_1500 = "after1500NextDay";
    static final String PAUSE = "pausePolicy";
    static final String FEE = "feeVnd";
    static final String COMPONENTS = "components";
    // step row
    static final String PROCEDURE_CODE = "procedureCode";
    static final String ORDER = "order";
    static final String STEP_NAME = "stepName";
    static final String ROLE = "role";
    static final String STEP_UNIT = "unitCode";
    static final String SHARE = "share";

    /** Logical field → Vietnamese header of the procedures sheet, in column order. */
    static final Map<String, String> PROCEDURE_HEADERS = headers(
            CODE, "Mã thủ tục", NAME, "Tên thủ tục", FIELD, "Lĩnh vực", LEVEL, "Cấp thực hiện",
            AGENCY, "Cơ quan thực hiện", PROCESS_KEY, "Mã quy trình", ONLINE, "Mức độ dịch vụ công trực tuyến",
            FROM, "Ngày hiệu lực", TO, "Ngày hết hiệu lực", SOURCE, "Nguồn", VERIFIED, "Đã kiểm chứng",
            CASE_CODE, "Mã trường hợp", CASE_NAME, "Trường hợp", DURATION, "Thời hạn giải quyết",
            UNIT, "Đơn vị thời hạn", ONLINE_DURATION, "Thời hạn nộp trực tuyến",
            POSTAL_DURATION, "Thời hạn nộp qua bưu chính", NO_APPOINTMENT, "Giải quyết ngay",
            AFTER_1500, "Nhận sau 15 giờ", PAUSE, "Khi bổ sung hồ sơ", FEE, "Phí, lệ phí (đồng)",
            COMPONENTS, "Thành phần hồ sơ");

    /** Logical field → Vietnamese header of the step sheet, in column order. */
    static final Map<String, String> STEP_HEADERS = headers(
            PROCEDURE_CODE, "Mã thủ tục", FROM, "Ngày hiệu lực", CASE_CODE, "Mã trường hợp", ORDER, "Bước",
            STEP_NAME, "Nội dung công việc", ROLE, "Vai trò", STEP_UNIT, "Đơn vị thực hiện",
            SHARE, "Thời gian thực hiện", SOURCE, "Nguồn", VERIFIED, "Đã kiểm chứng");

    /** Columns a spreadsheet must have (the others may be left out). */
    static final List<String> REQUIRED_PROCEDURE_COLUMNS = List.of(CODE, NAME, LEVEL, ONLINE, FROM, SOURCE, CASE_CODE,
            CASE_NAME, DURATION, UNIT, COMPONENTS);
    static final List<String> REQUIRED_STEP_COLUMNS = List.of(PROCEDURE_CODE, CASE_CODE, ORDER, STEP_NAME, ROLE, SHARE);

    /** JSON names of the fields that differ from the logical name (case fields live in {@code cases[]}). */
    static final Map<String, String> JSON_NAMES = Map.of(CASE_CODE, "code", CASE_NAME, "name", STEP_NAME, "name");

    private Sheets() {
    }

    /** The column label of a logical field in a spreadsheet. */
    static UnaryOperator<String> spreadsheet(Map<String, String> headers) {
        return field -> headers.getOrDefault(field, field);
    }

    /** The header cell text, normalised for matching: lower case, single spaces. */
    static String normalise(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
