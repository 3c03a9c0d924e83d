package vn.motcua.monitoring;

import java.util.Collection;

/**
 * The period report of one agency (or of all, when {@code agencyCode} is null). Its constructor checks
 * the identity of DOMAIN.md: carried over + received (online, counter, post) = resolved (early, on time,
 * late) + withdrawn + in progress (within time, overdue) + waiting (supplement, financial obligation,
 * stopped). A report that breaks it is never built.
 */
record PeriodReport(String agencyCode, String agencyName,
                    long carriedOver, long receivedOnline, long receivedCounter, long receivedPost,
                    long resolvedEarly, long resolvedOnTime, long resolvedLate, long withdrawn,
                    long inProgressWithinTime, long inProgressOverdue,
                    long waitingSupplement, long waitingFinancialObligation, long stopped) {

    PeriodReport {
        long[] all = {carriedOver, receivedOnline, receivedCounter, receivedPost, resolvedEarly, resolvedOnTime,
                resolvedLate, withdrawn, inProgressWithinTime, inProgressOverdue, waitingSupplement,
                waitingFinancialObligation, stopped};
        for (long n : all) {
            if (n < 0) {
                throw new IllegalArgumentException("Số hồ sơ âm trong báo cáo của " + agencyCode);
            }
        }
        long in = carriedOver + receivedOnline + receivedCounter + receivedPost;
        long out = resolvedEarly + resolvedOnTime + resolvedLate + withdrawn + inProgressWithinTime + inProgressOverdue
                + waitingSupplement + waitingFinancialObligation + stopped;
        if (in != out) {
            throw new IllegalStateException("Báo cáo của " + agencyCode + " không cân đối: kỳ trước chuyển sang + tiếp nhận = "
                    + in + " nhưng đã giải quyết + rút + đang giải quyết + chờ = " + out);
        }
    }

    long received() { return receivedOnline + receivedCounter + receivedPost; }

    /** Carried over + received: what the agency had to handle in the period. */
    long total() { return carriedOver + received(); }

    long resolved() { return resolvedEarly + resolvedOnTime + resolvedLate; }

    long inProgress() { return inProgressWithinTime + inProgressOverdue; }

    long waiting() { return waitingSupplement + waitingFinancialObligation + stopped; }

    /** (early + on time) / resolved, in percent with one decimal; null when nothing was resolved. */
    Double onTimeRate() {
        return Percent.of(resolvedEarly + resolvedOnTime, resolved());
    }

    /** Online received / received, in percent; null when nothing was received. */
    Double onlineShare() {
        return Percent.of(receivedOnline, received());
    }

    /** The sum of several agencies' reports (the identity still holds). */
    static PeriodReport sum(String name, Collection<PeriodReport> reports) {
        long[] s = new long[13];
        for (PeriodReport r : reports) {
            long[] v = r.values();
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i];
            }
        }
        return new PeriodReport(null, name, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12]);
    }

    long[] values() {
        return new long[] {carriedOver, receivedOnline, receivedCounter, receivedPost, resolvedEarly, resolvedOnTime,
                resolvedLate, withdrawn, inProgressWithinTime, inProgressOverdue, waitingSupplement,
                waitingFinancialObligation, stopped};
    }

    /** Counts placements one by one, then builds the report (which checks the identity). */
    static final class Tally {
        private final long[] n = new long[13];

        void add(PeriodClassifier.Placement p) {
            n[p.source().ordinal()]++;
            n[4 + p.standing().ordinal()]++;
        }

        PeriodReport build(String agencyCode, String agencyName) {
            return new PeriodReport(agencyCode, agencyName, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
                    n[10], n[11], n[12]);
        }
    }
}
