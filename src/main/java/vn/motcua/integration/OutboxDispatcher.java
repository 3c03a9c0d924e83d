package vn.motcua.integration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.integration.OutboundChannel.OutboundFailure;
import vn.motcua.integration.OutboundChannel.OutboundMessage;

/**
 * Delivers the outbox through the {@link OutboundChannel}: in each round the oldest undelivered event of every
 * dossier (never one behind an earlier undelivered or parked event of the same dossier: order per dossier),
 * due for an attempt, locked in the round's transaction ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so several
 * nodes share the work without sending an event twice; {@code FOR UPDATE} on H2). A failure counts an attempt and
 * waits with exponential back-off; after {@code max-attempts} the event is parked until an administrator retries
 * it ({@code /api/admin/outbox}). Without a channel (no LGSP configured) nothing is sent and the rows wait.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** An event due for delivery. */
    record Pending(long id, String eventKey, String dossierCode, String kind, String payload, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<OutboundChannel> channels;
    private final IntegrationProperties.Outbox settings;
    private final BusinessClock clock;
    private final String lock;

    OutboxDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<OutboundChannel> channels,
                     IntegrationProperties properties, BusinessClock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.channels = channels;
        this.settings = properties.outbox();
        this.clock = clock;
        this.lock = postgres(dataSource) ? "for update skip locked" : "for update";
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs rounds until nothing is due; returns how many events were delivered (none without a channel). */
    public int dispatch() {
        OutboundChannel channel = channels.getIfAvailable();
        if (channel == null) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            int[] round = transaction.execute(tx -> round(channel));
            delivered += round[0];
            if (round[1] == 0 || round[0] == 0) {
                return delivered;
            }
        }
    }

    /** One round: {delivered, tried}. */
    private int[] round(OutboundChannel channel) {
        Instant now = clock.now();
        List<Pending> due = jdbc.query("""
                select e.id, e.event_key, e.dossier_code, e.kind, e.payload, e.attempts from outbox_event e
                where e.delivered_at is null and e.parked_at is null and e.next_attempt_at <= ?
                  and not exists (select 1 from outbox_event p
                                  where p.dossier_id = e.dossier_id and p.id < e.id and p.delivered_at is null)
                order by e.id fetch first %d rows only %s""".formatted(settings.batch(), lock),
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)), Timestamp.from(now));
        int delivered = 0;
        for (Pending event : due) {
            try {
                channel.deliver(new OutboundMessage(event.eventKey(), event.dossierCode(), event.kind(), event.payload()));
                jdbc.update("update outbox_event set delivered_at = ?, attempts = ?, last_error = null where id = ?",
                        Timestamp.from(clock.now()), event.attempts() + 1, event.id());
                delivered++;
            } catch (OutboundFailure | RuntimeException failure) {
                failed(event, failure, now);
            }
        }
        return new int[] {delivered, due.size()};
    }

    private void failed(Pending event, Exception failure, Instant now) {
        int attempts = event.attempts() + 1;
        String error = String.valueOf(failure.getMessage());
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        boolean park = attempts >= settings.maxAttempts();
        jdbc.update("update outbox_event set attempts = ?, next_attempt_at = ?, last_error = ?, parked_at = ? where id = ?",
                attempts, Timestamp.from(now.plus(settings.delayAfter(attempts))), error,
                park ? Timestamp.from(now) : null, event.id());
        if (park) {
            log.warn("Sự kiện {} của hồ sơ {} bị tạm giữ sau {} lần gửi lỗi: {}", event.eventKey(), event.dossierCode(),
                    attempts, error);
        } else {
            log.info("Gửi sự kiện {} lỗi (lần {}), thử lại sau: {}", event.eventKey(), attempts, error);
        }
    }
}
