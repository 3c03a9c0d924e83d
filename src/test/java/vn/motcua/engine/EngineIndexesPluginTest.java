package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** {@link EngineIndexesPlugin} on H2: the job due-date index is created once, a second start leaves it, a failure says so. */
class EngineIndexesPluginTest {

    @Test
    void shouldCreateTheJobDueDateIndexOnceAndLeaveItOnTheNextStart() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:engine-indexes;DB_CLOSE_DELAY=-1");
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("create table act_ru_job (id_ varchar(64) primary key, duedate_ timestamp)");
            assertThat(indexedColumns(c, "IX_ACT_RU_JOB_DUEDATE")).isEmpty();

            EngineIndexesPlugin.create(db);
            EngineIndexesPlugin.create(db);

            assertThat(indexedColumns(c, "IX_ACT_RU_JOB_DUEDATE")).containsExactly("DUEDATE_");
        }
    }

    @Test
    void shouldNameTheFailureWhenTheEngineTablesAreMissing() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:engine-indexes-empty;DB_CLOSE_DELAY=-1");
        assertThatThrownBy(() -> EngineIndexesPlugin.create(db)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine's indexes").hasMessageContaining("ACT_RU_JOB");
    }

    private static List<String> indexedColumns(Connection c, String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
            while (r.next()) {
                if (index.equals(r.getString("INDEX_NAME"))) {
                    columns.add(r.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
