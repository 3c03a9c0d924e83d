package vn.motcua.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: the indexes Camunda's own schema lacks for Motcua's load (issue 15, docs/performance.md "Timers at
 * scale"), created after the engine has created or updated its tables. Not a Flyway migration: Flyway runs before the
 * engine on a fresh database (the engine's transaction manager waits for JPA, which waits for Flyway), when the engine
 * tables do not exist yet. Each statement is {@code create index if not exists} (H2 and PostgreSQL): nothing happens on
 * later starts; the engine's own upgrade scripts do not touch indexes of these names.
 * <ul>
 * <li>{@code ix_act_ru_job_duedate}: every open dossier holds two SLA timer jobs due weeks ahead; without it, each job
 * acquisition reads the whole job table to find the few that are due.
 * </ul>
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "create index if not exists ix_act_ru_job_duedate on act_ru_job (duedate_)");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        create(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    }

    static void create(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                for (String index : INDEXES) {
                    s.execute(index);
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The engine's indexes could not be created: " + e.getMessage(), e);
        }
    }
}
