package vn.motcua.dossier;

/**
 * Another request changed the same dossier, task or process at the same moment and won: this one changed
 * nothing (its transaction rolled back). Answered 409 problem+json; the client reads the dossier again.
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether a failure is a unique row another transaction wrote first (SQLState 23505 on H2 and PostgreSQL): two
     * requests changed the same dossier at the same moment and both wrote its next outbox event or history row. The
     * winner committed; the loser changed nothing.
     */
    public static boolean uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
