package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Sớm hạn / đúng hạn / quá hạn, always against the legal due date after pauses (never an apology date):
 * early when processing ended on a day before the due day, on time when it ended on the due day no later
 * than the due time, late after the due time.
 */
public enum Outcome {
    EARLY, ON_TIME, LATE;

    public static Outcome of(Instant ended, Instant due, ZoneId zone) {
        if (ended.isAfter(due)) {
            return LATE;
        }
        return ended.atZone(zone).toLocalDate().isBefore(due.atZone(zone).toLocalDate()) ? EARLY : ON_TIME;
    }
}
