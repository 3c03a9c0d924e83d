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
        int added = 0;
        for (ProcedureEntry e : entries) {
            var existing = procedures.findByCodeAndEffectiveFrom(e.code(), e.effectiveFrom());
            if (existing.isPresent()) {
                existing.get().update(e.name(), e.field(), e.processKey(), e.onlineServiceType(), e.effectiveTo());
                existing.get().describe(e.level(), e.source());
                continue;
            }
            procedures.save(e.toEntity());
            added++;
        }
        log.info("Procedure catalogue: {} entries in {}, {} added", entries.size(), file.getFilename(), added);
    }

    record ProcedureEntry(String code, String name, String field, String processKey,
                          OnlineServiceType onlineServiceType, LocalDate effectiveFrom, LocalDate effectiveTo,
                          AgencyLevel level, String source, List<CaseEntry> cases) {

        AdministrativeProcedure toEntity() {
            var procedure = new AdministrativeProcedure(code, name, field, processKey, onlineServiceType,
                    effectiveFrom, effectiveTo);
            procedure.describe(level, source);
            for (CaseEntry c : cases) {
                var procedureCase = procedure.addCase(new ProcedureCase(c.code(), c.name(), c.duration(), c.unit(),
                        c.onlineDuration(), c.noAppointment(), c.after1500NextDay(), c.pausePolicy(), c.feeVnd())
                        .withPostalDuration(c.postalDuration()));
                int order = 0;
                for (ComponentEntry component : c.components()) {
                    procedureCase.addComponent(new ProcedureComponent(component.code(), component.name(),
                            component.mandatory(), component.copies() == null ? 1 : component.copies(), ++order));
                }
            }
            return procedure;
        }
    }

    record CaseEntry(String code, String name, int duration, WorkingTimeUnit unit, Integer onlineDuration,
                     Integer postalDuration, boolean noAppointment, boolean after1500NextDay, PausePolicy pausePolicy, long feeVnd,
                     List<ComponentEntry> components) {
    }

    record ComponentEntry(String code, String name, boolean mandatory, Integer copies) {
    }
}
