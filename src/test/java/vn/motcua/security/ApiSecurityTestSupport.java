package vn.motcua.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The API's real security for web slice tests: import this and mock {@link IdentityService}, then call
 * {@link #knowUser} so that user {@code tiepnhan} / {@code demo} authenticates.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, CamundaIdentityAuthenticationProvider.class})
public class ApiSecurityTestSupport {

    public static final String USER = "tiepnhan";
    public static final String PASSWORD = "demo";

    public static void knowUser(IdentityService identity) {
        when(identity.checkPassword(anyString(), anyString())).thenAnswer(call ->
                USER.equals(call.getArgument(0)) && PASSWORD.equals(call.getArgument(1)));
        GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
        when(groups.list()).thenReturn(List.of());
        when(identity.createGroupQuery()).thenReturn(groups);
        TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);
        when(tenants.list()).thenReturn(List.of());
        when(identity.createTenantQuery()).thenReturn(tenants);
    }
}
