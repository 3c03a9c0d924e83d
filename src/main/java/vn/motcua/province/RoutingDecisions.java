package vn.motcua.province;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The routing decisions the province file is checked against ({@link RoutingCheck}): for each decision file of
 * {@code decisions/}, the version the engine runs — the last one deployed (an analyst's deployment from the Modeler
 * adding the row of a new procedure included), else the shipped file. Without this an agency could only take on a
 * procedure imported with the catalogue once its routing row was shipped in a release (docs/analyst-guide.md, 0a).
 */
@Component
class RoutingDecisions {

    private static final Pattern DECISION = Pattern.compile("<(?:\\w+:)?decision\\s[^>]*?\\bid=\"([^\"]+)\"");

    private final RepositoryService repository;

    RoutingDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    List<RoutingCheck.DecisionFile> files() {
        List<RoutingCheck.DecisionFile> files = new ArrayList<>();
        for (RoutingCheck.DecisionFile shipped : ProvinceAtStart.decisionFiles()) {
            files.add(deployed(shipped));
        }
        return files;
    }

    /** The last deployed version of the file's (first) decision, under the shipped file's name. */
    private RoutingCheck.DecisionFile deployed(RoutingCheck.DecisionFile shipped) {
        Matcher m = DECISION.matcher(new String(shipped.xml(), StandardCharsets.UTF_8));
        if (!m.find()) {
            return shipped;
        }
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(m.group(1))
                .withoutTenantId().latestVersion().singleResult();
        if (latest == null) {
            return shipped;
        }
        try (InputStream in = repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
            return new RoutingCheck.DecisionFile(shipped.name(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
