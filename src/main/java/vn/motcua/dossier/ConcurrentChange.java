package vn.motcua.dossier;

import java.sql.SQLException;
import java.util.Set;

/**
 * Another request changed the same dossier, task or process at the same moment and won: this one changed
 * nothing (its transaction rolled back). Answered 409 problem+json; the client reads the dossier again.
 */
public class ConcurrentChange extends RuntimeException {

    /**
     * The SQL states of a race lost to a concurrent change of the same rows: a unique row another transaction wrote
     * first (23505: both wrote the dossier's next outbox event or history row), a serialization failure or deadlock
     * (40001, PostgreSQL 40P01), a lock not obtained in time (PostgreSQL 55P03, H2 HYT00 = error 50200) and H2's
     * "concurrent update" of a row another transaction changed (90131).
     */
    static final Set<String> LOST_RACE_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the failure, however the engine or Spring wrapped it, is a race lost to a concurrent change. */
    public static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
