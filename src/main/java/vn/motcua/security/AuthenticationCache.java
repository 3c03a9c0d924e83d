package vn.motcua.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.engine.IdentityChanged;

/**
 * The HTTP Basic logins of the last {@code motcua.security.login-cache} (default 10 s) on this node, so that a client
 * sending the same user and password with every request costs one password check and two identity queries (three
 * database transactions) per lifetime instead of per request (docs/performance.md). What is kept per user: a keyed
 * hash (HMAC-SHA-256 under a random key made at start, never stored) of the name and password that passed, the
 * groups and tenants read then, and when that was; never the password. A request is answered from it only with the
 * same name and password, within the lifetime, and when no identity change was announced since it was read
 * ({@link IdentityChanged}: any change of the engine's users, groups, tenants or memberships on this node, after its
 * commit, drops every entry). So a removed user, a changed password or a removed group membership loses access on
 * this node with the change's commit, and on other nodes or with a directory within the lifetime. Failed logins
 * are not kept: each is checked (and throttled, {@link LoginThrottle}). A lifetime of zero turns the cache off.
 */
@Component
class AuthenticationCache {

    private final Duration lifetime;
    private final int maxUsers;
    private final Clock clock;
    private final SecretKeySpec key;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Autowired
    AuthenticationCache(HardeningProperties properties, Clock clock) {
        this(properties.loginCache(), properties.maxClients(), clock);
    }

    AuthenticationCache(Duration lifetime, int maxUsers, Clock clock) {
        this.lifetime = lifetime;
        this.maxUsers = maxUsers;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** What was read about one user's login. */
    private record Entry(byte[] proof, List<GrantedAuthority> authorities, Instant readAt, long generation) {
    }

    /** A stamp to take before reading a login, for {@link #put}: a change announced in between voids the reading. */
    long stamp() {
        return generation.get();
    }

    /** The user authenticated as read within the lifetime with this very password, if so. */
    Optional<UsernamePasswordAuthenticationToken> get(String user, String password) {
        if (lifetime.isZero()) {
            return Optional.empty();
        }
        Entry entry = entries.get(user);
        if (entry == null || entry.generation != generation.get()
                || !clock.instant().isBefore(entry.readAt.plus(lifetime))
                || !MessageDigest.isEqual(entry.proof, proof(user, password))) {
            return Optional.empty();
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, entry.authorities));
    }

    /** Keeps a login that passed, read after {@code stamp} was taken; dropped if a change came in between. */
    void put(String user, String password, UsernamePasswordAuthenticationToken authenticated, long stamp, Instant readAt) {
        if (lifetime.isZero() || stamp != generation.get()) {
            return;
        }
        if (entries.size() >= maxUsers) {
            entries.clear();
        }
        entries.put(user, new Entry(proof(user, password), List.copyOf(authenticated.getAuthorities()), readAt, stamp));
    }

    /** When a reading starts; its entry lives from then. */
    Instant now() {
        return clock.instant();
    }

    @EventListener
    void on(IdentityChanged change) {
        generation.incrementAndGet();
        entries.clear();
    }

    private byte[] proof(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
