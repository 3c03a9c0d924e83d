package vn.motcua.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The trust boundary of the LGSP/portal (docs/security.md "Technical client"): {@code /api/inbound/**} has its own
 * filter chain, ahead of the staff API's. Only a bearer access token the gateway signed for Motcua
 * ({@link InboundTokens}) carrying the inbound scope gets in; no session, no CSRF token (no ambient browser
 * credential is accepted), no HTTP Basic: a clerk's password opens nothing here, and the token opens nothing
 * elsewhere (the staff chain knows no bearer tokens). Not configured: every request is answered 503, never let
 * through. Refusals are problem+json: 401 (no, bad, expired, foreign token) and 403 (token without the scope).
 * The inbound requests run without an engine user: the application acts for the portal, which is why the scope
 * is the allow-list and the applicant's number is checked on every message about an existing dossier.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboundProperties.class)
class InboundSecurity {

    /** The claim naming the technical client (OAuth2 token exchange / JWT access token profile, RFC 9068). */
    static final String CLIENT_ID = "client_id";

    @Bean
    @Order(0)
    SecurityFilterChain inboundApiSecurity(HttpSecurity http, InboundProperties properties) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/inbound/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable);
        if (!properties.configured()) {
            return http.authorizeHttpRequests(r -> r.anyRequest().denyAll())
                    .addFilterBefore(new NotConfigured(), SecurityContextHolderFilter.class)
                    .build();
        }
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        return http
                .authorizeHttpRequests(r -> r.anyRequest().hasAuthority("SCOPE_" + properties.scope()))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(InboundTokens.decoder(properties)).jwtAuthenticationConverter(InboundSecurity::client))
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure);
                            FilterProblems.write(request, response, 401, "Chưa xác thực",
                                    "Cần access token hợp lệ do cổng LGSP cấp cho Motcua (Authorization: Bearer …)");
                        })
                        .accessDeniedHandler((request, response, failure) -> {
                            denied.handle(request, response, failure);
                            FilterProblems.write(request, response, 403, "Không có quyền",
                                    "Access token không có phạm vi (scope) " + properties.scope(),
                                    Map.of("errors", List.of(Map.of("field", "scope",
                                            "message", "Thiếu phạm vi " + properties.scope()))));
                        }))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                    bearer.commence(request, response, failure);
                    FilterProblems.write(request, response, 401, "Chưa xác thực",
                            "Cần access token hợp lệ do cổng LGSP cấp cho Motcua (Authorization: Bearer …)");
                }))
                .build();
    }

    /** The token's client ({@code client_id}, else {@code azp}, else {@code sub}) with its scopes as authorities. */
    private static AbstractAuthenticationToken client(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>(new JwtGrantedAuthoritiesConverter().convert(jwt));
        String name = jwt.getClaimAsString(CLIENT_ID);
        if (name == null || name.isBlank()) {
            name = jwt.getClaimAsString("azp");
        }
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    /** 503 for every inbound request while no gateway is configured: closed, and saying why. */
    private static final class NotConfigured extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            FilterProblems.write(request, response, 503, "Chưa cấu hình kênh liên thông",
                    "Motcua chưa được cấu hình để nhận thông điệp từ cổng LGSP (motcua.inbound.issuer, audience và khóa"
                            + " của cổng); mọi yêu cầu tới /api/inbound đều bị từ chối");
        }
    }
}
