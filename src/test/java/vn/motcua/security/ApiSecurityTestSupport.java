package vn.motcua.security;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.CallerAgencies;
import vn.motcua.monitoring.MonitoringReaders;
import vn.motcua.procedure.AgencyMemberships;

/**
 * The API's real security for web slice tests: import this and mock {@link IdentityService}, then call
 * {@link #knowUser} so that user {@code tiepnhan} / {@code demo} authenticates ({@link #knowManager}: as a
 * member of the managers' group, who may read reports).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, CamundaIdentityAuthenticationProvider.class, LoginThrottle.class})
public class ApiSecurityTestSupport {

    public static final String USER = "tiepnhan";
    public static final String PASSWORD = "demo";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Off: the slices stub the identity service anew in each test, the same user with other groups. */
    @Bean
    AuthenticationCache authenticationCache(Clock clock) {
        return new AuthenticationCache(Duration.ZERO, 1, clock);
    }

    /**
     * The monitoring readers as the demo province makes them: {@code quanly} is the province's manager group (every
     * agency); the engine's caller is taken as the application (every agency), as these slices have no engine.
     */
    @Bean
    MonitoringReaders monitoringReaders() {
        AgencyMemberships memberships = mock(AgencyMemberships.class);
        when(memberships.managersAmong(anyCollection())).thenAnswer(call -> ((java.util.Collection<?>) call.getArgument(0))
                .contains("quanly") ? List.of(new AgencyMemberships.Row("000.00.20.H10", "quanly", AgencyMemberships.MANAGER, true))
                : List.of());
        CallerAgencies callers = mock(CallerAgencies.class);
        when(callers.current()).thenReturn(AgencyScope.ALL);
        return new MonitoringReaders(memberships, callers);
    }

    public static void knowUser(IdentityService identity) {
        knowUser(identity, new String[0]);
    }

    public static void knowManager(IdentityService identity) {
        knowUser(identity, "quanly");
    }

    private static void knowUser(IdentityService identity, String... groupIds) {
        when(identity.checkPassword(anyString(), anyString())).thenAnswer(call ->
                USER.equals(call.getArgument(0)) && PASSWORD.equals(call.getArgument(1)));
        List<Group> groupList = Arrays.stream(groupIds).map(id -> {
            Group group = mock(Group.class);
            when(group.getId()).thenReturn(id);
            return group;
        }).toList();
        GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
        when(groups.list()).thenReturn(groupList);
        when(identity.createGroupQuery()).thenReturn(groups);
        TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);
        when(tenants.list()).thenReturn(List.of());
        when(identity.createTenantQuery()).thenReturn(tenants);
    }
}
