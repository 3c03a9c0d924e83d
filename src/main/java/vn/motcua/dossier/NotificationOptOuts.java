package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's choice not to be notified through a channel ({@code notification_opt_out}), for one dossier or
 * for every dossier of an applicant (by citizen id number). Recorded at submission and changed later through the
 * API; what holds for a dossier: its own choice for the channel, else the applicant's, else notified.
 */
@Service
@Transactional
public class NotificationOptOuts {

    /** Whom a choice is about. */
    public enum Scope {
        DOSSIER, APPLICANT
    }

    private final JdbcTemplate jdbc;

    NotificationOptOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the channels opted out of for the subject (every other channel is then opted in). */
    void set(Scope scope, String subject, Set<ContactChannel> optedOut, Instant at, String by) {
        jdbc.update("delete from notification_opt_out where subject_kind = ? and subject = ?", scope.name(), subject);
        for (ContactChannel channel : ContactChannel.values()) {
            jdbc.update("""
                    insert into notification_opt_out (subject_kind, subject, channel, opted_out, changed_at, changed_by)
                    values (?, ?, ?, ?, ?, ?)""", scope.name(), subject, channel.name(), optedOut.contains(channel),
                    Timestamp.from(at), by);
        }
    }

    /** The channels a dossier of the applicant must not be notified through. */
    public Set<ContactChannel> optedOut(String dossierCode, String applicantIdNumber) {
        Map<ContactChannel, Boolean> dossier = read(Scope.DOSSIER, dossierCode);
        Map<ContactChannel, Boolean> applicant = applicantIdNumber == null ? Map.of() : read(Scope.APPLICANT, applicantIdNumber);
        Set<ContactChannel> out = EnumSet.noneOf(ContactChannel.class);
        for (ContactChannel channel : ContactChannel.values()) {
            Boolean choice = dossier.containsKey(channel) ? dossier.get(channel) : applicant.get(channel);
            if (Boolean.TRUE.equals(choice)) {
                out.add(channel);
            }
        }
        return out;
    }

    /** The subject's own choices (no fallback), empty when it has none. */
    Map<ContactChannel, Boolean> read(Scope scope, String subject) {
        Map<ContactChannel, Boolean> choices = new EnumMap<>(ContactChannel.class);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select channel, opted_out from notification_opt_out where subject_kind = ? and subject = ?", scope.name(), subject);
        for (Map<String, Object> row : rows) {
            choices.put(ContactChannel.valueOf(String.valueOf(row.get("channel")).trim()), (Boolean) row.get("opted_out"));
        }
        return choices;
    }
}
