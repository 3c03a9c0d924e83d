package vn.motcua.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.integration.*}: the LGSP base URL of the national portal (none = no outbound channel, the
 * outbox only records) and the dispatcher's rhythm: first round {@code initial-delay} after the start, poll
 * interval, batch, retries with exponential back-off ({@code backoff × 2^(attempts-1)}, at most {@code max-backoff}),
 * parked after {@code max-attempts}; the bounds of a date-range resync toward the portal.
 */
@ConfigurationProperties("motcua.integration")
public record IntegrationProperties(@DefaultValue Lgsp lgsp, @DefaultValue Outbox outbox, @DefaultValue Resync resync) {

    /**
     * A resync of a date range ({@link PortalSync}): at most {@code maxDays} days per request, enqueued
     * {@code page} dossiers per transaction.
     */
    public record Resync(@DefaultValue("31") int maxDays, @DefaultValue("200") int page) {
    }

    /** {@code partner-path}: where the LGSP adapter takes the requests to partner agencies (liên thông). */
    public record Lgsp(String baseUrl, @DefaultValue("/api/portal/dossier-status") String path,
                       @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout,
                       @DefaultValue("/api/lien-thong/requests") String partnerPath) {
    }

    public record Outbox(@DefaultValue("PT5S") Duration poll, @DefaultValue("50") int batch,
                         @DefaultValue("8") int maxAttempts, @DefaultValue("PT10S") Duration backoff,
                         @DefaultValue("PT1H") Duration maxBackoff, @DefaultValue("PT30S") Duration initialDelay) {
        Duration delayAfter(int attempts) {
            long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration delay = backoff.multipliedBy(factor);
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }
}
