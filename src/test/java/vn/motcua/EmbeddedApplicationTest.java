package vn.motcua;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database created empty for this test, with the demo one-stop shop. */
class EmbeddedApplicationTest extends ApplicationScenarios {

    @TempDir
    static Path data;

    @Override
    List<String> arguments() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("motcua").toAbsolutePath(),
                "--motcua.documents.dir=" + data.resolve("documents").toAbsolutePath(),
                "--motcua.signature.demo-dir=" + data.resolve("signature").toAbsolutePath());
    }

    @Override
    boolean loadsDemoItself() {
        return true;
    }
}
