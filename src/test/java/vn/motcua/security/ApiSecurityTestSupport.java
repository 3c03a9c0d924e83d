package vn.motcua.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

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
