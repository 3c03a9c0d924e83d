package vn.motcua.dossier;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.BusinessClock;

/**
 * The ledger of messages from the LGSP/portal ({@code inbound_message}): every message is recorded with its
 * answer. A message is carried out in one transaction with its ledger row, which claims the message id first (a
 * unique column), so a replay, or a twin racing it, gets the first answer and nothing is done twice; the same id
 * with other content (another fingerprint, kind or client) is a 409 naming {@code Message-Id}. A refused message
 * (bad input, wrong state) is recorded too, but does not claim its id: nothing was done, so it may come again.
 */
@Service
class InboundMessages {

    static final String MESSAGE_ID = "Message-Id";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}");

    /** What a message is: its id, sender, kind, dossier (null for a new one) and content fingerprint. */
    record Message(String id, String client, String kind, String dossierCode, String fingerprint) {
    }

    /** The answer given (and given again to a replay). */
    record Answer(int status, String body, String dossierCode, boolean replayed) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final BusinessClock clock;

    InboundMessages(JdbcTemplate jdbc, PlatformTransactionManager transactions, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Carries out {@code action} once per message id; see the class comment. */
    Answer handle(Message message, Supplier<Answer> action) {
        if (message.id() == null || !ID.matcher(message.id()).matches()) {
            ApiProblems.ApiException invalid = ApiProblems.invalid(MESSAGE_ID, "Mỗi thông điệp cần tiêu đề Message-Id: 1-100 ký tự"
                    + " chữ, số và . _ : @ / -, bắt đầu bằng chữ hoặc số");
            record(new Message(message.id() == null ? "" : cut(message.id(), 100), message.client(), message.kind(),
                    message.dossierCode(), message.fingerprint()), invalid.status.value(), invalid.getMessage());
            throw invalid;
        }
        for (int attempt = 0; attempt < DossierSubmission.KEY_ATTEMPTS; attempt++) {
            Optional<Answer> replay = replay(message);
            if (replay.isPresent()) {
                return replay.get();
            }
            try {
                Answer answer = transaction.execute(tx -> {
                    if (!claim(message)) {
                        tx.setRollbackOnly();
                        return null;
                    }
                    Answer done = action.get();
                    jdbc.update("update inbound_message set status_code = ?, response_body = ?, dossier_code = ? where accepted_message_id = ?",
                            done.status(), done.body(), done.dossierCode(), message.id());
                    return done;
                });
                if (answer != null) {
                    return answer;
                }
            } catch (ApiProblems.ApiException refused) {
                record(message, refused.status.value(), refused.getMessage());
                throw refused;
            } catch (ProcessActionForbidden refused) {
                record(message, HttpStatus.FORBIDDEN.value(), refused.getMessage());
                throw refused;
            } catch (ConcurrentChange | ConcurrencyFailureException | DataIntegrityViolationException raced) {
                record(message, HttpStatus.CONFLICT.value(), raced.getMessage());
                throw raced;
            } catch (RuntimeException failed) {
                record(message, HttpStatus.INTERNAL_SERVER_ERROR.value(), failed.getClass().getName());
                throw failed;
            }
            DossierSubmission.pause(attempt);
        }
        throw ApiProblems.keyInProgress(message.id());
    }

    /** Writes the row that claims the id; false when another request holds (or has just taken) it. */
    private boolean claim(Message message) {
        try {
            jdbc.update("""
                    insert into inbound_message (message_id, accepted_message_id, client_id, kind, dossier_code, fingerprint,
                                                 received_at, status_code) values (?, ?, ?, ?, ?, ?, ?, 0)""",
                    message.id(), message.id(), cut(message.client(), 255), message.kind(), code(message),
                    message.fingerprint(), Timestamp.from(clock.now()));
            return true;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            return false;
        }
    }

    private Optional<Answer> replay(Message message) {
        List<Answer> found = jdbc.query("""
                select client_id, kind, fingerprint, status_code, response_body, dossier_code from inbound_message
                where accepted_message_id = ?""", (rs, i) -> {
            if (!rs.getString(1).equals(cut(message.client(), 255)) || !rs.getString(2).equals(message.kind())
                    || !rs.getString(3).equals(message.fingerprint())) {
                return new Answer(-1, null, null, true);
            }
            return new Answer(rs.getInt(4), rs.getString(5), rs.getString(6), true);
        }, message.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = found.get(0);
        if (answer.status() == -1) {
            ApiProblems.ApiException conflict = new ApiProblems.ApiException(HttpStatus.CONFLICT, "Trùng mã thông điệp",
                    "Message-Id '" + message.id() + "' đã được dùng cho một thông điệp khác; thông điệp mới cần mã mới",
                    List.of(new FieldProblem(MESSAGE_ID, "Mã thông điệp đã dùng cho nội dung khác")));
            record(message, conflict.status.value(), conflict.getMessage());
            throw conflict;
        }
        if (answer.status() == 0) {
            return Optional.empty(); // the first message has not finished: wait for it
        }
        return Optional.of(answer);
    }

    /** A refused message: recorded in its own transaction, without claiming its id. */
    private void record(Message message, int status, String detail) {
        separate.executeWithoutResult(tx -> jdbc.update("""
                insert into inbound_message (message_id, client_id, kind, dossier_code, fingerprint, received_at,
                                             status_code, response_body) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                message.id(), cut(message.client(), 255), message.kind(), code(message), message.fingerprint(),
                Timestamp.from(clock.now()), status, detail == null ? null : cut(detail, 16000)));
    }

    private static String code(Message message) {
        return message.dossierCode() == null ? null : cut(message.dossierCode(), 64);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
