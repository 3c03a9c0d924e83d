package vn.motcua.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the HTTP surfaces ({@code motcua.security.*}, docs/security.md). All limits are per node.
 *
 * @param login          failed logins: per client address and user name, and per client address over any names
 * @param tracking       anonymous public tracking requests per client address
 * @param trustedOrigins browser origins besides the application's own that may send state-changing calls to
 *                       {@code /api} and {@code /engine-rest} (e.g. a portal front end on another host)
 * @param maxClients     how many client keys each limiter remembers at most (and the login cache users)
 * @param loginCache     how long an HTTP Basic login that passed is answered without the database
 *                       ({@link AuthenticationCache}; zero: never)
 */
@ConfigurationProperties("motcua.security")
record HardeningProperties(@DefaultValue Login login, @DefaultValue Tracking tracking,
                           @DefaultValue List<String> trustedOrigins, @DefaultValue("100000") int maxClients,
                           @DefaultValue("10s") Duration loginCache) {

    /**
     * @param attempts           wrong passwords one client may try for one user name before it must wait
     * @param attemptsPerAddress wrong passwords one client address may try over all user names
     * @param per                the time over which the attempts come back, evenly
     */
    record Login(@DefaultValue("5") int attempts, @DefaultValue("30") int attemptsPerAddress,
                 @DefaultValue("15m") Duration per) {
    }

    /**
     * @param requests tracking requests one client address may send at once
     * @param per      the time over which they come back, evenly
     */
    record Tracking(@DefaultValue("30") int requests, @DefaultValue("1m") Duration per) {
    }
}
