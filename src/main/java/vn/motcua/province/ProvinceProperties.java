package vn.motcua.province;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which province file set is applied at start ({@code motcua.province.*}, docs/province.md).
 *
 * @param dir      a folder on disk holding {@code province.json}; wins over {@code location}
 * @param location a classpath folder, e.g. {@code province/binh-phuoc-demo} (the default profile's demo)
 * @param dryRun   list the changes at start without applying them
 */
@ConfigurationProperties("motcua.province")
public record ProvinceProperties(String dir, String location, @DefaultValue("false") boolean dryRun) {

    /** Whether a file set is configured. */
    public boolean configured() {
        return !blank(dir) || !blank(location);
    }

    /** The configured file set, read and parsed (not yet validated). */
    public Province read() {
        return !blank(dir) ? ProvinceFiles.readDirectory(Path.of(dir)) : ProvinceFiles.readClasspath(location);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
