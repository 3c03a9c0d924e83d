package vn.motcua.integration;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.ContactChannel;
import vn.motcua.integration.OutboundChannel.OutboundFailure;
import vn.motcua.integration.OutboundChannel.OutboundMessage;

/**
 * Delivers the outbox: the portal's events through the {@link OutboundChannel} (channel {@code portal}), the
 * citizens' notifications through the {@link NotificationChannel} of their row's channel ({@code email}, {@code sms},
 * {@code zalo}; a channel that reaches nobody counts as a failure), the issued documents through the
 * {@link DmsChannel} (channel {@code dms}; only rows of agencies with a DMS link, the others wait), the requests to
 * partner agencies (liên thông) through the {@link LgspPartnerChannel} (channel {@code lgsp}). In each round the
 * oldest undelivered event of every dossier, channel and ordering key (never one behind an earlier undelivered or
 * parked event of the same dossier on the same channel with the same ordering key: order per dossier and channel, so a
 * failing SMS gateway does not hold back the portal; the liên thông requests are ordered per part, their ordering key,
 * so one partner's outage does not hold back another's part; the other rows have none), due for an attempt, locked in
 * the round's transaction ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so several nodes share the work without
 * sending an event twice; {@code FOR UPDATE} on H2). A failure counts an attempt and waits with exponential back-off;
 * after {@code max-attempts} the event is parked until an administrator retries it ({@code /api/admin/outbox}). Rows of
 * a channel that is not configured (no LGSP, no gateway, no DMS link) wait.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** The channel of the portal's events. */
    static final String PORTAL = "portal";

    /** An event due for delivery. */
    record Pending(long id, String eventKey, String dossierCode, String kind, String channel, String payload, int attempts) {
    }

    /** Hands one row over to its receiver, or throws. */
    private interface Delivery {
        void deliver(Pending event) throws OutboundFailure;
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<OutboundChannel> channels;
    private final ObjectProvider<LgspPartnerChannel> partners;
    private final List<NotificationChannel> notifications;
    private final ObjectMapper json;
    private final DmsChannel dms;
    private final IntegrationProperties.Outbox settings;
    private final BusinessClock clock;
    private final String lock;

    OutboxDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<OutboundChannel> channels,
                     ObjectProvider<LgspPartnerChannel> partners, List<NotificationChannel> notifications, DmsChannel dms, IntegrationProperties properties,
                     BusinessClock clock, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.json = json;
        this.dms = dms;
        this.transaction = new TransactionTemplate(transactions);
        this.channels = channels;
        this.partners = partners;
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
        Map<String, Delivery> deliveries = deliveries();
        if (deliveries.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            int[] round = transaction.execute(tx -> round(deliveries));
            delivered += round[0];
            if (round[1] == 0 || round[0] == 0) {
                return delivered;
            }
        }
    }

    /**
     * The configured receivers by channel name: the portal, each notification channel that reaches applicants, and
     * the DMS when an agency has a link.
     */
    private Map<String, Delivery> deliveries() {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        OutboundChannel portal = channels.getIfAvailable();
        if (portal != null) {
            deliveries.put(PORTAL, event -> portal.deliver(new OutboundMessage(event.eventKey(), event.dossierCode(),
                    event.kind(), event.payload())));
        }
        LgspPartnerChannel lgsp = partners.getIfAvailable();
        if (lgsp != null) {
            deliveries.put(PartnerTransfers.CHANNEL, event -> lgsp.deliver(event.eventKey(), event.payload()));
        }
        for (NotificationChannel channel : notifications) {
            if (channel.contact() != null) {
                deliveries.put(channel.contact().name().toLowerCase(Locale.ROOT), event -> notify(channel, event));
            }
        }
        if (!dms.agencies().isEmpty()) {
            deliveries.put(DmsChannel.CHANNEL, event -> dms.deliver(event.eventKey(), event.payload()));
        }
        return deliveries;
    }

    /** A citizen's notification: the row's text to its one recipient. */
    private void notify(NotificationChannel channel, Pending event) throws OutboundFailure {
        Notification notification;
        try {
            JsonNode row = json.readTree(event.payload());
            String address = row.at("/recipient/address").asText();
            boolean email = channel.contact() == ContactChannel.EMAIL;
            Map<String, String> fields = json.convertValue(row.get("fields"), new TypeReference<Map<String, String>>() { });
            notification = new Notification(event.dossierCode(), List.of(new Notification.Recipient(
                    row.at("/recipient/name").asText(), email ? address : null, email ? null : address)),
                    row.get("subject").asText(), row.get("text").asText(), row.get("template").asText(), fields);
        } catch (IOException | RuntimeException unreadable) {
            throw new OutboundFailure("Thông báo không đọc được: " + unreadable.getClass().getSimpleName(), unreadable);
        }
        if (channel.send(notification) == 0) {
            throw new OutboundFailure("Kênh " + channel.name() + " không gửi được tới người nhận", null);
        }
    }

    /** One round: {delivered, tried}. */
    private int[] round(Map<String, Delivery> deliveries) {
        Instant now = clock.now();
        List<Object> arguments = new ArrayList<>();
        arguments.add(Timestamp.from(now));
        arguments.addAll(deliveries.keySet());
        Set<String> dmsAgencies = dms.agencies();
        arguments.add(DmsChannel.CHANNEL);
        arguments.addAll(dmsAgencies);
        List<Pending> due = jdbc.query("""
                select e.id, e.event_key, e.dossier_code, e.kind, e.channel, e.payload, e.attempts from outbox_event e
                where e.delivered_at is null and e.parked_at is null and e.next_attempt_at <= ? and e.channel in (%s)
                  and (e.channel <> ? or e.agency_code in (%s))
                  and not exists (select 1 from outbox_event p
                                  where p.dossier_id = e.dossier_id and p.channel = e.channel and p.id < e.id
                                    and coalesce(p.ordering_key, '') = coalesce(e.ordering_key, '')
                                    and p.delivered_at is null)
                order by e.id fetch first %d rows only %s""".formatted(marks(deliveries.size()),
                        dmsAgencies.isEmpty() ? "null" : marks(dmsAgencies.size()), settings.batch(), lock),
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)), arguments.toArray());
        int delivered = 0;
        for (Pending event : due) {
            try {
                deliveries.get(event.channel()).deliver(event);
                Timestamp at = Timestamp.from(clock.now());
                jdbc.update("""
                        update outbox_event set delivered_at = ?, last_attempt_at = ?, attempts = ?, last_error = null
                        where id = ?""", at, at, event.attempts() + 1, event.id());
                delivered++;
            } catch (OutboundFailure | RuntimeException failure) {
                failed(event, failure, now);
            }
        }
        return new int[] {delivered, due.size()};
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private void failed(Pending event, Exception failure, Instant now) {
        int attempts = event.attempts() + 1;
        String error = String.valueOf(failure.getMessage());
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        boolean park = attempts >= settings.maxAttempts();
        jdbc.update("""
                update outbox_event set attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_error = ?, parked_at = ?
                where id = ?""", attempts, Timestamp.from(now.plus(settings.delayAfter(attempts))),
                Timestamp.from(clock.now()), error, park ? Timestamp.from(now) : null, event.id());
        if (park) {
            log.warn("Sự kiện {} của hồ sơ {} bị tạm giữ sau {} lần gửi lỗi: {}", event.eventKey(), event.dossierCode(),
                    attempts, error);
        } else {
            log.info("Gửi sự kiện {} lỗi (lần {}), thử lại sau: {}", event.eventKey(), attempts, error);
        }
    }
}
