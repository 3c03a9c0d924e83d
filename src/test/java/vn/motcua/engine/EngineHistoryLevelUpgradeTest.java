package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;

/**
 * A database created by a Motcua before the history level "motcua" (Flyway at V150, engine history {@code full})
 * starts with this one: migration 158 moves the engine's stored level, and the engine runs at "motcua".
 */
class EngineHistoryLevelUpgradeTest {

    @TempDir
    Path data;

    @Test
    void shouldStartADatabaseCreatedAtHistoryLevelFullWithTheLevelMotcua() {
        try (ConfigurableApplicationContext before = start("--spring.flyway.target=150", "--camunda.bpm.history-level=full",
                // the entities are this version's: their columns of migrations after 150 are not there yet
                "--spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(level(before)).isEqualTo("full");
            assertThat(storedLevel(before)).isEqualTo("3");
            assertThat(new JdbcTemplate(before.getBean(javax.sql.DataSource.class))
                    .queryForObject("select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\" desc"
                            + " limit 1", String.class))
                    .isEqualTo("150");
        }
        try (ConfigurableApplicationContext after = start()) {
            assertThat(level(after)).isEqualTo(DossierHistoryLevel.NAME);
            assertThat(storedLevel(after)).isEqualTo(Integer.toString(DossierHistoryLevel.ID));
            assertThat(new JdbcTemplate(after.getBean(javax.sql.DataSource.class)).queryForObject(
                    "select \"success\" from \"flyway_schema_history\" where \"version\" = '158'", Boolean.class)).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--motcua.demo.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("motcua").toAbsolutePath(),
                "--motcua.documents.dir=" + data.resolve("documents").toAbsolutePath(),
                "--motcua.signature.demo-dir=" + data.resolve("signature").toAbsolutePath()));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
    }

    private static String level(ConfigurableApplicationContext app) {
        return ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration()).getHistoryLevel()
                .getName();
    }

    private static String storedLevel(ConfigurableApplicationContext app) {
        return new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                .queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
    }
}
