package vn.motcua.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;

import vn.motcua.procedure.AgencyRepository;

/**
 * Seeds the demo one-stop shop into an application that runs without it (the {@code postgres} profile),
 * so that the same scenarios run on both databases.
 */
public final class TestOneStopShop {

    private TestOneStopShop() {
    }

    public static void seed(ApplicationContext context) {
        new DemoData(context.getBean(AgencyRepository.class), context.getBean(IdentityService.class),
                context.getBean(AuthorizationService.class), context.getBean(FilterService.class),
                context.getBean(TaskService.class)).load();
    }

    public static String password() {
        return DemoData.PASSWORD;
    }
}
