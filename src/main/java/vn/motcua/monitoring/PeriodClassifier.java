package vn.motcua.monitoring;

import java.time.Instant;

import vn.motcua.dossier.DossierStatus;

/**
 * Puts one dossier into the two sides of the period report of DOMAIN.md: where it came from (carried
 * over, or received online / at the counter / by post) and where it stands at the end of the period
 * (resolved early / on time / late, withdrawn, in progress within time / overdue, waiting for a
 * supplement / a financial obligation, stopped). A dossier counts once on each side, which is what makes
 * the identity hold. {@link ReportQueries} computes the same classification in SQL; a test keeps the two
 * equal.
 *
 * <p>The register keeps the current state, not the state on each past day: a dossier still waiting now
 * counts as waiting; one that ended after the period counts as in progress at its end (pauses inside a past
 * period are not reconstructed).
 */
final class PeriodClassifier {

    enum Source { CARRIED_OVER, ONLINE, COUNTER, POST }

    enum Standing {
        EARLY, ON_TIME, LATE, WITHDRAWN, IN_PROGRESS_WITHIN_TIME, IN_PROGRESS_OVERDUE, WAITING_SUPPLEMENT,
        WAITING_FINANCIAL_OBLIGATION, STOPPED
    }

    record Placement(Source source, Standing standing) {
    }

    private PeriodClassifier() {
    }

    /**
     * The placement of a dossier in the period [from, to), or null when it is outside: never received
     * (submitted or refused, supplement requested at intake), received after the period, or ended before it.
     * {@code now} caps the overdue check of a period that has not ended yet.
     */
    static Placement place(DossierFacts d, Instant from, Instant to, Instant now) {
        if (d.receivedAt() == null || !d.receivedAt().isBefore(to)) {
            return null;
        }
        Instant ended = d.endedAt();
        if (ended != null && ended.isBefore(from)) {
            return null;
        }
        Source source = d.receivedAt().isBefore(from) ? Source.CARRIED_OVER : switch (d.channel()) {
            case "ONLINE" -> Source.ONLINE;
            case "POST" -> Source.POST;
            default -> Source.COUNTER;
        };
        return new Placement(source, standing(d, ended, to, now));
    }

    private static Standing standing(DossierFacts d, Instant ended, Instant to, Instant now) {
        if (ended != null && ended.isBefore(to)) {
            return switch (d.status()) {
                case WITHDRAWN -> Standing.WITHDRAWN;
                case STOPPED -> Standing.STOPPED;
                default -> "EARLY".equals(d.outcome()) ? Standing.EARLY
                        : "ON_TIME".equals(d.outcome()) ? Standing.ON_TIME : Standing.LATE;
            };
        }
        if (ended == null && d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            return Standing.WAITING_SUPPLEMENT;
        }
        if (ended == null && d.status() == DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
            return Standing.WAITING_FINANCIAL_OBLIGATION;
        }
        Instant cutoff = now.isBefore(to) ? now : to;
        boolean overdue = (d.dueAt() != null && d.dueAt().isBefore(cutoff)) || (ended == null && d.overdueFlag());
        return overdue ? Standing.IN_PROGRESS_OVERDUE : Standing.IN_PROGRESS_WITHIN_TIME;
    }
}
