package vn.motcua.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.WorkingTimeUnit;

/**
 * Loads the procedure catalogue from the versioned data file {@code catalog/procedures.json} at start, in
 * every profile. Each entry is one version of a procedure (code, effective dates, level of the resolving
 * agency, cases and durations). A version already present (same code and effective date) keeps its cases, so
 * dossiers keep the rules they were received under; only its description (name, end date, level, source) is
 * brought up to date. A legal change is published as a new version with a new {@code effectiveFrom}.
 */
@Component
class CatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    private final ProcedureRepository procedures;
    private final ObjectMapper json;
    private final Resource file;

    CatalogLoader(ProcedureRepository procedures, ObjectMapper json,
                  @Value("${motcua.catalog.procedures:classpath:catalog/procedures.json}") Resource file) {
        this.procedures = procedures;
        this.json = json;
        this.file = file;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void load() throws IOException {
        List<ProcedureEntry> entries;
        try (InputStream in = file.getInputStream()) {
            entries = List.of(json.readValue(in, ProcedureEntry[].class));
        }
        entries.forEach(ProcedureEntry::check);
        int added = 0;
        for (ProcedureEntry e : entries) {
            var existing = procedures.findByCodeAndEffectiveFrom(e.code(), e.effectiveFrom());
            if (existing.isPresent()) {
                existing.get().update(e.name(), e.field(), e.processKey(), e.onlineServiceType(), e.effectiveTo());
                existing.get().describe(e.level(), e.source());
                existing.get().centralisedSystem(e.systemPrefix(), e.systemPrefixSource());
                e.describeScans(existing.get());
                continue;
            }
            procedures.save(e.toEntity());
            added++;
        }
        log.info("Procedure catalogue: {} entries in {}, {} added", entries.size(), file.getFilename(), added);
    }

    /** The system prefix AA of Circular 04/2025: exactly two digits. */
    static final java.util.regex.Pattern SYSTEM_PREFIX = java.util.regex.Pattern.compile("[0-9]{2}");

    record ProcedureEntry(String code, String name, String field, String processKey,
                          OnlineServiceType onlineServiceType, LocalDate effectiveFrom, LocalDate effectiveTo,
                          AgencyLevel level, String source, String systemPrefix, String systemPrefixSource,
                          List<CaseEntry> cases) {

        /** A bad value stops the load, naming the version and the field. */
        void check() {
            String where = "catalogue " + code + " from " + effectiveFrom + ": ";
            if (systemPrefix != null && !SYSTEM_PREFIX.matcher(systemPrefix).matches()) {
                throw new IllegalStateException(where + "systemPrefix '" + systemPrefix
                        + "' must be exactly 2 digits (Circular 04/2025/TT-VPCP)");
            }
            if (systemPrefix != null && (systemPrefixSource == null || systemPrefixSource.isBlank())) {
                throw new IllegalStateException(where + "systemPrefix needs systemPrefixSource");
            }
            for (CaseEntry c : cases) {
                for (ComponentEntry component : c.components()) {
                    if (component.scanExemption() != null && component.scanExemption() != ScanExemption.NONE
                            && (component.scanSource() == null || component.scanSource().isBlank())) {
                        throw new IllegalStateException(where + c.code() + "." + component.code()
                                + ": scanExemption needs scanSource");
                    }
                }
            }
        }

        /** The scan exemptions of a version already loaded: description, refreshed like its name. */
        void describeScans(AdministrativeProcedure procedure) {
            for (CaseEntry c : cases) {
                procedure.findCase(c.code()).ifPresent(loaded -> c.components().forEach(component ->
                        loaded.getComponents().stream().filter(pc -> pc.getCode().equals(component.code()))
                                .forEach(pc -> pc.describeScan(component.scanExemption(), component.scanSource()))));
            }
        }

        AdministrativeProcedure toEntity() {
            var procedure = new AdministrativeProcedure(code, name, field, processKey, onlineServiceType,
                    effectiveFrom, effectiveTo);
            procedure.describe(level, source);
            procedure.centralisedSystem(systemPrefix, systemPrefixSource);
            for (CaseEntry c : cases) {
                var procedureCase = procedure.addCase(new ProcedureCase(c.code(), c.name(), c.duration(), c.unit(),
                        c.onlineDuration(), c.noAppointment(), c.after1500NextDay(), c.pausePolicy(), c.feeVnd())
                        .withPostalDuration(c.postalDuration()));
                int order = 0;
                for (ComponentEntry component : c.components()) {
                    procedureCase.addComponent(new ProcedureComponent(component.code(), component.name(),
                            component.mandatory(), component.copies() == null ? 1 : component.copies(), ++order))
                            .describeScan(component.scanExemption(), component.scanSource());
                }
            }
            return procedure;
        }
    }

    record CaseEntry(String code, String name, int duration, WorkingTimeUnit unit, Integer onlineDuration,
                     Integer postalDuration, boolean noAppointment, boolean after1500NextDay, PausePolicy pausePolicy, long feeVnd,
                     List<ComponentEntry> components) {
    }

    record ComponentEntry(String code, String name, boolean mandatory, Integer copies, ScanExemption scanExemption,
                          String scanSource) {
    }
}
