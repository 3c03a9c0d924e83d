package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.monitoring.PeriodClassifier.Source;
import vn.motcua.monitoring.PeriodClassifier.Standing;

/** The period report of DOMAIN.md: where each dossier goes, and the identity on every edge case. */
class PeriodReportTest {

    static final Instant FROM = Instant.parse("2025-03-31T17:00:00Z"); // 01/04/2025 00:00 in Việt Nam
    static final Instant TO = Instant.parse("2025-04-30T17:00:00Z");   // 01/05/2025 00:00
    static final Instant NOW = Instant.parse("2025-06-15T03:00:00Z");

    static Instant t(String s) {
        return Instant.parse(s);
    }

    static DossierFacts facts(String channel, int status, Instant received, Instant due, Instant ended, String outcome,
                              boolean overdue) {
        return new DossierFacts("000.00.20.H10", channel, DossierStatus.ofCode(status), received, due,
                status == 9 || status == 10 ? ended : null, status == 7 ? ended : null,
                status == 7 || status == 8 || status == 10 ? ended : null, outcome, overdue);
    }

    static PeriodClassifier.Placement place(DossierFacts f) {
        return PeriodClassifier.place(f, FROM, TO, NOW);
    }

    @Test
    void shouldCountADossierReceivedBeforeThePeriodAndStillOpenAsCarriedOver() {
        var p = place(facts("COUNTER", 4, t("2025-03-20T02:00:00Z"), t("2025-04-25T02:00:00Z"), null, null, false));
        assertThat(p).isEqualTo(new PeriodClassifier.Placement(Source.CARRIED_OVER, Standing.IN_PROGRESS_OVERDUE));
    }

    @Test
    void shouldCountACarriedOverDossierResolvedInThePeriodOnTheResolvedSide() {
        var p = place(facts("ONLINE", 10, t("2025-03-28T02:00:00Z"), t("2025-04-03T10:00:00Z"), t("2025-04-03T08:00:00Z"),
                "ON_TIME", false));
        assertThat(p).isEqualTo(new PeriodClassifier.Placement(Source.CARRIED_OVER, Standing.ON_TIME));
    }

    @Test
    void shouldLeaveOutDossiersEndedBeforeThePeriodReceivedAfterItOrNeverReceived() {
        assertThat(place(facts("COUNTER", 10, t("2025-03-01T02:00:00Z"), null, t("2025-03-10T02:00:00Z"), "EARLY", false))).isNull();
        assertThat(place(facts("COUNTER", 4, t("2025-05-02T02:00:00Z"), null, null, null, false))).isNull();
        assertThat(place(facts("ONLINE", 1, null, null, null, null, false))).isNull();
        assertThat(place(facts("COUNTER", 3, null, null, null, null, false))).isNull();
        // supplement requested at intake: status 5 without receipt
        assertThat(place(facts("COUNTER", 5, null, null, null, null, false))).isNull();
        assertThat(place(facts("COUNTER", 7, t("2025-03-01T02:00:00Z"), null, t("2025-03-05T02:00:00Z"), null, false))).isNull();
    }

    @Test
    void shouldPlaceWithdrawnStoppedAndWaitingDossiers() {
        assertThat(place(facts("POST", 7, t("2025-04-02T02:00:00Z"), t("2025-04-09T02:00:00Z"), t("2025-04-04T02:00:00Z"), null, false)))
                .isEqualTo(new PeriodClassifier.Placement(Source.POST, Standing.WITHDRAWN));
        assertThat(place(facts("COUNTER", 8, t("2025-03-25T02:00:00Z"), t("2025-04-09T02:00:00Z"), t("2025-04-04T02:00:00Z"), null, false)))
                .isEqualTo(new PeriodClassifier.Placement(Source.CARRIED_OVER, Standing.STOPPED));
        assertThat(place(facts("ONLINE", 5, t("2025-04-02T02:00:00Z"), t("2025-04-09T02:00:00Z"), null, null, false)).standing())
                .isEqualTo(Standing.WAITING_SUPPLEMENT);
        assertThat(place(facts("COUNTER", 6, t("2025-04-02T02:00:00Z"), t("2025-04-09T02:00:00Z"), null, null, true)).standing())
                .isEqualTo(Standing.WAITING_FINANCIAL_OBLIGATION);
    }

    @Test
    void shouldCountADossierResolvedAfterThePeriodAsInProgressAtItsEnd() {
        var withinTime = place(facts("COUNTER", 9, t("2025-04-28T02:00:00Z"), t("2025-05-05T02:00:00Z"), t("2025-05-02T02:00:00Z"), "EARLY", false));
        assertThat(withinTime.standing()).isEqualTo(Standing.IN_PROGRESS_WITHIN_TIME);
        var late = place(facts("COUNTER", 10, t("2025-04-20T02:00:00Z"), t("2025-04-25T02:00:00Z"), t("2025-05-02T02:00:00Z"), "LATE", false));
        assertThat(late.standing()).isEqualTo(Standing.IN_PROGRESS_OVERDUE);
    }

    @Test
    void shouldJudgeOverdueAgainstNowWhileThePeriodIsRunning() {
        Instant now = t("2025-04-10T02:00:00Z");
        var f = facts("COUNTER", 4, t("2025-04-02T02:00:00Z"), t("2025-04-20T02:00:00Z"), null, null, false);
        assertThat(PeriodClassifier.place(f, FROM, TO, now).standing()).isEqualTo(Standing.IN_PROGRESS_WITHIN_TIME);
    }

    @Test
    void shouldKeepTheIdentityOverAMixOfEveryCase() {
        List<DossierFacts> all = List.of(
                facts("COUNTER", 4, t("2025-03-20T02:00:00Z"), t("2025-04-25T02:00:00Z"), null, null, false),
                facts("ONLINE", 10, t("2025-03-28T02:00:00Z"), t("2025-04-03T10:00:00Z"), t("2025-04-03T08:00:00Z"), "ON_TIME", false),
                facts("ONLINE", 9, t("2025-04-03T02:00:00Z"), t("2025-04-10T10:00:00Z"), t("2025-04-07T08:00:00Z"), "EARLY", false),
                facts("COUNTER", 10, t("2025-04-03T02:00:00Z"), t("2025-04-10T10:00:00Z"), t("2025-04-17T08:00:00Z"), "LATE", true),
                facts("POST", 7, t("2025-04-02T02:00:00Z"), t("2025-04-09T02:00:00Z"), t("2025-04-04T02:00:00Z"), null, false),
                facts("COUNTER", 8, t("2025-03-25T02:00:00Z"), t("2025-04-09T02:00:00Z"), t("2025-04-04T02:00:00Z"), null, false),
                facts("ONLINE", 5, t("2025-04-02T02:00:00Z"), t("2025-04-09T02:00:00Z"), null, null, false),
                facts("COUNTER", 6, t("2025-04-02T02:00:00Z"), t("2025-04-09T02:00:00Z"), null, null, true),
                facts("COUNTER", 2, t("2025-04-29T02:00:00Z"), t("2025-06-30T02:00:00Z"), null, null, false),
                facts("COUNTER", 10, t("2025-03-01T02:00:00Z"), null, t("2025-03-10T02:00:00Z"), "EARLY", false));
        PeriodReport.Tally tally = new PeriodReport.Tally();
        all.stream().map(PeriodReportTest::place).filter(java.util.Objects::nonNull).forEach(tally::add);
        PeriodReport r = tally.build("000.00.20.H10", "UBND thành phố Đồng Xoài");

        assertThat(r.carriedOver()).isEqualTo(3);
        assertThat(r.received()).isEqualTo(6);
        assertThat(new long[] {r.receivedOnline(), r.receivedCounter(), r.receivedPost()}).containsExactly(2, 3, 1);
        assertThat(new long[] {r.resolvedEarly(), r.resolvedOnTime(), r.resolvedLate()}).containsExactly(1, 1, 1);
        assertThat(r.withdrawn()).isEqualTo(1);
        assertThat(r.stopped()).isEqualTo(1);
        assertThat(new long[] {r.inProgressWithinTime(), r.inProgressOverdue()}).containsExactly(1, 1);
        assertThat(new long[] {r.waitingSupplement(), r.waitingFinancialObligation()}).containsExactly(1, 1);
        assertThat(r.total()).isEqualTo(r.resolved() + r.withdrawn() + r.inProgress() + r.waiting()).isEqualTo(9);
        assertThat(r.onTimeRate()).isEqualTo(66.7);
    }

    @Test
    void shouldRefuseAReportThatBreaksTheIdentity() {
        assertThatThrownBy(() -> new PeriodReport("X", "X", 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("không cân đối");
    }

    @Test
    void shouldGiveNoRateWhenNothingWasResolvedAndSumAgencies() {
        PeriodReport a = new PeriodReport("A", "A", 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0);
        PeriodReport b = new PeriodReport("B", "B", 0, 3, 1, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0);
        assertThat(a.onTimeRate()).isNull();
        assertThat(a.onlineShare()).isNull();
        PeriodReport sum = PeriodReport.sum("Toàn tỉnh", List.of(a, b));
        assertThat(sum.total()).isEqualTo(6);
        assertThat(sum.onTimeRate()).isEqualTo(75.0);
        assertThat(sum.onlineShare()).isEqualTo(75.0);
    }
}
