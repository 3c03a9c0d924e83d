package vn.motcua.security;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter: a request that failed because the database could not be reached (PostgreSQL restarting,
 * the network cut, the pool waiting in vain for a connection) answers {@code 503} problem+json with
 * {@code Retry-After}, at once, instead of a 500. Its transaction rolled back, so nothing of it was written (files
 * of a submission are removed on rollback) — except when the connection broke while the commit itself was on its
 * way: PostgreSQL may then have committed it. So the answer says "not confirmed", and a client retries a
 * submission with the same {@code Idempotency-Key}, which answers the stored dossier if there is one. The pool reconnects by itself when the database is back; the
 * application is not restarted. docs/operations.md, "When the database is down".
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    /** How long a client should wait before trying again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    /**
     * HikariCP's answer, without SQL state, to a call on a connection it has already evicted after a fatal error
     * (a broken connection: SQL state 08…, 57P01…). Seen when the transaction's rollback follows the I/O error and
     * replaces it ("Application exception overridden by rollback exception").
     */
    static final String HIKARI_EVICTED = "Connection is closed";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    /**
     * Answers {@code 503} problem+json with {@code Retry-After} for a request that failed for a database outage, and
     * logs it. Also used by {@link DatabaseOutageResolver} for failures Spring MVC would otherwise swallow.
     */
    static void answer(HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
        log.warn("Cơ sở dữ liệu không truy cập được ({} {}): {}", request.getMethod(), request.getRequestURI(),
                rootMessage(e));
        response.reset();
        long seconds = FilterProblems.retryAfter(response, RETRY_AFTER);
        FilterProblems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Hệ thống tạm thời gián đoạn", "Cơ sở dữ liệu tạm thời không truy cập được; yêu cầu chưa được xác nhận."
                        + " Hãy gửi lại sau " + seconds + " giây, với cùng Idempotency-Key nếu là nộp hồ sơ:"
                        + " nếu yêu cầu trước đã được ghi, câu trả lời là kết quả của nó.");
    }

    /**
     * Whether the failure is a lost or unobtainable database connection, anywhere in its causes: the pool's timeout,
     * a refused or broken connection (SQL state class 08), the server shutting down or starting (57P01–57P03), a
     * connection the pool evicted for one of these, as Spring, Hibernate or the engine wrap them.
     */
    static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null
                    ? sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]")
                    : HIKARI_EVICTED.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
