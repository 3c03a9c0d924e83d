package vn.motcua.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.motcua.procedure.InternalProcess;

/**
 * A large catalogue made from the sample by varying codes (docs/performance.md, "Catalogue import"): the versions in
 * force of the sample's procedures, over and over, each copy under a new code {@code 9.<base + i>} with its step tables.
 */
final class ScaledCatalogue {

    private ScaledCatalogue() {
    }

    static Catalogue of(Catalogue sample, int procedures, int base) {
        List<Catalogue.Version> current = sample.procedures().stream().filter(v -> v.effectiveTo() == null).toList();
        Map<String, List<Catalogue.StepTable>> tables = sample.stepTables().stream()
                .collect(Collectors.groupingBy(t -> t.process().procedureCode() + "@" + t.process().effectiveFrom()));
        List<Catalogue.Version> versions = new ArrayList<>();
        List<Catalogue.StepTable> steps = new ArrayList<>();
        for (int i = 0; i < procedures; i++) {
            Catalogue.Version v = current.get(i % current.size());
            String code = "9." + String.format("%06d", base + i);
            versions.add(new Catalogue.Version(code, v.name(), v.field(), v.level(), null, null, v.onlineServiceType(),
                    v.effectiveFrom(), null, v.source(), v.verified(), v.cases()));
            for (Catalogue.StepTable t : tables.getOrDefault(v.key(), List.of())) {
                InternalProcess p = t.process();
                steps.add(new Catalogue.StepTable(new InternalProcess(code, p.caseCode(), p.effectiveFrom(), p.source(),
                        p.steps()), t.verified()));
            }
        }
        return new Catalogue(versions, steps);
    }
}
