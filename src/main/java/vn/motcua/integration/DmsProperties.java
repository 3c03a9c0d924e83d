package vn.motcua.integration;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.integration.dms.*}: per agency (by identifier code, in brackets because it has dots:
 * {@code agencies."[000.00.20.H10]".url}), the LGSP adapter's URL that files a document in that agency's
 * document-management system. An agency without an entry has no DMS link: its {@code DOCUMENT_ISSUED} events are
 * recorded in the outbox and wait, unsent, until one is configured (docs/integration.md).
 */
@ConfigurationProperties("motcua.integration.dms")
public record DmsProperties(@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT30S") Duration readTimeout,
                            Map<String, Endpoint> agencies) {

    /** The agency's DMS link through the LGSP adapter. */
    public record Endpoint(String url) {
    }

    public DmsProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
        agencies.forEach((agency, endpoint) -> {
            if (endpoint == null || endpoint.url() == null || !endpoint.url().matches("https?://\\S+")) {
                throw new IllegalArgumentException("motcua.integration.dms.agencies[" + agency
                        + "].url must be an http(s) URL");
            }
        });
    }
}
