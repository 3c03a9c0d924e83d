package vn.motcua.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.FieldProblem;

/**
 * What the national portal has of each dossier, and the resync of a date range (docs/integration.md "Sync state and
 * resync").
 * <p>
 * The <b>sync state</b> is read from the dossier's rows on the portal's channel of the outbox: the last sequence
 * recorded, the last one sent (tried at least once) and the last one acknowledged (the portal answered
 * {@code "received": true}), the first one still waiting with its attempts, last error, parked flag and times.
 * <p>
 * A <b>resync</b> enqueues, for every dossier received or changed (a portal event recorded) in [from, to] (days in the
 * province's zone), one full-state event (kind {@code RESYNC}) behind the dossier's other events. It pages through the
 * dossiers, {@code page} per transaction, and is idempotent per dossier and request: the request is named by its key,
 * the same key again (a repeat, or a resume after a crash) enqueues only the dossiers not yet enqueued for it.
 */
@Service
public class PortalSync {

    /** Where a dossier stands with the portal. */
    public enum State {
        /** nothing recorded for the portal yet */
        NONE,
        /** every recorded event acknowledged */
        SYNCED,
        /** events wait for their first attempt */
        PENDING,
        /** the waiting event failed and will be tried again */
        RETRYING,
        /** the waiting event is parked: nothing more goes out until an administrator retries it */
        PARKED
    }

    /**
     * The sync state of one dossier.
     *
     * @param lastSequence          sequence of the last event recorded for the portal (0: none)
     * @param sentSequence          sequence of the last event sent (tried at least once)
     * @param acknowledgedSequence  sequence of the last event the portal acknowledged (0: none)
     * @param acknowledgedAt        when it was acknowledged
     * @param waiting               events recorded and not yet acknowledged
     * @param waitingSequence       the first of them (the one the dispatcher tries), or null
     * @param attempts              its failed attempts
     * @param lastError             its last failure
     * @param lastAttemptAt         when it was last tried
     * @param nextAttemptAt         when it is tried next (null when parked or none waits)
     * @param parked                whether it is parked
     * @param parkedAt              since when
     */
    public record SyncState(String code, State state, int lastSequence, int sentSequence, int acknowledgedSequence,
                            Instant acknowledgedAt, int waiting, Integer waitingSequence, Long waitingEventId, int attempts,
                            String lastError, Instant lastAttemptAt, Instant nextAttemptAt, boolean parked,
                            Instant parkedAt) {
    }

    /** One resync request and how many dossiers it has enqueued. */
    public record Resync(long id, String requestKey, LocalDate from, LocalDate to, String requestedBy,
                         Instant requestedAt, Instant finishedAt, int enqueued) {
    }

    /** A request refused: the status (422 bad input, 409 conflict) and the fields at fault. */
    public static class Refused extends RuntimeException {
        public final int status;
        public final List<FieldProblem> errors;

        Refused(int status, String detail, List<FieldProblem> errors) {
            super(detail);
            this.status = status;
            this.errors = List.copyOf(errors);
        }
    }

    private record Row(long id, String eventKey, Instant createdAt, int attempts, Instant deliveredAt, Instant parkedAt,
                       Instant nextAttemptAt, Instant lastAttemptAt, String lastError) {
        int sequence() {
            return Integer.parseInt(eventKey.substring(eventKey.lastIndexOf('#') + 1));
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OutboxRecorder recorder;
    private final DossierRegister register;
    private final DossierRepository dossiers;
    private final BusinessClock clock;
    private final ZoneId zone;
    private final IntegrationProperties.Resync limits;

    PortalSync(JdbcTemplate jdbc, PlatformTransactionManager transactions, OutboxRecorder recorder,
               DossierRegister register, DossierRepository dossiers, BusinessClock clock, ZoneId provinceZone, IntegrationProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.recorder = recorder;
        this.register = register;
        this.dossiers = dossiers;
        this.clock = clock;
        this.zone = provinceZone;
        this.limits = properties.resync();
    }

    /** The sync state of the dossier of that code within the scope; empty for any other code. */
    public Optional<SyncState> state(String code, AgencyScope scope) {
        return transaction.execute(tx -> dossiers.findByCode(code).filter(d -> scope.includes(d.getAgency().getCode()))
                .map(d -> state(d.getId(), d.getCode())));
    }

    private SyncState state(long dossierId, String code) {
        List<Row> rows = jdbc.query("""
                select id, event_key, created_at, attempts, delivered_at, parked_at, next_attempt_at, last_attempt_at,
                       last_error
                from outbox_event where dossier_id = ? and channel = ? order by id""",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getInt(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getString(9)),
                dossierId, OutboxDispatcher.PORTAL);
        int last = 0;
        int sent = 0;
        int waiting = 0;
        Row acknowledged = null;
        Row head = null;
        for (Row row : rows) {
            last = Math.max(last, row.sequence());
            if (row.deliveredAt() != null || row.attempts() > 0) {
                sent = Math.max(sent, row.sequence());
            }
            if (row.deliveredAt() != null) {
                acknowledged = acknowledged == null || row.sequence() > acknowledged.sequence() ? row : acknowledged;
            } else {
                waiting++;
                head = head == null ? row : head;
            }
        }
        State state = rows.isEmpty() ? State.NONE
                : head == null ? State.SYNCED
                : head.parkedAt() != null ? State.PARKED
                : head.attempts() > 0 ? State.RETRYING : State.PENDING;
        return new SyncState(code, state, last, sent, acknowledged == null ? 0 : acknowledged.sequence(),
                acknowledged == null ? null : acknowledged.deliveredAt(), waiting,
                head == null ? null : head.sequence(), head == null ? null : head.id(),
                head == null ? 0 : head.attempts(), head == null ? null : head.lastError(),
                head == null ? lastAttempt(acknowledged) : head.lastAttemptAt(),
                head == null || head.parkedAt() != null ? null : head.nextAttemptAt(), head != null && head.parkedAt() != null,
                head == null ? null : head.parkedAt());
    }

    private static Instant lastAttempt(Row acknowledged) {
        return acknowledged == null ? null : acknowledged.lastAttemptAt();
    }

    /**
     * Checks the range and enqueues the full-state events; the same {@code requestKey} again continues the same request
     * (idempotent), with another range it is refused (409 naming {@code Idempotency-Key}).
     *
     * @param from        first day (ISO date), required
     * @param to          last day (ISO date), required, not before {@code from}, at most {@code max-days} after it
     * @param requestKey  the caller's key for the request
     * @param requestedBy the administrator
     */
    public Resync resync(String from, String to, String requestKey, String requestedBy) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new FieldProblem("to", "Ngày kết thúc (" + last + ") trước ngày bắt đầu (" + first + ")"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > limits.maxDays()) {
                errors.add(new FieldProblem("to", "Mỗi lần đồng bộ lại tối đa " + limits.maxDays()
                        + " ngày; khoảng đã gửi có " + (ChronoUnit.DAYS.between(first, last) + 1) + " ngày"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(422, "Khoảng ngày đồng bộ lại không hợp lệ", errors);
        }
        Resync request = open(requestKey, first, last, requestedBy);
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        long after = 0;
        while (true) {
            long from0 = after;
            Long reached;
            try {
                reached = transaction.execute(tx -> page(request.id(), start, end, from0));
            } catch (DuplicateKeyException twin) {
                continue; // a twin request with the same key enqueued some of the page first: the page again skips them
            }
            if (reached == null) {
                break;
            }
            after = reached;
        }
        return transaction.execute(tx -> {
            jdbc.update("update portal_resync set finished_at = ? where id = ?", Timestamp.from(clock.now()), request.id());
            return find(requestKey).orElseThrow();
        });
    }

    /** One page: enqueues the next dossiers after {@code after}; returns the last id reached, null when none was left. */
    private Long page(long resyncId, Instant start, Instant end, long after) {
        List<Long> ids = jdbc.queryForList("""
                select d.id from dossier d
                where d.id > ?
                  and ((d.received_at >= ? and d.received_at < ?)
                       or exists (select 1 from outbox_event c where c.dossier_id = d.id and c.channel = ?
                                    and c.created_at >= ? and c.created_at < ? and c.resync_id is null))
                order by d.id fetch first %d rows only""".formatted(limits.page()), Long.class, after,
                Timestamp.from(start), Timestamp.from(end), OutboxDispatcher.PORTAL, Timestamp.from(start),
                Timestamp.from(end));
        if (ids.isEmpty()) {
            return null;
        }
        int enqueued = 0;
        for (Long id : ids) {
            Integer done = jdbc.queryForObject("select count(*) from outbox_event where resync_id = ? and dossier_id = ?",
                    Integer.class, resyncId, id);
            if (done == null || done == 0) {
                recorder.resync(register.get(id), resyncId);
                enqueued++;
            }
        }
        jdbc.update("update portal_resync set enqueued = enqueued + ? where id = ?", enqueued, resyncId);
        return ids.get(ids.size() - 1);
    }

    private Resync open(String requestKey, LocalDate from, LocalDate to, String requestedBy) {
        try {
            return transaction.execute(tx -> {
                Optional<Resync> existing = find(requestKey);
                if (existing.isEmpty()) {
                    jdbc.update("""
                            insert into portal_resync (request_key, from_day, to_day, requested_by, requested_at)
                            values (?, ?, ?, ?, ?)""", requestKey, from, to, requestedBy, Timestamp.from(clock.now()));
                    return find(requestKey).orElseThrow();
                }
                if (!existing.get().from().equals(from) || !existing.get().to().equals(to)) {
                    throw new Refused(409, "Khóa " + requestKey + " đã dùng cho khoảng " + existing.get().from() + " – "
                            + existing.get().to(), List.of(new FieldProblem("Idempotency-Key",
                            "Khóa đã dùng cho một yêu cầu đồng bộ lại khác")));
                }
                return existing.get();
            });
        } catch (DuplicateKeyException twin) {
            return open(requestKey, from, to, requestedBy);
        }
    }

    /** The resync request of the key. */
    public Optional<Resync> find(String requestKey) {
        return jdbc.query("""
                select id, request_key, from_day, to_day, requested_by, requested_at, finished_at, enqueued
                from portal_resync where request_key = ?""", (rs, i) -> new Resync(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getInt(8)), requestKey).stream().findFirst();
    }

    private static LocalDate day(String field, String value, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, "Bắt buộc (ngày theo ISO, ví dụ 2026-11-30)"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            errors.add(new FieldProblem(field, "Không phải ngày theo ISO (yyyy-MM-dd)"));
            return null;
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
