package vn.motcua.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.motcua.monitoring.MonitoringReaders;

/**
 * Who may call what (threat model and tests: docs/security.md).
 * <ul>
 * <li>The engine REST API ({@code /engine-rest}) and Motcua's API ({@code /api}): HTTP Basic against
 * Camunda's users, stateless, each request run as its user in the engine. Only the public tracking
 * endpoints, the citizens' tracking page ({@code /tra-cuu}, whose form posts pass the same CSRF check) and the
 * health probe answer anonymous requests; the API description ({@code /v3/api-docs},
 * {@code .json} and {@code .yaml}) and the Swagger UI need a user too. KPI reports are for
 * {@link MonitoringReaders} (managers, from the province file: an agency's managers read their agencies' data only),
 * the actuator's metrics for administrators and the province's managers; managers may also read the reports with
 * their Cockpit login (the
 * Cockpit plugin does, {@link WebappSessionFilter}); {@code /api/admin} for administrators. In front of them:
 * the CSRF check on state-changing calls from browsers ({@link CrossSiteRequestFilter}), the rate limit of
 * public tracking ({@link TrackingRateLimitFilter}) and failed-login throttling ({@link LoginThrottleFilter}).
 * On both chains, task and filter queries carrying an expression are refused ({@link QueryExpressionFilter}).
 * The engine's password-verification endpoint ({@code identity/verify}), an unthrottled password oracle for
 * any logged-in user, is closed.</li>
 * <li>The webapps ({@code /camunda}): Cockpit, Tasklist and Admin authenticate with Camunda's own login
 * and session; their pages load, but every data request needs a logged-in user. Their login form is
 * throttled like HTTP Basic. The first-run setup endpoint that creates an administrator is closed (an
 * administrator is created at start).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HardeningProperties.class)
class SecurityConfiguration {

    /** Camunda's administrators' group: the only one that may change the calendar and other settings. */
    static final String ADMIN_GROUP = MonitoringReaders.ADMIN_GROUP;
    private static final String GROUP_PREFIX = CamundaIdentityAuthenticationProvider.GROUP_PREFIX;

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                    IdentityService identity, LoginThrottle throttle, HardeningProperties properties,
                                    Clock clock, MonitoringReaders readers) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Motcua");
        return http
                // full-path matchers: the engine REST API is its own servlet, outside Spring MVC
                .securityMatcher(paths("/engine-rest/**", "/api/**", "/actuator/**", "/v3/api-docs*", "/v3/api-docs/**",
                        "/swagger-ui/**", "/swagger-ui.html", "/tra-cuu", "/tra-cuu/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/api/public/**", "/tra-cuu", "/tra-cuu/**")).permitAll()
                        .requestMatchers(paths("/engine-rest/identity/verify", "/engine-rest/engine/*/identity/verify")).denyAll()
                        .requestMatchers(paths("/api/admin/**")).hasAuthority(GROUP_PREFIX + ADMIN_GROUP)
                        .requestMatchers(paths("/api/reports/**")).access(groupsThat(readers::mayRead))
                        .requestMatchers(paths("/actuator/**")).access(groupsThat(readers::mayReadMetrics))
                        .anyRequest().authenticated())
                .authenticationProvider(provider)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                // stateless; and a request that reads the reports with the Cockpit session leaves its id alone
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                // Spring's token-based CSRF protection does not fit a stateless Basic API; CrossSiteRequestFilter does
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(new CrossSiteRequestFilter(properties.trustedOrigins()), SecurityContextHolderFilter.class)
                .addFilterAfter(new TrackingRateLimitFilter(properties, clock), CrossSiteRequestFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, LoginThrottleFilter.Surface.HTTP_BASIC),
                        BasicAuthenticationFilter.class)
                // the Cockpit plugin reads /api/reports with the manager's Cockpit session
                .addFilterBefore(new WebappSessionFilter(identity), BasicAuthenticationFilter.class)
                .addFilterBefore(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .addFilterAfter(new QueryExpressionFilter(), AuthorizationFilter.class)
                .build();
    }

    /** Grants a request whose user's groups (authorities {@code GROUP_<id>}) pass the test. */
    private static AuthorizationManager<RequestAuthorizationContext> groupsThat(Predicate<List<String>> test) {
        return (authentication, context) -> {
            var user = authentication.get();
            if (user == null || !user.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            return new AuthorizationDecision(test.test(CamundaIdentityAuthenticationProvider.ids(user, GROUP_PREFIX)));
        };
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/camunda/api/admin/setup/**")).denyAll()
                        .requestMatchers(paths("/camunda/api/engine/engine/*/identity/verify")).denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                // the webapps carry their own CSRF prevention filter and session login
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new LoginThrottleFilter(throttle, LoginThrottleFilter.Surface.WEBAPP_LOGIN),
                        AuthorizationFilter.class)
                .addFilterAfter(new QueryExpressionFilter(), AuthorizationFilter.class)
                .build();
    }
}
