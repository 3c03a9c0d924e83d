package vn.motcua.province;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.dossier.FieldProblem;
import vn.motcua.procedure.AgencyLevel;

/**
 * Checks a province description and names every bad field (docs/province.md, "Validation"): missing values,
 * unknown level, duplicate identifier, unknown parent, a cycle of parents, bad or reversed dates, a desk or
 * partner group that does not exist, a service centre receiving for an unknown agency, a procedure code the
 * catalogue does not have, and a procedure that must be resolved (one whose model ships with the application) that no
 * agency resolves. Plain Java, no I/O.
 */
public final class ProvinceValidator {

    static final Set<String> UNIT_ROLES = Set.of("intake", "handler", "head", "signer", "return", "manager", "partner");
    static final Set<String> PROVINCE_ROLES = Set.of("manager", "analyst");

    private final List<FieldProblem> problems = new ArrayList<>();

    private ProvinceValidator() {
    }

    /**
     * The problems of a description; empty when it is valid.
     *
     * @param catalogue the catalogue's procedure codes, or null to skip the procedure checks
     */
    public static List<FieldProblem> validate(Province province, Set<String> catalogue) {
        return validate(province, catalogue, catalogue);
    }

    /**
     * As {@link #validate(Province, Set)}, with only the codes of {@code mustResolve} required to have a resolving
     * agency: a province's imported catalogue (issue 17, 1,500–2,000 procedures) holds many procedures no agency runs
     * in Motcua yet; an agency takes one on when its model and routing are deployed (docs/analyst-guide.md, 0a).
     */
    public static List<FieldProblem> validate(Province province, Set<String> catalogue, Set<String> mustResolve) {
        ProvinceValidator v = new ProvinceValidator();
        v.check(province, catalogue, mustResolve);
        return List.copyOf(v.problems);
    }

    /** Throws {@link InvalidProvince} naming every problem, if there is any. */
    public static void require(Province province, Set<String> catalogue, Set<String> mustResolve) {
        List<FieldProblem> problems = validate(province, catalogue, mustResolve);
        if (!problems.isEmpty()) {
            throw new InvalidProvince(problems);
        }
    }

    private void check(Province p, Set<String> catalogue, Set<String> mustResolve) {
        required("id", p.id());
        required("name", p.name());
        required("version", p.version());

        Map<String, Integer> agencyIndex = new HashMap<>();
        for (int i = 0; i < p.agencies().size(); i++) {
            Province.AgencyEntry a = p.agencies().get(i);
            String at = "agencies[" + i + "]";
            if (required(at + ".code", a.code())) {
                Integer before = agencyIndex.putIfAbsent(a.code(), i);
                if (before != null) {
                    problem(at + ".code", "Trùng mã định danh '" + a.code() + "' (đã có ở agencies[" + before + "])");
                }
            }
            required(at + ".name", a.name());
            if (required(at + ".level", a.level()) && !isLevel(a.level())) {
                problem(at + ".level", "Cấp '" + a.level() + "' không có; dùng một trong PROVINCE, DEPARTMENT, DISTRICT, COMMUNE");
            }
            LocalDate from = date(at + ".effectiveFrom", a.effectiveFrom());
            LocalDate to = date(at + ".effectiveTo", a.effectiveTo());
            if (from != null && to != null && to.isBefore(from)) {
                problem(at + ".effectiveTo", "Ngày hết hiệu lực " + to + " trước ngày có hiệu lực " + from);
            }
        }
        if (p.agencies().isEmpty()) {
            problem("agencies", "Cần ít nhất một cơ quan");
        }

        Map<String, String> groupAt = new HashMap<>();
        for (int i = 0; i < p.serviceCentres().size(); i++) {
            Province.ServiceCentre c = p.serviceCentres().get(i);
            String at = "serviceCentres[" + i + "]";
            if (required(at + ".id", c.id())) {
                group(groupAt, at + ".id", c.id());
            }
            required(at + ".name", c.name());
            for (int j = 0; j < c.receivesFor().size(); j++) {
                if (!agencyIndex.containsKey(c.receivesFor().get(j))) {
                    problem(at + ".receivesFor[" + j + "]", "Không có cơ quan mã '" + c.receivesFor().get(j) + "'");
                }
            }
        }
        for (int i = 0; i < p.agencies().size(); i++) {
            Province.AgencyEntry a = p.agencies().get(i);
            for (int u = 0; u < a.units().size(); u++) {
                Province.Unit unit = a.units().get(u);
                String ut = "agencies[" + i + "].units[" + u + "]";
                required(ut + ".id", unit.id());
                required(ut + ".name", unit.name());
                for (int g = 0; g < unit.groups().size(); g++) {
                    groupEntry(groupAt, ut + ".groups[" + g + "]", unit.groups().get(g), UNIT_ROLES);
                }
            }
        }
        for (int i = 0; i < p.provinceGroups().size(); i++) {
            groupEntry(groupAt, "provinceGroups[" + i + "]", p.provinceGroups().get(i), PROVINCE_ROLES);
        }

        Set<String> resolved = new HashSet<>();
        for (int i = 0; i < p.agencies().size(); i++) {
            Province.AgencyEntry a = p.agencies().get(i);
            String at = "agencies[" + i + "]";
            if (a.parent() != null && !a.parent().isBlank() && !agencyIndex.containsKey(a.parent())) {
                problem(at + ".parent", "Không có cơ quan cấp trên mã '" + a.parent() + "'");
            }
            if (required(at + ".desk", a.desk())) {
                Province.ServiceCentre desk = p.serviceCentres().stream().filter(c -> a.desk().equals(c.id())).findFirst().orElse(null);
                if (desk == null) {
                    problem(at + ".desk", "Không có bộ phận một cửa (serviceCentres) mã '" + a.desk() + "'");
                } else if (a.code() != null && !desk.receivesFor().contains(a.code())) {
                    problem(at + ".desk", "Bộ phận một cửa '" + a.desk() + "' không tiếp nhận cho cơ quan '" + a.code()
                            + "' (thêm mã vào receivesFor)");
                }
            }
            for (int j = 0; j < a.partners().size(); j++) {
                if (!groupAt.containsKey(a.partners().get(j))) {
                    problem(at + ".partners[" + j + "]", "Không có nhóm '" + a.partners().get(j) + "'");
                }
            }
            for (int j = 0; j < a.resolves().size(); j++) {
                String code = a.resolves().get(j);
                resolved.add(code);
                if (catalogue != null && !catalogue.contains(code)) {
                    problem(at + ".resolves[" + j + "]", "Danh mục thủ tục không có mã '" + code + "'");
                }
            }
        }
        if (mustResolve != null) {
            mustResolve.stream().sorted().filter(code -> !resolved.contains(code)).forEach(code ->
                    problem("agencies[*].resolves", "Thủ tục '" + code + "' của danh mục không có cơ quan nào giải quyết"));
        }
        cycles(p, agencyIndex);
        successors(p, agencyIndex);
    }

    /**
     * A merged agency names an existing successor other than itself, has a last day, the successor is in force
     * the day after and resolves every procedure it resolved; successors form no cycle.
     */
    private void successors(Province p, Map<String, Integer> agencyIndex) {
        for (int i = 0; i < p.agencies().size(); i++) {
            Province.AgencyEntry a = p.agencies().get(i);
            String at = "agencies[" + i + "].successor";
            if (a.successor() == null) {
                continue;
            }
            Integer s = agencyIndex.get(a.successor());
            if (s == null) {
                problem(at, "Không có cơ quan kế thừa mã '" + a.successor() + "'");
                continue;
            }
            if (s == i) {
                problem(at, "Cơ quan '" + a.code() + "' không thể sáp nhập vào chính nó");
                continue;
            }
            Province.AgencyEntry successor = p.agencies().get(s);
            LocalDate lastDay = quiet(a.effectiveTo());
            if (lastDay == null) {
                problem("agencies[" + i + "].effectiveTo", "Cơ quan sáp nhập vào '" + a.successor()
                        + "' cần ngày cuối tiếp nhận hồ sơ (effectiveTo)");
            } else {
                LocalDate from = quiet(successor.effectiveFrom());
                LocalDate to = quiet(successor.effectiveTo());
                if (from != null && from.isAfter(lastDay.plusDays(1))) {
                    problem(at, "Cơ quan kế thừa '" + a.successor() + "' chỉ có hiệu lực từ " + from + ", sau ngày "
                            + lastDay.plusDays(1) + " (ngày sau ngày cuối của '" + a.code() + "')");
                }
                if (to != null && !to.isAfter(lastDay) && successor.successor() == null) {
                    problem(at, "Cơ quan kế thừa '" + a.successor() + "' hết hiệu lực ngày " + to
                            + ", không sau ngày cuối " + lastDay + " của '" + a.code() + "'");
                }
            }
            for (String code : a.resolves()) {
                if (!successor.resolves().contains(code) && successor.successor() == null) {
                    problem(at, "Cơ quan kế thừa '" + a.successor() + "' không giải quyết thủ tục '" + code
                            + "' của '" + a.code() + "' (thêm vào resolves của cơ quan kế thừa)");
                }
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < p.agencies().size(); i++) {
            Set<Integer> seen = new LinkedHashSet<>();
            Integer at = i;
            while (at != null && seen.add(at)) {
                String next = p.agencies().get(at).successor();
                at = next == null ? null : agencyIndex.get(next);
            }
            if (at != null && at == i && seen.size() > 1 && reported.add(i)) {
                problem("agencies[" + i + "].successor", "Vòng lặp sáp nhập: " + String.join(" → ",
                        seen.stream().map(j -> p.agencies().get(j).code()).toList()) + " → " + p.agencies().get(i).code());
            }
        }
    }

    private static LocalDate quiet(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void cycles(Province p, Map<String, Integer> agencyIndex) {
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < p.agencies().size(); i++) {
            Set<Integer> seen = new LinkedHashSet<>();
            Integer at = i;
            while (at != null && seen.add(at)) {
                String parent = p.agencies().get(at).parent();
                at = parent == null ? null : agencyIndex.get(parent);
            }
            if (at != null && seen.contains(i) && reported.add(i)) {
                problem("agencies[" + i + "].parent", "Vòng lặp cơ quan cấp trên: " + String.join(" → ",
                        seen.stream().map(j -> p.agencies().get(j).code()).toList()) + " → " + p.agencies().get(i).code());
            }
        }
    }

    private void groupEntry(Map<String, String> groupAt, String at, Province.GroupEntry g, Set<String> roles) {
        if (required(at + ".id", g.id())) {
            group(groupAt, at + ".id", g.id());
        }
        required(at + ".name", g.name());
        if (required(at + ".role", g.role()) && !roles.contains(g.role())) {
            problem(at + ".role", "Vai trò '" + g.role() + "' không có; dùng một trong " + roles.stream().sorted().toList());
        }
    }

    private void group(Map<String, String> groupAt, String at, String id) {
        String before = groupAt.putIfAbsent(id, at);
        if (before != null) {
            problem(at, "Trùng mã nhóm '" + id + "' (đã có ở " + before + ")");
        }
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(field, "Ngày '" + value + "' không đúng dạng yyyy-MM-dd");
            return null;
        }
    }

    private static boolean isLevel(String level) {
        for (AgencyLevel l : AgencyLevel.values()) {
            if (l.name().equals(level)) {
                return true;
            }
        }
        return false;
    }

    private boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "Bắt buộc");
            return false;
        }
        return true;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }
}
