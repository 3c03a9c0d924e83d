package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.procedure.InternalProcessTables;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.province.Province;
import vn.motcua.province.ProvinceApplier;

/**
 * Imports a catalogue (docs/catalogue-import.md): reads the upload, checks it whole against the agencies in the
 * database and the province in force, compares it with the stored catalogue and, on apply, writes what is new in one
 * transaction. Idempotent: the same file again changes nothing. A version (code and effective date) already stored
 * keeps its legal content for ever: a changed procedure comes as a new version with its own effective date; the same
 * version with other durations, cases or papers is refused, naming it. Only its description (source, verified flag,
 * agency, a last day not in the past) is brought up to date.
 */
@Service
public class CatalogueImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);

    private final CatalogueStore store;
    private final InternalProcessTables stepTables;
    private final AgencyRepository agencies;
    private final ProvinceApplier province;
    private final ProcedureCatalog catalog;

    CatalogueImport(CatalogueStore store, InternalProcessTables stepTables, AgencyRepository agencies,
                    ProvinceApplier province, ProcedureCatalog catalog) {
        this.store = store;
        this.stepTables = stepTables;
        this.agencies = agencies;
        this.province = province;
        this.catalog = catalog;
    }

    /** What an import does to one version or step table. */
    public enum Kind {
        NEW_PROCEDURE, NEW_VERSION, UNCHANGED, DESCRIPTION, NEW_STEP_TABLE, UNCHANGED_STEP_TABLE, STEP_TABLE_DESCRIPTION
    }

    /** One line of the diff. */
    public record Change(Kind kind, String code, LocalDate effectiveFrom, String caseCode, String detail) {
    }

    /**
     * The diff of a file against the stored catalogue, or what was applied: counts by kind, and the changes (the
     * unchanged versions and tables are counted, not listed).
     */
    public record Report(boolean applied, Map<Kind, Integer> counts, List<Change> changes) {
    }

    /** The changes the upload would make; writes nothing. */
    @Transactional(readOnly = true)
    public Report diff(byte[] upload) {
        return plan(upload).report(false);
    }

    /** Applies the upload in one transaction; nothing is written when any row is bad. */
    @Transactional
    public Report apply(byte[] upload, String actor) {
        Plan plan = plan(upload);
        Map<String, Long> ids = new HashMap<>(plan.storedIds);
        ids.putAll(store.insert(plan.newVersions, plan.processKeys));
        store.insertStepTables(plan.newTables, ids);
        plan.described.forEach(store::describe);
        plan.describedTables.forEach(store::describeStepTable);
        Report report = plan.report(true);
        log.info("Catalogue import by {}: {}", actor, report.counts());
        return report;
    }

    /** The upload read and checked (formats, rows, agencies, units), without comparing it with the database. */
    public Catalogue read(byte[] upload) {
        return check(upload).catalogue();
    }

    private CatalogueReader.Read check(byte[] upload) {
        CatalogueFormats.Tables tables = CatalogueFormats.read(upload);
        return CatalogueReader.read(tables.procedures(), tables.steps(), known());
    }

    private CatalogueReader.Known known() {
        Set<String> agencyCodes = new HashSet<>();
        agencies.findAll().stream().map(Agency::getCode).forEach(agencyCodes::add);
        Province current = province.current();
        if (current == null) {
            return new CatalogueReader.Known(agencyCodes, null);
        }
        Set<String> units = new HashSet<>(agencyCodes);
        for (Province.AgencyEntry a : current.agencies()) {
            units.add(a.code());
            units.add(a.desk());
            units.addAll(a.partners());
            for (Province.Unit u : a.units()) {
                units.add(u.id());
                u.groups().forEach(g -> units.add(g.id()));
            }
        }
        current.serviceCentres().forEach(c -> units.add(c.id()));
        current.provinceGroups().forEach(g -> units.add(g.id()));
        units.remove(null);
        return new CatalogueReader.Known(agencyCodes, units);
    }

    private final class Plan {
        final List<Catalogue.Version> newVersions = new ArrayList<>();
        final Map<String, String> processKeys = new HashMap<>();
        final Map<String, Long> storedIds = new HashMap<>();
        final List<Catalogue.StepTable> newTables = new ArrayList<>();
        final Map<Long, Catalogue.Version> described = new HashMap<>();
        final Map<Long, Catalogue.StepTable> describedTables = new HashMap<>();
        final List<Change> changes = new ArrayList<>();
        final Map<Kind, Integer> counts = new TreeMap<>();

        void add(Change change) {
            counts.merge(change.kind(), 1, Integer::sum);
            if (change.kind() != Kind.UNCHANGED && change.kind() != Kind.UNCHANGED_STEP_TABLE) {
                changes.add(change);
            }
        }

        Report report(boolean applied) {
            return new Report(applied, Map.copyOf(counts), List.copyOf(changes));
        }
    }

    private Plan plan(byte[] upload) {
        CatalogueReader.Read read = check(upload);
        Catalogue catalogue = read.catalogue();
        LocalDate today = catalog.today();
        Map<String, CatalogueStore.StoredVersion> stored = store.versions();
        Map<String, String> latestKeyOfCode = new HashMap<>();
        stored.values().forEach(s -> latestKeyOfCode.put(s.version().code(), s.version().processKey()));
        Plan plan = new Plan();
        List<CatalogueProblem> problems = new ArrayList<>();
        Set<String> storedCodes = new HashSet<>();
        stored.values().forEach(s -> storedCodes.add(s.version().code()));

        for (Catalogue.Version v : catalogue.procedures()) {
            String processKey = v.processKey() != null ? v.processKey()
                    : latestKeyOfCode.getOrDefault(v.code(), "tthc-" + v.code().replace('.', '-'));
            latestKeyOfCode.putIfAbsent(v.code(), processKey);
            CatalogueStore.StoredVersion existing = stored.get(v.key());
            if (existing == null) {
                plan.newVersions.add(v);
                plan.processKeys.put(v.key(), processKey);
                plan.add(new Change(storedCodes.contains(v.code()) ? Kind.NEW_VERSION : Kind.NEW_PROCEDURE, v.code(),
                        v.effectiveFrom(), null, v.name()));
                continue;
            }
            plan.storedIds.put(v.key(), existing.id());
            Catalogue.Version old = existing.version();
            String difference = legalDifference(old, v, processKey);
            if (difference != null) {
                problems.add(read.problem(v.key(), Sheets.FROM, "Phiên bản " + v.code() + " từ " + v.effectiveFrom()
                        + " đã có trong danh mục và khác ở " + difference + ": không sửa phiên bản đã lưu; hãy nhập "
                        + "thay đổi như một phiên bản mới với ngày hiệu lực mới"));
                continue;
            }
            if (!Objects.equals(old.effectiveTo(), v.effectiveTo()) && v.effectiveTo() != null && v.effectiveTo().isBefore(today)) {
                problems.add(read.problem(v.key(), Sheets.TO, "Ngày hết hiệu lực " + v.effectiveTo()
                        + " đã qua: không sửa quá khứ của phiên bản đã lưu (đang là " + old.effectiveTo() + ")"));
                continue;
            }
            if (!Objects.equals(old.source(), v.source()) || old.verified() != v.verified()
                    || !Objects.equals(old.agency(), v.agency()) || !Objects.equals(old.effectiveTo(), v.effectiveTo())) {
                plan.described.put(existing.id(), v);
                plan.add(new Change(Kind.DESCRIPTION, v.code(), v.effectiveFrom(), null,
                        "nguồn, kiểm chứng, cơ quan hoặc ngày hết hiệu lực"));
            } else {
                plan.add(new Change(Kind.UNCHANGED, v.code(), v.effectiveFrom(), null, null));
            }
        }

        Map<String, vn.motcua.procedure.InternalProcessTables.Stored> storedTables = new HashMap<>();
        for (var t : stepTables.all()) {
            storedTables.put(t.process().procedureCode() + "@" + t.process().effectiveFrom() + "#" + t.process().caseCode(), t);
        }
        for (Catalogue.StepTable t : catalogue.stepTables()) {
            var existing = storedTables.get(t.key());
            if (existing == null) {
                plan.newTables.add(t);
                plan.add(new Change(Kind.NEW_STEP_TABLE, t.process().procedureCode(), t.process().effectiveFrom(),
                        t.process().caseCode(), t.process().steps().size() + " bước"));
            } else if (!existing.process().steps().equals(t.process().steps())) {
                problems.add(read.problem(t.key(), Sheets.SHARE, "Quy trình nội bộ của thủ tục "
                        + t.process().procedureCode() + " từ " + t.process().effectiveFrom() + " trường hợp "
                        + t.process().caseCode() + " đã lưu với các bước khác: quy trình mới đi cùng phiên bản mới"));
            } else if (!Objects.equals(existing.process().source(), t.process().source()) || existing.verified() != t.verified()) {
                plan.describedTables.put(existing.id(), t);
                plan.add(new Change(Kind.STEP_TABLE_DESCRIPTION, t.process().procedureCode(), t.process().effectiveFrom(),
                        t.process().caseCode(), "nguồn hoặc kiểm chứng"));
            } else {
                plan.add(new Change(Kind.UNCHANGED_STEP_TABLE, t.process().procedureCode(), t.process().effectiveFrom(),
                        t.process().caseCode(), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogue(problems);
        }
        return plan;
    }

    /** The first legal field in which a stored version and its import differ, or null when they agree. */
    static String legalDifference(Catalogue.Version old, Catalogue.Version imported, String processKey) {
        if (!Objects.equals(old.name(), imported.name())) {
            return "tên thủ tục";
        }
        if (!Objects.equals(old.field(), imported.field())) {
            return "lĩnh vực";
        }
        if (old.level() != imported.level()) {
            return "cấp thực hiện";
        }
        if (old.onlineServiceType() != imported.onlineServiceType()) {
            return "mức độ dịch vụ công trực tuyến";
        }
        if (!Objects.equals(old.processKey(), processKey)) {
            return "mã quy trình";
        }
        if (old.cases().size() != imported.cases().size()) {
            return "số trường hợp";
        }
        for (int i = 0; i < old.cases().size(); i++) {
            Catalogue.Case a = old.cases().get(i);
            Catalogue.Case b = imported.cases().get(i);
            if (!a.equals(b)) {
                return "trường hợp " + b.code() + (a.components().equals(b.components()) ? " (thời hạn, phí hoặc cách tính)"
                        : " (thành phần hồ sơ)");
            }
        }
        return null;
    }
}
