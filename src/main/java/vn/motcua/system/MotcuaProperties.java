package vn.motcua.system;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Motcua's own settings ({@code motcua.*}).
 *
 * @param zone the province's time zone: every working-time computation happens in it
 * @param demo whether the demo one-stop shop is loaded (never under the {@code postgres} profile)
 * @param publicUrl where citizens reach this one-stop shop; the QR code on every slip points to
 *     {@code {publicUrl}/tra-cuu?ma={dossier code}}
 */
@ConfigurationProperties("motcua")
public record MotcuaProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone, @DefaultValue Demo demo,
        @DefaultValue("http://localhost:8080") URI publicUrl) {

    public record Demo(@DefaultValue("false") boolean enabled) {
    }
}
