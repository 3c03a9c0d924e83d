package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Migration 158 on its own: what it changes and what it leaves. */
class EngineHistoryLevelMigrationTest {

    Connection connection;
    JdbcTemplate db;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:history-level-" + System.nanoTime());
        db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void shouldMoveAnEngineAtFullToMotcua() throws Exception {
        engineAt("3");
        migrate("motcua");
        assertThat(stored()).isEqualTo("103");
        assertThat(db.queryForObject("select REV_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", Integer.class)).isEqualTo(2);
    }

    @Test
    void shouldLeaveAnotherStoredLevelAlone() throws Exception {
        engineAt("2");
        migrate("motcua");
        assertThat(stored()).as("audit, chosen by an operator, is not full").isEqualTo("2");
    }

    @Test
    void shouldLeaveFullWhenTheOperatorKeepsIt() throws Exception {
        engineAt("3");
        migrate("full");
        assertThat(stored()).isEqualTo("3");
    }

    @Test
    void shouldDoNothingBeforeTheEngineCreatedItsTables() throws Exception {
        migrate("motcua");
        assertThat(db.queryForObject("select count(*) from INFORMATION_SCHEMA.TABLES where upper(TABLE_NAME) = 'ACT_GE_PROPERTY'",
                Integer.class)).isZero();
    }

    private void engineAt(String level) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
            s.execute("insert into ACT_GE_PROPERTY values ('historyLevel', '" + level + "', 1), ('schema.version', 'fox', 1)");
        }
    }

    private void migrate(String configured) throws Exception {
        new EngineHistoryLevelMigration(configured).migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
    }

    private String stored() {
        return db.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
    }
}
