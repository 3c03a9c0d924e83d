package vn.motcua.catalogue;

import static vn.motcua.catalogue.Sheets.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.StepRole;

/**
 * Types and checks the rows of an imported catalogue, whatever their encoding, and names every bad row and field
 * at once: bad numbers, dates, words outside the allow-list, a version spread over rows that disagree, duplicate
 * code and version or case, a case without papers, unknown agencies and units, step tables whose steps are not
 * numbered 1…n or whose shares do not add up exactly to the case's legal time. Plain Java
 * ({@code CatalogueReaderTest}).
 */
final class CatalogueReader {

    /**
     * What the catalogue may name: agency identifier codes, and the units of the province in force (units, groups,
     * service centres and agencies); {@code units} null when no province description has been applied.
     */
    record Known(Set<String> agencies, Set<String> units) {
    }

    /** The catalogue and the first row of each version and step table (by their keys), to name them later. */
    record Read(Catalogue catalogue, Map<String, RawRow> origins) {

        CatalogueProblem problem(String key, String field, String message) {
            RawRow row = origins.get(key);
            return row == null ? new CatalogueProblem("file", 0, field, message) : row.problem(field, message);
        }
    }

    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final Map<String, RawRow> origins = new HashMap<>();
    private final Known known;

    private CatalogueReader(Known known) {
        this.known = known;
    }

    /** The catalogue of the rows, or {@link InvalidCatalogue} listing every problem. */
    static Read read(List<RawRow> procedureRows, List<RawRow> stepRows, Known known) {
        CatalogueReader reader = new CatalogueReader(known);
        List<Catalogue.Version> versions = reader.versions(procedureRows);
        List<Catalogue.StepTable> tables = reader.stepTables(stepRows, versions);
        if (procedureRows.isEmpty()) {
            reader.problems.add(new CatalogueProblem(PROCEDURES, 0, null, "Tệp không có thủ tục nào"));
        }
        if (!reader.problems.isEmpty()) {
            throw new InvalidCatalogue(reader.problems.stream().distinct().toList());
        }
        return new Read(new Catalogue(versions, tables), Map.copyOf(reader.origins));
    }

    // ---------------------------------------------------------------- versions

    private List<Catalogue.Version> versions(List<RawRow> rows) {
        Map<String, List<RawRow>> byVersion = new LinkedHashMap<>();
        Map<String, Integer> entryOfVersion = new HashMap<>();
        for (RawRow row : rows) {
            String code = procedureCode(row, CODE);
            LocalDate from = date(row, FROM, true);
            if (code == null || from == null) {
                version(List.of(row));   // the rest of the row is checked all the same
                continue;
            }
            String key = code + "@" + from;
            Integer entry = entryOfVersion.putIfAbsent(key, row.entry() == null ? -1 : row.entry());
            if (entry != null && row.entry() != null && !entry.equals(row.entry())) {
                problems.add(row.problem(FROM, "Trùng mã thủ tục và ngày hiệu lực: phiên bản " + code + " từ " + from
                        + " đã có ở " + JSON_PROCEDURES + "[" + (entry + 1) + "]"));
                continue;
            }
            byVersion.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Catalogue.Version> versions = new ArrayList<>();
        for (List<RawRow> versionRows : byVersion.values()) {
            Catalogue.Version v = version(versionRows);
            if (v != null) {
                versions.add(v);
            }
        }
        return versions;
    }

    private static final List<String> VERSION_FIELDS = List.of(NAME, FIELD, LEVEL, AGENCY, PROCESS_KEY, ONLINE, TO,
            SOURCE, VERIFIED);

    private Catalogue.Version version(List<RawRow> rows) {
        RawRow first = rows.get(0);
        for (RawRow other : rows.subList(1, rows.size())) {
            for (String field : VERSION_FIELDS) {
                if (other.values().containsKey(field) && !Objects.equals(other.value(field), first.value(field))) {
                    problems.add(other.problem(field, "Khác với dòng " + first.row() + " của cùng phiên bản ('"
                            + first.value(field) + "')"));
                }
            }
        }
        int before = problems.size();
        String code = first.value(CODE);
        LocalDate from = date(first, FROM, true);
        String name = required(first, NAME);
        AgencyLevel level = word(first, LEVEL, Vocabulary.LEVELS, true);
        OnlineServiceType online = word(first, ONLINE, Vocabulary.ONLINE, true);
        LocalDate to = date(first, TO, false);
        if (to != null && to.isBefore(from)) {
            problems.add(first.problem(TO, "Ngày hết hiệu lực " + to + " trước ngày hiệu lực " + from));
        }
        String agency = first.value(AGENCY);
        if (agency != null && !known.agencies().contains(agency)) {
            problems.add(first.problem(AGENCY, "Không có cơ quan với mã định danh '" + agency + "'"));
        }
        String processKey = first.value(PROCESS_KEY);
        if (processKey != null && !Vocabulary.PROCESS_KEY.matcher(processKey).matches()) {
            problems.add(first.problem(PROCESS_KEY, "Mã quy trình chỉ gồm chữ thường, số và dấu '-', tối đa 100 ký tự"));
        }
        String source = required(first, SOURCE);
        Boolean verified = bool(first, VERIFIED, true);

        List<Catalogue.Case> cases = new ArrayList<>();
        Set<String> caseCodes = new HashSet<>();
        for (RawRow row : rows) {
            Catalogue.Case c = procedureCase(row);
            if (c != null && !caseCodes.add(c.code())) {
                problems.add(row.problem(CASE_CODE, "Trùng mã trường hợp '" + c.code() + "' trong phiên bản " + code
                        + " từ " + from));
            } else if (c != null) {
                cases.add(c);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        origins.put(code + "@" + from, first);
        return new Catalogue.Version(code, name, first.value(FIELD), level, agency, processKey, online, from, to,
                source, verified, cases);
    }

    private Catalogue.Case procedureCase(RawRow row) {
        int before = problems.size();
        String code = required(row, CASE_CODE);
        if (code != null && !Vocabulary.CODE.matcher(code).matches()) {
            problems.add(row.problem(CASE_CODE, "Mã trường hợp chỉ gồm chữ, số, '_', '.', '-' (tối đa 64 ký tự)"));
        }
        String name = required(row, CASE_NAME);
        Integer duration = positive(row, DURATION, true);
        WorkingTimeUnit unit = word(row, UNIT, Vocabulary.UNITS, true);
        Integer online = positive(row, ONLINE_DURATION, false);
        Integer postal = positive(row, POSTAL_DURATION, false);
        Boolean noAppointment = bool(row, NO_APPOINTMENT, false);
        Boolean after1500 = bool(row, AFTER_1500, false);
        PausePolicy pause = row.value(PAUSE) == null ? PausePolicy.RESUME : word(row, PAUSE, Vocabulary.PAUSES, true);
        Long fee = row.value(FEE) == null ? Long.valueOf(0) : Vocabulary.money(row.value(FEE));
        if (fee == null) {
            problems.add(row.problem(FEE, "Không phải số tiền (đồng): '" + row.value(FEE) + "'"));
        }
        List<Catalogue.Component> components = components(row);
        if (problems.size() > before) {
            return null;
        }
        return new Catalogue.Case(code, name, duration, unit, online, postal, noAppointment, after1500, pause, fee,
                components);
    }

    private List<Catalogue.Component> components(RawRow row) {
        List<Catalogue.Component> components = new ArrayList<>();
        if (row.components().isEmpty()) {
            problems.add(row.problem(COMPONENTS, "Thiếu thành phần hồ sơ"));
            return components;
        }
        Set<String> codes = new HashSet<>();
        for (RawRow.RawComponent c : row.components()) {
            String where = c.column();
            if (c.code() == null || !Vocabulary.CODE.matcher(c.code()).matches()) {
                problems.add(new CatalogueProblem(row.sheet(), row.row(), where,
                        "Mã giấy tờ thiếu hoặc không hợp lệ: '" + c.code() + "' (chữ, số, '_', '.', '-')"));
            } else if (!codes.add(c.code())) {
                problems.add(new CatalogueProblem(row.sheet(), row.row(), where, "Trùng mã giấy tờ '" + c.code() + "'"));
            }
            if (c.name() == null || c.name().isBlank()) {
                problems.add(new CatalogueProblem(row.sheet(), row.row(), where, "Thiếu tên giấy tờ"));
            }
            Boolean mandatory = c.mandatory() == null || c.mandatory().isBlank() ? Boolean.TRUE
                    : Vocabulary.word(Vocabulary.BOOLEANS, c.mandatory());
            if (mandatory == null) {
                problems.add(new CatalogueProblem(row.sheet(), row.row(), where,
                        "Bắt buộc phải là 'có' hoặc 'không': '" + c.mandatory() + "'"));
            }
            Integer copies = c.copies() == null || c.copies().isBlank() ? Integer.valueOf(1)
                    : Vocabulary.integer(c.copies().strip());
            if (copies == null || copies < 1) {
                problems.add(new CatalogueProblem(row.sheet(), row.row(), where,
                        "Số bản phải là số nguyên dương: '" + c.copies() + "'"));
            }
            if (c.code() != null && c.name() != null && mandatory != null && copies != null && copies > 0) {
                components.add(new Catalogue.Component(c.code(), c.name().strip(), mandatory, copies));
            }
        }
        return components;
    }

    // ---------------------------------------------------------------- step tables

    private List<Catalogue.StepTable> stepTables(List<RawRow> rows, List<Catalogue.Version> versions) {
        Map<String, List<Catalogue.Version>> versionsByCode = new HashMap<>();
        versions.forEach(v -> versionsByCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v));
        Map<String, List<RawRow>> byTable = new LinkedHashMap<>();
        Map<String, Catalogue.Version> versionOfTable = new HashMap<>();
        Map<RawRow, InternalProcessStep> cells = new HashMap<>();
        for (RawRow row : rows) {
            InternalProcessStep step = stepCells(row);
            if (step != null) {
                cells.put(row, step);
            }
            String code = procedureCode(row, PROCEDURE_CODE);
            String caseCode = required(row, CASE_CODE);
            LocalDate from = row.value(FROM) == null ? null : date(row, FROM, true);
            if (code == null || caseCode == null || (row.value(FROM) != null && from == null)) {
                continue;
            }
            List<Catalogue.Version> candidates = versionsByCode.getOrDefault(code, List.of()).stream()
                    .filter(v -> from == null || v.effectiveFrom().equals(from)).toList();
            if (candidates.isEmpty()) {
                problems.add(row.problem(from == null ? PROCEDURE_CODE : FROM, "Tệp không có (hoặc có lỗi ở) thủ tục "
                        + code + (from == null ? "" : " phiên bản từ " + from) + " mà bảng quy trình này thuộc về"));
                continue;
            }
            if (candidates.size() > 1) {
                problems.add(row.problem(FROM, "Thủ tục " + code + " có " + candidates.size()
                        + " phiên bản trong tệp: ghi ngày hiệu lực của phiên bản mà quy trình thuộc về"));
                continue;
            }
            Catalogue.Version version = candidates.get(0);
            if (version.cases().stream().noneMatch(c -> c.code().equals(caseCode))) {
                problems.add(row.problem(CASE_CODE, "Thủ tục " + code + " từ " + version.effectiveFrom()
                        + " không có trường hợp '" + caseCode + "'"));
                continue;
            }
            String key = version.key() + "#" + caseCode;
            byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            origins.putIfAbsent(key, row);
            versionOfTable.put(key, version);
        }
        List<Catalogue.StepTable> tables = new ArrayList<>();
        for (Map.Entry<String, List<RawRow>> e : byTable.entrySet()) {
            Catalogue.StepTable table = stepTable(versionOfTable.get(e.getKey()), e.getValue(), cells);
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** The cells of one step row, checked on their own; null when one is bad (the problem is recorded). */
    private InternalProcessStep stepCells(RawRow row) {
        int before = problems.size();
        Integer order = positive(row, ORDER, true);
        String name = required(row, STEP_NAME);
        StepRole role = word(row, ROLE, Vocabulary.ROLES, true);
        String unit = row.value(STEP_UNIT);
        if (role == StepRole.PARTNER) {
            if (unit == null || !StepRole.PARTNER_ROLE.matcher(unit).matches()) {
                problems.add(row.problem(STEP_UNIT, "Bước liên thông cần vai trò cơ quan phối hợp của bảng co-quan-phoi-hop"
                        + " (CHỮ_HOA, ví dụ THUE, CONG_AN, UBND_XA)" + (unit == null ? "" : ", không phải '" + unit + "'")));
            }
        } else if (unit != null && known.units() == null) {
            problems.add(row.problem(STEP_UNIT, "Chưa áp dụng mô tả tỉnh nào: không kiểm tra được đơn vị '" + unit + "'"));
        } else if (unit != null && !known.units().contains(unit)) {
            problems.add(row.problem(STEP_UNIT, "Không có đơn vị, nhóm hay cơ quan '" + unit + "' trong mô tả tỉnh"));
        }
        BigDecimal share = decimal(row, SHARE);
        bool(row, VERIFIED, true);
        return problems.size() > before ? null : new InternalProcessStep(order, name, role, unit, share);
    }

    private Catalogue.StepTable stepTable(Catalogue.Version version, List<RawRow> rows, Map<RawRow, InternalProcessStep> cells) {
        int before = problems.size();
        String caseCode = rows.get(0).value(CASE_CODE);
        Catalogue.Case procedureCase = version.cases().stream().filter(c -> c.code().equals(caseCode)).findFirst()
                .orElseThrow();
        List<InternalProcessStep> steps = new ArrayList<>();
        Map<Integer, RawRow> orders = new HashMap<>();
        String source = null;
        boolean verified = true;
        boolean complete = true;
        for (RawRow row : rows) {
            InternalProcessStep step = cells.get(row);
            source = source == null ? row.value(SOURCE) : source;
            verified &= !Boolean.FALSE.equals(Vocabulary.word(Vocabulary.BOOLEANS, row.value(VERIFIED)));
            if (step == null) {
                complete = false;
                continue;
            }
            if (orders.putIfAbsent(step.order(), row) != null) {
                problems.add(row.problem(ORDER, "Trùng bước " + step.order() + " (đã có ở dòng "
                        + orders.get(step.order()).row() + ")"));
            }
            steps.add(step);
        }
        if (!complete) {
            return null;
        }
        for (int i = 1; i <= rows.size(); i++) {
            if (!orders.containsKey(i) && problems.size() == before) {
                problems.add(rows.get(0).problem(ORDER, "Các bước của thủ tục " + version.code() + " trường hợp "
                        + caseCode + " phải đánh số liên tục 1…" + rows.size() + ": thiếu bước " + i));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        steps.sort(java.util.Comparator.comparingInt(InternalProcessStep::order));
        InternalProcess process = new InternalProcess(version.code(), caseCode, version.effectiveFrom(),
                source == null ? version.source() : source, steps);
        BigDecimal legal = BigDecimal.valueOf(procedureCase.duration());
        if (process.totalShare().compareTo(legal) != 0) {
            RawRow last = rows.get(rows.size() - 1);
            problems.add(last.problem(SHARE, "Tổng thời gian các bước của thủ tục " + version.code() + " trường hợp "
                    + caseCode + " là " + process.totalShare().toPlainString() + ", khác thời hạn giải quyết "
                    + procedureCase.duration() + " " + unitName(procedureCase.unit())));
            return null;
        }
        return new Catalogue.StepTable(process, verified);
    }

    private static String unitName(WorkingTimeUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> "ngày làm việc";
            case WORKING_HOURS -> "giờ làm việc";
            case CALENDAR_DAYS -> "ngày";
        };
    }

    // ---------------------------------------------------------------- cells

    private String required(RawRow row, String field) {
        String value = row.value(field);
        if (value == null) {
            problems.add(row.problem(field, "Thiếu giá trị"));
        }
        return value;
    }

    private String procedureCode(RawRow row, String field) {
        String code = required(row, field);
        if (code != null && !Vocabulary.PROCEDURE_CODE.matcher(code).matches()) {
            problems.add(row.problem(field, "Mã thủ tục phải như 1.001612: '" + code + "'"));
            return null;
        }
        return code;
    }

    /**
     * The typed value of a cell, or null: absent (a problem when required) or not accepted by {@code parse}, whose
     * null answer records "{@code message}: '{@code text}'".
     */
    private <T> T cell(RawRow row, String field, boolean required, java.util.function.Function<String, T> parse,
                       String message) {
        String text = required ? required(row, field) : row.value(field);
        if (text == null) {
            return null;
        }
        T value = parse.apply(text);
        if (value == null) {
            problems.add(row.problem(field, message + ": '" + text + "'"));
        }
        return value;
    }

    private LocalDate date(RawRow row, String field, boolean required) {
        return cell(row, field, required, Vocabulary::date, "Ngày không hợp lệ (dd/MM/yyyy hoặc yyyy-MM-dd)");
    }

    private Integer positive(RawRow row, String field, boolean required) {
        return cell(row, field, required, t -> {
            Integer n = Vocabulary.integer(t);
            return n == null || n < 1 ? null : n;
        }, "Phải là số nguyên dương");
    }

    private BigDecimal decimal(RawRow row, String field) {
        return cell(row, field, true, t -> {
            BigDecimal n = Vocabulary.decimal(t);
            return n == null || n.signum() <= 0 ? null : n;
        }, "Phải là số dương, tối đa 3 chữ số thập phân");
    }

    private Boolean bool(RawRow row, String field, boolean absent) {
        String text = row.value(field);
        if (text == null) {
            return absent;
        }
        Boolean b = Vocabulary.word(Vocabulary.BOOLEANS, text);
        if (b == null) {
            problems.add(row.problem(field, "Phải là 'có' hoặc 'không': '" + text + "'"));
        }
        return b;
    }

    private <T> T word(RawRow row, String field, Map<String, T> words, boolean required) {
        return cell(row, field, required, t -> Vocabulary.word(words, t), "Giá trị không được chấp nhận (được: "
                + String.join(", ", new java.util.TreeSet<>(words.keySet())) + ")");
    }

}
