package vn.motcua.province;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One version of a province's description (docs/province.md). Plain data as read from {@code province.json};
 * dates are kept as text so that {@link ProvinceValidator} can name a bad one. Absent lists read as empty.
 *
 * @param id             a stable identifier of the province (e.g. {@code binh-phuoc})
 * @param version        the version of this description, e.g. {@code 2025-07-01.1}; recorded with every change
 * @param provinceGroups groups of the whole province (role {@code manager}: members of every tenant; {@code analyst})
 */
public record Province(String id, String name, String version, List<AgencyEntry> agencies,
                       List<ServiceCentre> serviceCentres, List<GroupEntry> provinceGroups) {

    public Province {
        agencies = orEmpty(agencies);
        serviceCentres = orEmpty(serviceCentres);
        provinceGroups = orEmpty(provinceGroups);
    }

    /**
     * An agency (cơ quan).
     *
     * @param code          identifier code (mã định danh), also the engine's tenant id
     * @param level         PROVINCE, DEPARTMENT, DISTRICT or COMMUNE
     * @param parent        identifier code of the parent agency; absent for the province itself
     * @param effectiveFrom first day (yyyy-MM-dd), optional
     * @param effectiveTo   last day (yyyy-MM-dd), optional: a closed agency keeps its tenant for running dossiers
     * @param desk          id of the service centre (one-stop desk group) where its dossiers are received
     * @param units         its units (phòng, bộ phận) and their groups
     * @param partners      groups of other agencies that cooperate on its dossiers (members of its tenant)
     * @param resolves      catalogue codes of the procedures it resolves
     * @param successor     identifier code of the agency it is merged into (sáp nhập), optional; needs an
     *                      {@code effectiveTo}: from the next day its new dossiers go to the successor, whose groups
     *                      also see its running dossiers (docs/province.md, "Reorganising")
     */
    public record AgencyEntry(String code, String name, String level, String parent, String effectiveFrom,
                              String effectiveTo, String desk, List<Unit> units, List<String> partners,
                              List<String> resolves, String successor) {
        public AgencyEntry {
            parent = parent == null || parent.isBlank() ? null : parent;
            successor = successor == null || successor.isBlank() ? null : successor;
            units = orEmpty(units);
            partners = orEmpty(partners);
            resolves = orEmpty(resolves);
        }

        /** An agency that is not merged into another. */
        public AgencyEntry(String code, String name, String level, String parent, String effectiveFrom,
                           String effectiveTo, String desk, List<Unit> units, List<String> partners,
                           List<String> resolves) {
            this(code, name, level, parent, effectiveFrom, effectiveTo, desk, units, partners, resolves, null);
        }

        /** This agency merged into {@code successorCode} after {@code lastDay}. */
        public AgencyEntry mergedInto(String successorCode, String lastDay) {
            return new AgencyEntry(code, name, level, parent, effectiveFrom, lastDay, desk, units, partners, resolves,
                    successorCode);
        }

        /** This agency under a new name (same identifier code). */
        public AgencyEntry renamed(String newName) {
            return new AgencyEntry(code, newName, level, parent, effectiveFrom, effectiveTo, desk, units, partners,
                    resolves, successor);
        }

        /** The groups of all its units. */
        public Stream<GroupEntry> groups() {
            return units.stream().flatMap(u -> u.groups().stream());
        }
    }

    /** A unit of an agency and its groups. */
    public record Unit(String id, String name, List<GroupEntry> groups) {
        public Unit {
            groups = orEmpty(groups);
        }
    }

    /**
     * A group (Camunda group id and name) with its role: intake, handler, head, signer, return, manager, partner
     * (units) or manager, analyst (province groups).
     */
    public record GroupEntry(String id, String name, String role) {
    }

    /** A service centre (receiving desk, bộ phận một cửa): its group id, name, and the agencies it receives for. */
    public record ServiceCentre(String id, String name, List<String> receivesFor) {
        public ServiceCentre {
            receivesFor = orEmpty(receivesFor);
        }
    }

    /** Every group the description names: service centres, units' groups, province groups. */
    public Stream<GroupEntry> allGroups() {
        return Stream.of(serviceCentres.stream().map(c -> new GroupEntry(c.id(), c.name(), "intake")),
                agencies.stream().flatMap(AgencyEntry::groups), provinceGroups.stream()).flatMap(s -> s);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
