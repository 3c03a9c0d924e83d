package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The token buckets behind login throttling and the tracking limit, on a clock the test moves. */
class RateLimiterTest {

    final MovableClock clock = new MovableClock();

    @Test
    void shouldRefuseOnceTheBudgetIsSpentAndGiveTokensBackEvenly() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), 100, clock);
        assertThat(limiter.tryConsume("a")).isEmpty();
        assertThat(limiter.tryConsume("a")).isEmpty();
        assertThat(limiter.tryConsume("a")).isEmpty();
        assertThat(limiter.tryConsume("a")).contains(Duration.ofMinutes(1));
        assertThat(limiter.tryConsume("b")).as("another client has its own budget").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.tryConsume("a")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.tryConsume("a")).as("one token back after a minute").isEmpty();
        assertThat(limiter.tryConsume("a")).isPresent();

        clock.advance(Duration.ofHours(1));
        assertThat(limiter.waitTime("a")).isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume("a")).as("never more than the capacity").isEmpty();
        }
        assertThat(limiter.tryConsume("a")).isPresent();
    }

    @Test
    void shouldCountFailuresThatAlreadyHappenedAndForgetOnReset() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(10), 100, clock);
        assertThat(limiter.waitTime("x")).as("an unknown key may go").isEmpty();
        limiter.consume("x");
        assertThat(limiter.waitTime("x")).isEmpty();
        limiter.consume("x");
        limiter.consume("x");
        assertThat(limiter.waitTime("x")).contains(Duration.ofMinutes(5));
        assertThat(limiter.waitTime("x")).as("looking takes nothing").contains(Duration.ofMinutes(5));
        limiter.reset("x");
        assertThat(limiter.waitTime("x")).isEmpty();
    }

    @Test
    void shouldKeepMemoryBoundedWhenManyClientsCome() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 10, clock);
        for (int i = 0; i < 1000; i++) {
            limiter.tryConsume("client-" + i);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(10);
        assertThat(limiter.tryConsume("client-999")).as("the newest client is still remembered").isPresent();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
