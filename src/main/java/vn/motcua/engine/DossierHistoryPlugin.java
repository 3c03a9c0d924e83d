package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: registers Motcua's history level {@value DossierHistoryLevel#NAME} ({@link DossierHistoryLevel}),
 * which {@code camunda.bpm.history-level} names. Camunda's own levels stay available to an operator who sets
 * another one (docs/operations.md, "Engine history and retention").
 */
@Component
class DossierHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new DossierHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }
}
