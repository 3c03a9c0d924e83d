package vn.motcua.province;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies the configured province file set at start, in every profile (after the procedure catalogue, before
 * the demo people and dossiers). An invalid file stops the start with every bad field named. With
 * {@code motcua.province.dry-run=true} the changes are only listed.
 */
@Component
class ProvinceAtStart {

    private static final Logger log = LoggerFactory.getLogger(ProvinceAtStart.class);

    private final ProvinceProperties properties;
    private final ProvinceApplier applier;

    ProvinceAtStart(ProvinceProperties properties, ProvinceApplier applier) {
        this.properties = properties;
        this.applier = applier;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void apply() {
        if (!properties.configured()) {
            log.warn("No province file set (motcua.province.dir or motcua.province.location): agencies, groups and"
                    + " grants are not set up; see docs/province.md");
            return;
        }
        Province province = properties.read();
        if (properties.dryRun()) {
            List<Change> changes = applier.diff(province);
            log.info("Province {} version {} (dry run): {} changes", province.id(), province.version(), changes.size());
            changes.forEach(c -> log.info("  would {}", c));
            return;
        }
        List<ProvinceChange> rows = applier.apply(province, "start");
        log.info("Province {} version {}: {} changes applied (0 means it was already in place)", province.id(),
                province.version(), rows.size());
        rows.forEach(r -> log.info("  {} {} {} {}", r.getAction(), r.getSubject(), r.getSubjectId(), r.getDetail()));
    }
}
