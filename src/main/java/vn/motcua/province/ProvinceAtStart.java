package vn.motcua.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the configured province file set at start, in every profile (after the procedure catalogue, before
 * the demo people and dossiers). An invalid file, or routing decisions that disagree with it
 * ({@link RoutingCheck}), stop the start with every problem named. With
 * {@code motcua.province.dry-run=true} the changes are only listed.
 */
@Component
class ProvinceAtStart {

    private static final Logger log = LoggerFactory.getLogger(ProvinceAtStart.class);

    private final ProvinceProperties properties;
    private final ProvinceApplier applier;
    private final RoutingDecisions routingDecisions;

    ProvinceAtStart(ProvinceProperties properties, ProvinceApplier applier, RoutingDecisions routingDecisions) {
        this.properties = properties;
        this.applier = applier;
        this.routingDecisions = routingDecisions;
    }

    /** The decision files shipped on the classpath (the analysts' folder decisions/); {@link RoutingDecisions} reads what is deployed. */
    static List<RoutingCheck.DecisionFile> decisionFiles() {
        try {
            List<RoutingCheck.DecisionFile> files = new java.util.ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:decisions/**/*.dmn")) {
                try (var in = r.getInputStream()) {
                    files.add(new RoutingCheck.DecisionFile(r.getFilename(), in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        List<String> routing = RoutingCheck.check(province, routingDecisions.files());
        if (!routing.isEmpty()) {
            throw new IllegalStateException("Routing decisions disagree with province " + province.id() + " (docs/province.md,"
                    + " \"Routing check\"):\n  " + String.join("\n  ", routing));
        }
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
