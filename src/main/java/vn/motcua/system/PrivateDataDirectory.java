package vn.motcua.system;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.motcua.document.PrivateFiles;

/**
 * The embedded H2 database's folder (default {@code ./data}) holds every applicant's personal data: before
 * the database opens it is created readable by the application's user only, or has group and other rights
 * taken off (POSIX file systems). Registered in {@code META-INF/spring.factories}.
 */
public class PrivateDataDirectory implements EnvironmentPostProcessor {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith(H2_FILE)) {
            return;
        }
        String file = url.substring(H2_FILE.length()).split(";", 2)[0];
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        if (parent != null) {
            PrivateFiles.directory(parent);
        }
    }
}
