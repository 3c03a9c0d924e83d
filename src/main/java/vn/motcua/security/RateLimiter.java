package vn.motcua.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address, or an address and a user name), held in this node's memory:
 * each key may spend {@code capacity} tokens at once, and gets them back evenly over {@code refill}
 * (5 tokens per 15 minutes = one every 3 minutes). Behind a load balancer every node counts on its own, so
 * a client spread over n nodes gets up to n times the budget; the TLS proxy's own limit (docs/operations.md)
 * is the cluster-wide one.
 * <p>
 * Memory is bounded: past {@code maxKeys} keys, full buckets (which say nothing a missing key would not) are
 * dropped, then, if still too many, the oldest-seen keys, so a flood of new addresses cannot exhaust memory.
 */
final class RateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, Duration refill, int maxKeys, Clock clock) {
        if (capacity < 1 || refill.isNegative() || refill.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("Giới hạn không hợp lệ: " + capacity + " lần / " + refill);
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) refill.toNanos();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes a token for the key; empty when it had one, otherwise how long until it will have one. */
    Optional<Duration> tryConsume(String key) {
        return bucket(key).take(now(), true);
    }

    /** How long the key must wait before its next token, without taking one (empty: it may go now). */
    Optional<Duration> waitTime(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? Optional.empty() : bucket.take(now(), false);
    }

    /** Takes a token whether or not the key has one left (a failure that already happened). */
    void consume(String key) {
        bucket(key).spend(now());
    }

    /** Forgets the key: a full bucket again. */
    void reset(String key) {
        buckets.remove(key);
    }

    int size() {
        return buckets.size();
    }

    private long now() {
        Duration sinceEpoch = Duration.ofMillis(clock.millis());
        return sinceEpoch.toNanos();
    }

    private Bucket bucket(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxKeys) {
            evict();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now()));
    }

    private void evict() {
        long now = now();
        buckets.values().removeIf(b -> b.isFull(now));
        Iterator<Map.Entry<String, Bucket>> oldest = buckets.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.updated, b.updated)))
                .iterator();
        while (buckets.size() >= maxKeys && oldest.hasNext()) {
            buckets.remove(oldest.next().getKey());
        }
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Optional<Duration> take(long now, boolean consume) {
            refill(now);
            if (tokens >= 1) {
                if (consume) {
                    tokens -= 1;
                }
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano)));
        }

        synchronized void spend(long now) {
            refill(now);
            tokens = Math.max(0, tokens - 1);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            }
            updated = Math.max(updated, now);
        }
    }
}
