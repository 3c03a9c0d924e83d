package vn.motcua.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 158: a database whose engine was created at Camunda's history level {@code full} (every Motcua
 * before this one) is moved to Motcua's own level {@value DossierHistoryLevel#NAME}. Camunda stores the level's id
 * in {@code ACT_GE_PROPERTY} ({@code historyLevel}) and refuses to start when the configured level differs, and it
 * has no switch to skip that check; so the row is rewritten here, before the engine starts (Spring Boot runs Flyway
 * before the JPA and transaction beans the engine is built with). The history already written stays as it is until
 * the history cleanup removes it.
 *
 * <p>It changes nothing on a new database (the engine's tables do not exist yet; the engine then writes the
 * configured level itself), nor when an operator keeps another level ({@code camunda.bpm.history-level}), nor on a
 * database at another level than {@code full}. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class EngineHistoryLevelMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineHistoryLevelMigration.class);
    /** Camunda's id of {@code full}. */
    static final String FULL = "3";

    private final String configured;

    EngineHistoryLevelMigration(@Value("${camunda.bpm.history-level:full}") String configured) {
        this.configured = configured;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("158");
    }

    @Override
    public String getDescription() {
        return "engine history level motcua";
    }

    @Override
    public Integer getChecksum() {
        return 158;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!DossierHistoryLevel.NAME.equalsIgnoreCase(configured.trim())) {
            LOG.info("engine history level {} configured: ACT_GE_PROPERTY left as it is", configured);
            return;
        }
        Connection connection = context.getConnection();
        String table = engineTable(connection);
        if (table == null) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ = ?")) {
            update.setString(1, Integer.toString(DossierHistoryLevel.ID));
            update.setString(2, FULL);
            if (update.executeUpdate() > 0) {
                LOG.warn("engine history level changed from full to {}: variable details and the call activities' copies of variables are no longer written; "
                        + "the history written before stays until the history cleanup removes it", DossierHistoryLevel.NAME);
            }
        }
    }

    /** The engine's property table as the database names it (upper case on H2, lower case on PostgreSQL), or null. */
    private static String engineTable(Connection connection) throws Exception {
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return tables.getString("TABLE_NAME");
                }
            }
        }
        return null;
    }
}
