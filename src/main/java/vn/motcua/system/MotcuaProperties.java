package vn.motcua.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Motcua's own settings ({@code motcua.*}).
 *
 * @param zone the province's time zone: every working-time computation happens in it
 * @param demo whether the demo one-stop shop is loaded (never under the {@code postgres} profile)
 */
@ConfigurationProperties("motcua")
public record MotcuaProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone, @DefaultValue Demo demo) {

    public record Demo(@DefaultValue("false") boolean enabled) {
    }
}
