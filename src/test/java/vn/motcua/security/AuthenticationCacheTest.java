package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.motcua.engine.IdentityChanged;

/** The API's login cache on its own: what it answers, for how long, and what drops it (its clock is set by hand). */
class AuthenticationCacheTest {

    static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");

    Instant now = T0;
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final AuthenticationCache cache = new AuthenticationCache(Duration.ofSeconds(10), 3, clock);

    static UsernamePasswordAuthenticationToken token(String user, String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList());
    }

    void keep(String user, String password, String... authorities) {
        cache.put(user, password, token(user, authorities), cache.stamp(), cache.now());
    }

    @Test
    void shouldAnswerTheSameUserAndPasswordWithTheGroupsAndTenantsReadThen() {
        keep("tiepnhan", "demo", "GROUP_motcua-dongxoai", "TENANT_000.00.20.H10");
        assertThat(cache.get("tiepnhan", "demo")).hasValueSatisfying(hit -> {
            assertThat(hit.isAuthenticated()).isTrue();
            assertThat(hit.getName()).isEqualTo("tiepnhan");
            assertThat(hit.getCredentials()).isNull();
            assertThat(hit.getAuthorities()).extracting(Object::toString)
                    .containsExactly("GROUP_motcua-dongxoai", "TENANT_000.00.20.H10");
        });
    }

    @Test
    void shouldNotAnswerAnotherPasswordOrAnotherUser() {
        keep("tiepnhan", "demo", "GROUP_motcua-dongxoai");
        assertThat(cache.get("tiepnhan", "Demo")).isEmpty();
        assertThat(cache.get("tiepnhan", "demo ")).isEmpty();
        assertThat(cache.get("tiepnhan", "")).isEmpty();
        assertThat(cache.get("lanhdao", "demo")).isEmpty();
        assertThat(cache.get("TIEPNHAN", "demo")).isEmpty();
    }

    @Test
    void shouldForgetALoginWhenItsLifetimeIsOver() {
        keep("tiepnhan", "demo", "GROUP_motcua-dongxoai");
        now = T0.plusSeconds(9);
        assertThat(cache.get("tiepnhan", "demo")).isPresent();
        now = T0.plusSeconds(10);
        assertThat(cache.get("tiepnhan", "demo")).isEmpty();
    }

    @Test
    void shouldDropEveryLoginWhenTheIdentityChanges() {
        keep("tiepnhan", "demo", "GROUP_motcua-dongxoai");
        keep("lanhdao", "demo", "GROUP_lanhdao-ubnd-dongxoai");
        cache.on(IdentityChanged.INSTANCE);
        assertThat(cache.get("tiepnhan", "demo")).isEmpty();
        assertThat(cache.get("lanhdao", "demo")).isEmpty();
    }

    @Test
    void shouldNotKeepALoginReadBeforeAChangeThatCameWhileReading() {
        long stamp = cache.stamp();
        Instant readAt = cache.now();
        cache.on(IdentityChanged.INSTANCE); // e.g. the group membership removed while the old one was being read
        cache.put("tiepnhan", "demo", token("tiepnhan", "GROUP_motcua-dongxoai"), stamp, readAt);
        assertThat(cache.get("tiepnhan", "demo")).isEmpty();
        keep("tiepnhan", "demo");
        assertThat(cache.get("tiepnhan", "demo")).isPresent();
    }

    @Test
    void shouldCountTheLifetimeFromWhenTheReadingStarted() {
        Instant readAt = cache.now();
        long stamp = cache.stamp();
        now = T0.plusSeconds(4);
        cache.put("tiepnhan", "demo", token("tiepnhan"), stamp, readAt);
        now = T0.plusSeconds(10);
        assertThat(cache.get("tiepnhan", "demo")).isEmpty();
    }

    @Test
    void shouldStayWithinItsSizeAndKeepNothingWithALifetimeOfZero() {
        keep("a", "1");
        keep("b", "1");
        keep("c", "1");
        keep("d", "1");
        assertThat(List.of("a", "b", "c", "d").stream().filter(u -> cache.get(u, "1").isPresent()).count()).isLessThanOrEqualTo(3);
        assertThat(cache.get("d", "1")).isPresent();

        AuthenticationCache off = new AuthenticationCache(Duration.ZERO, 3, clock);
        off.put("tiepnhan", "demo", token("tiepnhan"), off.stamp(), off.now());
        assertThat(off.get("tiepnhan", "demo")).isEmpty();
    }
}
