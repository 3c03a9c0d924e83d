package vn.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FieldProblem;
import vn.motcua.dossier.Outcome;
import vn.motcua.monitoring.LegacyCsv.Column;
import vn.motcua.monitoring.LegacyCsv.Line;

/**
 * The rules a past dossier must pass before it becomes a closed register row (docs/legacy-import.md): plain Java
 * over a snapshot of the catalogue ({@link Catalogue}). Every bad cell is reported as {@code rows[<line>].<column>};
 * a file with any problem is stored not at all.
 */
final class LegacyRows {

    /** Statuses a past dossier may have: closed ones only (7, 8, 9, 10). */
    static final Set<DossierStatus> CLOSED = Set.of(DossierStatus.WITHDRAWN, DossierStatus.STOPPED,
            DossierStatus.PROCESSED, DossierStatus.RETURNED);
    /** From this day a service centre may receive a dossier another agency resolves (Decree 118/2025). */
    static final LocalDate CENTRES_FROM = LocalDate.of(2025, 7, 1);

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"));

    /** A procedure version of the catalogue with its cases. */
    record Version(long id, String code, LocalDate effectiveFrom, LocalDate effectiveTo, String onlineServiceType,
                   List<CaseOf> cases) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    /** A case of a procedure version and its legal durations by channel. */
    record CaseOf(long id, String code, int duration, Integer onlineDuration, Integer postalDuration, String unit,
                  boolean after1500NextDay) {
        int durationFor(Channel channel) {
            if (channel == Channel.ONLINE && onlineDuration != null) {
                return onlineDuration;
            }
            return channel == Channel.POST && postalDuration != null ? postalDuration : duration;
        }
    }

    /** What the rules look up: agencies, procedure versions, rule sets, codes in the register, working time. */
    interface Catalogue {
        Long agencyId(String code);

        List<Version> versions(String procedureCode);

        /** The rule set in force on the receipt day, or null when none is. */
        String ruleSet(LocalDate day);

        /** The codes among these that the register already has. */
        Set<String> existingCodes(Set<String> codes);

        LocalDateTime legalDue(LocalDateTime received, long amount, WorkingTimeUnit unit, boolean after1500NextDay);
    }

    /** A valid past dossier, ready to be written. */
    record Row(int line, String code, long agencyId, String agencyCode, String receivingAgencyCode, long procedureId,
               long caseId, Channel channel, String onlineServiceType, DossierStatus status, Outcome outcome,
               Instant receivedAt, Instant dueAt, Instant finishedAt, Instant returnedAt, String applicantName,
               String applicantId, String summary, String ruleSet) {
    }

    /** The rows that passed, the problems of the others, and the counts per year and agency of the valid rows. */
    record Checked(List<Row> rows, List<FieldProblem> problems, int lines) {
        Map<String, Map<String, Integer>> perYearAgency(ZoneId zone) {
            Map<String, Map<String, Integer>> out = new TreeMap<>();
            for (Row r : rows) {
                out.computeIfAbsent(Integer.toString(r.receivedAt().atZone(zone).getYear()), k -> new TreeMap<>())
                        .merge(r.agencyCode(), 1, Integer::sum);
            }
            return out;
        }
    }

    private LegacyRows() {
    }

    /**
     * Checks every line. {@code generatedPrefix} makes the code of a line without one ({@code <prefix>-<line>}),
     * so that the same file always gives the same codes.
     */
    static Checked check(List<Line> lines, Catalogue catalogue, ZoneId zone, Instant now, String generatedPrefix) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>(lines.size());
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, Long> agencies = new HashMap<>();
        for (Line line : lines) {
            Checker c = new Checker(line, problems);
            String code = line.get(Column.CODE);
            if (code == null) {
                code = generatedPrefix + "-" + line.number();
            } else if (code.length() > 64 || !code.matches("[\\p{L}\\p{N}.\\-_/]+")) {
                c.bad(Column.CODE, "Mã hồ sơ chỉ gồm chữ, số và . - _ / (tối đa 64 ký tự)");
            }
            Integer first = codesInFile.putIfAbsent(code, line.number());
            if (first != null) {
                c.bad(Column.CODE, "Mã hồ sơ " + code + " trùng với dòng " + first);
            }
            String agencyCode = line.get(Column.RESOLVING_AGENCY);
            Long agencyId = agencyCode == null ? null : agencies.computeIfAbsent(agencyCode, catalogue::agencyId);
            if (agencyCode == null) {
                c.bad(Column.RESOLVING_AGENCY, "Thiếu cơ quan giải quyết");
            } else if (agencyId == null) {
                c.bad(Column.RESOLVING_AGENCY, "Không có cơ quan mã " + agencyCode);
            }
            String receiving = line.get(Column.RECEIVING_AGENCY);
            if (receiving != null && agencies.computeIfAbsent(receiving, catalogue::agencyId) == null) {
                c.bad(Column.RECEIVING_AGENCY, "Không có cơ quan mã " + receiving);
            }
            Channel channel = c.channel();
            DossierStatus status = c.status();
            Instant received = c.time(Column.RECEIVED_AT, zone, true);
            Instant due = c.time(Column.DUE_AT, zone, false);
            Instant finished = c.time(Column.FINISHED_AT, zone, true);
            Instant returned = c.time(Column.RETURNED_AT, zone, false);
            LocalDate day = received == null ? null : received.atZone(zone).toLocalDate();
            for (Column col : List.of(Column.RECEIVED_AT, Column.DUE_AT, Column.FINISHED_AT, Column.RETURNED_AT)) {
                Instant t = switch (col) {
                    case RECEIVED_AT -> received;
                    case FINISHED_AT -> finished;
                    case RETURNED_AT -> returned;
                    default -> null;
                };
                if (t != null && t.isAfter(now)) {
                    c.bad(col, "Thời điểm trong tương lai");
                }
            }
            if (receiving != null && day != null && !receiving.equals(agencyCode) && day.isBefore(CENTRES_FROM)) {
                c.bad(Column.RECEIVING_AGENCY, "Trước 01/07/2025 hồ sơ được tiếp nhận tại chính cơ quan giải quyết");
            }
            if (received != null && finished != null && finished.isBefore(received)) {
                c.bad(Column.FINISHED_AT, "Ngày kết thúc trước ngày tiếp nhận");
            }
            if (received != null && due != null && !due.isAfter(received)) {
                c.bad(Column.DUE_AT, "Hạn giải quyết không sau ngày tiếp nhận");
            }
            if (status == DossierStatus.RETURNED && returned == null && line.get(Column.RETURNED_AT) == null) {
                c.bad(Column.RETURNED_AT, "Hồ sơ đã trả kết quả (10) phải có ngày trả kết quả");
            }
            if (status != null && status != DossierStatus.RETURNED && line.get(Column.RETURNED_AT) != null) {
                c.bad(Column.RETURNED_AT, "Chỉ hồ sơ đã trả kết quả (10) có ngày trả kết quả");
            }
            if (returned != null && finished != null && returned.isBefore(finished)) {
                c.bad(Column.RETURNED_AT, "Ngày trả kết quả trước ngày có kết quả");
            }
            boolean resolved = status == DossierStatus.PROCESSED || status == DossierStatus.RETURNED;
            if (resolved && due == null && line.get(Column.DUE_AT) == null) {
                c.bad(Column.DUE_AT, "Hồ sơ đã giải quyết phải có hạn giải quyết");
            }
            Outcome outcome = c.outcome();
            if (!resolved && status != null && line.get(Column.OUTCOME) != null) {
                c.bad(Column.OUTCOME, "Chỉ hồ sơ đã giải quyết (9, 10) có kết quả sớm/đúng/quá hạn");
            }
            if (resolved && due != null && finished != null) {
                Outcome computed = Outcome.of(finished, due, zone);
                if (outcome != null && outcome != computed) {
                    c.bad(Column.OUTCOME, "Kết quả " + outcome + " trái với ngày kết thúc so với hạn (" + computed + ")");
                }
                outcome = computed;
            }
            Version version = null;
            CaseOf caseOf = null;
            String procedure = line.get(Column.PROCEDURE);
            if (procedure == null) {
                c.bad(Column.PROCEDURE, "Thiếu mã thủ tục");
            } else if (day != null) {
                List<Version> versions = catalogue.versions(procedure);
                String wanted = line.get(Column.VERSION);
                if (versions.isEmpty()) {
                    c.bad(Column.PROCEDURE, "Không có thủ tục mã " + procedure + " trong danh mục");
                } else if (wanted != null) {
                    LocalDate from = c.date(Column.VERSION, wanted);
                    version = versions.stream().filter(v -> v.effectiveFrom().equals(from)).findFirst().orElse(null);
                    if (from != null && version == null) {
                        c.bad(Column.VERSION, "Thủ tục " + procedure + " không có phiên bản hiệu lực từ " + wanted);
                    } else if (version != null && !version.inForceOn(day)) {
                        c.bad(Column.VERSION, "Phiên bản " + wanted + " của thủ tục " + procedure + " không có hiệu lực ngày " + day);
                        version = null;
                    }
                } else {
                    version = versions.stream().filter(v -> v.inForceOn(day)).findFirst().orElse(null);
                    if (version == null) {
                        c.bad(Column.PROCEDURE, "Thủ tục " + procedure + " không có phiên bản hiệu lực ngày " + day);
                    }
                }
            }
            if (version != null) {
                String caseCode = line.get(Column.CASE);
                if (caseCode != null) {
                    caseOf = version.cases().stream().filter(k -> k.code().equals(caseCode)).findFirst().orElse(null);
                    if (caseOf == null) {
                        c.bad(Column.CASE, "Phiên bản " + version.effectiveFrom() + " của thủ tục " + procedure + " không có trường hợp " + caseCode);
                    }
                } else if (version.cases().size() == 1) {
                    caseOf = version.cases().get(0);
                } else {
                    c.bad(Column.CASE, "Thủ tục " + procedure + " có " + version.cases().size() + " trường hợp: phải ghi mã trường hợp");
                }
            }
            if (caseOf != null && channel != null && received != null && due != null) {
                LocalDateTime legal;
                try {
                    legal = catalogue.legalDue(LocalDateTime.ofInstant(received, zone), caseOf.durationFor(channel),
                            WorkingTimeUnit.valueOf(caseOf.unit()), caseOf.after1500NextDay());
                } catch (RuntimeException e) {
                    legal = null;
                }
                if (legal != null && due.atZone(zone).toLocalDate().isBefore(legal.toLocalDate())) {
                    c.bad(Column.DUE_AT, "Hạn giải quyết sớm hơn thời hạn luật định (" + caseOf.durationFor(channel) + " "
                            + caseOf.unit() + " từ ngày tiếp nhận: " + legal.toLocalDate() + ")");
                }
            }
            String ruleSet = day == null ? null : catalogue.ruleSet(day);
            if (day != null && ruleSet == null) {
                c.bad(Column.RECEIVED_AT, "Không có bộ quy tắc nào áp dụng cho ngày " + day);
            }
            String name = c.text(Column.APPLICANT_NAME, 255);
            String idNumber = c.text(Column.APPLICANT_ID, 20);
            String summary = c.text(Column.SUMMARY, 1000);
            if (!c.failed) {
                rows.add(new Row(line.number(), code, agencyId, agencyCode, receiving == null ? agencyCode : receiving,
                        version.id(), caseOf.id(), channel, version.onlineServiceType(), status, outcome, received, due,
                        finished, returned, name == null ? "" : name, idNumber == null ? "" : idNumber, summary, ruleSet));
            }
        }
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(r.code()));
        Set<String> existing = codes.isEmpty() ? Set.of() : catalogue.existingCodes(codes);
        if (!existing.isEmpty()) {
            List<Row> kept = new ArrayList<>(rows.size());
            for (Row r : rows) {
                if (existing.contains(r.code())) {
                    problems.add(new FieldProblem(field(r.line(), Column.CODE), "Sổ theo dõi đã có hồ sơ mã " + r.code()));
                } else {
                    kept.add(r);
                }
            }
            rows = kept;
        }
        problems.sort(java.util.Comparator.comparingInt(LegacyRows::lineOf));
        return new Checked(rows, problems, lines.size());
    }

    static String field(int line, Column column) {
        return "rows[" + line + "]." + column.key;
    }

    private static int lineOf(FieldProblem p) {
        String f = p.field();
        int open = f.indexOf('[');
        int close = f.indexOf(']');
        if (!f.startsWith("rows[") || close < 0) {
            return 0;
        }
        return Integer.parseInt(f.substring(open + 1, close));
    }

    /** The checks of one line, recording each problem with its line and column. */
    private static final class Checker {
        final Line line;
        final List<FieldProblem> problems;
        boolean failed;

        Checker(Line line, List<FieldProblem> problems) {
            this.line = line;
            this.problems = problems;
        }

        void bad(Column column, String message) {
            problems.add(new FieldProblem(field(line.number(), column), message));
            failed = true;
        }

        Channel channel() {
            String v = line.get(Column.CHANNEL);
            if (v == null) {
                bad(Column.CHANNEL, "Thiếu kênh tiếp nhận");
                return null;
            }
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "COUNTER", "TRỰC TIẾP" -> Channel.COUNTER;
                case "POST", "BƯU CHÍNH" -> Channel.POST;
                case "ONLINE", "TRỰC TUYẾN" -> Channel.ONLINE;
                default -> {
                    bad(Column.CHANNEL, "Kênh '" + v + "' không hợp lệ (COUNTER, POST, ONLINE)");
                    yield null;
                }
            };
        }

        DossierStatus status() {
            String v = line.get(Column.STATUS);
            if (v == null) {
                bad(Column.STATUS, "Thiếu trạng thái");
                return null;
            }
            DossierStatus s = null;
            for (DossierStatus candidate : DossierStatus.values()) {
                if (candidate.name().equalsIgnoreCase(v) || Integer.toString(candidate.code()).equals(v)
                        || candidate.label().equalsIgnoreCase(v)) {
                    s = candidate;
                }
            }
            if (s == null || !CLOSED.contains(s)) {
                bad(Column.STATUS, "Trạng thái '" + v + "' không hợp lệ: chỉ hồ sơ đã kết thúc (7 WITHDRAWN, 8 STOPPED,"
                        + " 9 PROCESSED, 10 RETURNED)");
                return null;
            }
            return s;
        }

        Outcome outcome() {
            String v = line.get(Column.OUTCOME);
            if (v == null) {
                return null;
            }
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "EARLY", "SỚM HẠN", "TRƯỚC HẠN" -> Outcome.EARLY;
                case "ON_TIME", "ĐÚNG HẠN" -> Outcome.ON_TIME;
                case "LATE", "QUÁ HẠN" -> Outcome.LATE;
                default -> {
                    bad(Column.OUTCOME, "Kết quả '" + v + "' không hợp lệ (EARLY, ON_TIME, LATE)");
                    yield null;
                }
            };
        }

        /** A time with an offset (ISO 8601), or a local time of the province; blank is null (required: a problem). */
        Instant time(Column column, ZoneId zone, boolean required) {
            String v = line.get(column);
            if (v == null) {
                if (required) {
                    bad(column, "Thiếu " + column.label.toLowerCase(Locale.ROOT));
                }
                return null;
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                for (DateTimeFormatter f : LOCAL_TIMES) {
                    try {
                        return LocalDateTime.parse(v, f).atZone(zone).toInstant();
                    } catch (DateTimeParseException ignored) {
                        // next format
                    }
                }
            }
            bad(column, "Thời điểm '" + v + "' không đúng định dạng (yyyy-MM-dd HH:mm, dd/MM/yyyy HH:mm hoặc ISO 8601)");
            return null;
        }

        LocalDate date(Column column, String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                bad(column, "Ngày '" + v + "' không đúng định dạng yyyy-MM-dd");
                return null;
            }
        }

        String text(Column column, int max) {
            String v = line.get(column);
            if (v != null && v.length() > max) {
                bad(column, "Dài quá " + max + " ký tự");
            }
            return v;
        }
    }
}
