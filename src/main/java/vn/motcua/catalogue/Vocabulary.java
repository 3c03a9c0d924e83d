package vn.motcua.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.StepRole;

/**
 * The values a cell may hold, as an allow-list: the enum names and the Vietnamese words provinces write
 * (docs/catalogue-import.md). Anything else is refused; nothing is evaluated.
 */
final class Vocabulary {

    static final Map<String, AgencyLevel> LEVELS = Map.of(
            "province", AgencyLevel.PROVINCE, "cấp tỉnh", AgencyLevel.PROVINCE,
            "department", AgencyLevel.DEPARTMENT, "cấp sở", AgencyLevel.DEPARTMENT, "sở, ngành", AgencyLevel.DEPARTMENT,
            "district", AgencyLevel.DISTRICT, "cấp huyện", AgencyLevel.DISTRICT,
            "commune", AgencyLevel.COMMUNE, "cấp xã", AgencyLevel.COMMUNE);

    static final Map<String, OnlineServiceType> ONLINE = Map.ofEntries(
            Map.entry("full", OnlineServiceType.FULL), Map.entry("toàn trình", OnlineServiceType.FULL),
            Map.entry("mức độ 4", OnlineServiceType.FULL),
            Map.entry("partial", OnlineServiceType.PARTIAL), Map.entry("một phần", OnlineServiceType.PARTIAL),
            Map.entry("mức độ 3", OnlineServiceType.PARTIAL),
            Map.entry("none", OnlineServiceType.NONE), Map.entry("không", OnlineServiceType.NONE),
            Map.entry("cung cấp thông tin", OnlineServiceType.NONE), Map.entry("mức độ 2", OnlineServiceType.NONE),
            Map.entry("mức độ 1", OnlineServiceType.NONE));

    static final Map<String, WorkingTimeUnit> UNITS = Map.of(
            "working_days", WorkingTimeUnit.WORKING_DAYS, "ngày làm việc", WorkingTimeUnit.WORKING_DAYS,
            "working_hours", WorkingTimeUnit.WORKING_HOURS, "giờ làm việc", WorkingTimeUnit.WORKING_HOURS,
            "calendar_days", WorkingTimeUnit.CALENDAR_DAYS, "ngày", WorkingTimeUnit.CALENDAR_DAYS);

    static final Map<String, PausePolicy> PAUSES = Map.of(
            "resume", PausePolicy.RESUME, "tính tiếp", PausePolicy.RESUME, "tiếp tục", PausePolicy.RESUME,
            "restart", PausePolicy.RESTART, "tính lại", PausePolicy.RESTART, "tính lại từ đầu", PausePolicy.RESTART);

    static final Map<String, StepRole> ROLES = Map.ofEntries(
            Map.entry("intake", StepRole.INTAKE), Map.entry("tiếp nhận", StepRole.INTAKE),
            Map.entry("một cửa", StepRole.INTAKE), Map.entry("bộ phận một cửa", StepRole.INTAKE),
            Map.entry("handler", StepRole.HANDLER), Map.entry("chuyên viên", StepRole.HANDLER),
            Map.entry("thụ lý", StepRole.HANDLER),
            Map.entry("head", StepRole.HEAD), Map.entry("lãnh đạo phòng", StepRole.HEAD),
            Map.entry("signer", StepRole.SIGNER), Map.entry("lãnh đạo cơ quan", StepRole.SIGNER),
            Map.entry("người ký", StepRole.SIGNER), Map.entry("ký duyệt", StepRole.SIGNER),
            Map.entry("return", StepRole.RETURN), Map.entry("trả kết quả", StepRole.RETURN),
            Map.entry("partner", StepRole.PARTNER), Map.entry("cơ quan phối hợp", StepRole.PARTNER),
            Map.entry("phối hợp", StepRole.PARTNER), Map.entry("liên thông", StepRole.PARTNER));

    static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "có", true, "x", true, "1", true,
            "false", false, "không", false, "0", false);

    /** Procedure codes of the national catalogue: digits and dots, e.g. 1.001612. */
    static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9]{1,3}\\.[0-9]{1,9}");
    /** Case and paper codes, BPMN process ids, agency and unit codes: plain identifiers only. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    static final Pattern PROCESS_KEY = Pattern.compile("[a-z0-9][a-z0-9\\-]{0,99}");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}([.,][0-9]{1,3})?");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Vocabulary() {
    }

    static <T> T word(Map<String, T> words, String text) {
        return text == null ? null : words.get(text.strip().toLowerCase(Locale.ROOT));
    }

    /** yyyy-MM-dd or dd/MM/yyyy; null when neither. */
    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, VN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number up to 9 digits ("3", also "3.0" as a spreadsheet writes it); null otherwise. */
    static Integer integer(String text) {
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        return INTEGER.matcher(t).matches() ? Integer.valueOf(t) : null;
    }

    /** An amount of đồng: "100000", "100.000" or "100,000"; null otherwise. */
    static Long money(String text) {
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(".", "").replace(",", "");
        }
        return t.matches("[0-9]{1,12}") ? Long.valueOf(t) : null;
    }

    /** A share of the legal time, with a decimal point or comma and at most 3 decimals ("0,5"); null otherwise. */
    static BigDecimal decimal(String text) {
        return DECIMAL.matcher(text).matches() ? new BigDecimal(text.replace(',', '.')).stripTrailingZeros() : null;
    }
}
