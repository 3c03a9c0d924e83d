package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import jakarta.servlet.ServletException;

import java.io.EOFException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.mock.web.MockServletContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Which failures are a database outage (503) and which stay errors of their own. */
class DatabaseOutageFilterTest {

    @Test
    void shouldRecogniseALostConnectionHoweverItIsWrapped() {
        assertThat(DatabaseOutageFilter.isOutage(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new RuntimeException(new SQLException("terminating connection due to"
                + " administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutageFilter.isOutage(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        // the rollback after the I/O error hits the connection the pool has evicted, and replaces the I/O error
        assertThat(DatabaseOutageFilter.isOutage(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException(DatabaseOutageFilter.HIKARI_EVICTED))))).isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresAlone() {
        assertThat(DatabaseOutageFilter.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutageFilter.isOutage(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(DatabaseOutageFilter.isOutage(new IllegalStateException("bug"))).isFalse();
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertThat(DatabaseOutageFilter.isOutage(loop)).as("a cause cycle ends").isFalse();
    }

    @Test
    void shouldAnswer503ProblemWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/dossiers");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseOutageFilter().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLException("Connection refused", "08001"));
            }
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":503", "\"instance\":\"/api/dossiers\"", "Cơ sở dữ liệu tạm thời không truy cập được");
    }

    /** What the PostgreSQL driver raises when the connection breaks while a commit waits for the server's answer. */
    static JpaSystemException commitCutOff() {
        return new JpaSystemException(new RuntimeException("Unable to commit against JDBC Connection",
                new SQLException("An I/O error occurred while sending to the backend.", "08006", new EOFException())));
    }

    @RestController
    static class FailingCommit {
        @PostMapping("/api/dossiers")
        String submit() {
            throw commitCutOff();
        }
    }

    @Configuration
    @EnableWebMvc
    static class Mvc {
        @Bean
        FailingCommit failingCommit() {
            return new FailingCommit();
        }

        @Bean
        DatabaseOutageResolver databaseOutageResolver() {
            return new DatabaseOutageResolver();
        }
    }

    /**
     * Spring MVC's own resolvers take the driver's {@link EOFException} for a client that went away and answer an
     * empty 200 (seen in PostgresOutageTest): Motcua's resolver, detected and ordered by the DispatcherServlet as in
     * the application, answers 503 first.
     */
    @Test
    void shouldAnswer503InsteadOfSpringsEmpty200WhenACommitIsCutOff() throws Exception {
        AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.register(Mvc.class);
        context.refresh();
        try {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            MockHttpServletResponse response = mvc.perform(post("/api/dossiers")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("10");
            assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"status\":503");
        } finally {
            context.close();
        }
        // without it: what Spring does with the same failure
        MockHttpServletResponse swallowed = new MockHttpServletResponse();
        assertThat(new org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver().resolveException(
                new MockHttpServletRequest("POST", "/api/dossiers"), swallowed, null, commitCutOff()))
                .as("Spring treats it as a client gone away").isNotNull();
        assertThat(swallowed.getStatus()).isEqualTo(200);
    }
}
