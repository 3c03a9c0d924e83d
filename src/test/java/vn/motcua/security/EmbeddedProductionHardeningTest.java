package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The production profile's hardening on an H2 file database (a single node without PostgreSQL): the same
 * scenarios, and the database folder created readable by the application's user only.
 */
class EmbeddedProductionHardeningTest extends ProductionHardeningScenarios {

    @Override
    List<String> database() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + files.resolve("data").resolve("motcua"),
                "--spring.datasource.username=sa", "--spring.datasource.password=Db-Secret-2026");
    }

    @Test
    void shouldCreateTheDatabaseFolderReadableByTheApplicationOnly() throws Exception {
        Path data = files.resolve("data");
        assertThat(data.resolve("motcua.mv.db")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
