package vn.motcua.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Failed-login throttling per client, decided before any password is checked. A client (its address) may
 * try {@code attempts} wrong passwords for one user name, then must wait while they come back one by one;
 * over all user names one address may try {@code attemptsPerAddress} (password spraying). A success clears
 * the client's count for that user name. The user's account itself is never locked by failures: whoever
 * sends wrong passwords slows only themselves, so nobody can lock a clerk out (docs/security.md).
 */
@Component
class LoginThrottle {

    private static final int MAX_NAME = 128;

    private final RateLimiter perUser;
    private final RateLimiter perAddress;

    LoginThrottle(HardeningProperties properties, Clock clock) {
        HardeningProperties.Login login = properties.login();
        this.perUser = new RateLimiter(login.attempts(), login.per(), properties.maxClients(), clock);
        this.perAddress = new RateLimiter(login.attemptsPerAddress(), login.per(), properties.maxClients(), clock);
    }

    /** Empty when the client may try a password for the user now; otherwise how long it must wait. */
    Optional<Duration> waitTime(String address, String user) {
        Optional<Duration> forUser = perUser.waitTime(key(address, user));
        Optional<Duration> forAddress = perAddress.waitTime(address);
        if (forUser.isEmpty()) {
            return forAddress;
        }
        return forAddress.isEmpty() || forUser.get().compareTo(forAddress.get()) >= 0 ? forUser : forAddress;
    }

    void failed(String address, String user) {
        perUser.consume(key(address, user));
        perAddress.consume(address);
    }

    void succeeded(String address, String user) {
        perUser.reset(key(address, user));
    }

    private static String key(String address, String user) {
        String name = user.strip().toLowerCase(Locale.ROOT);
        return address + '\n' + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }
}
