package vn.motcua.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;

import vn.motcua.province.ProvinceApplier;

/**
 * Seeds the demo one-stop shop into an application that runs without it (the {@code postgres} profile),
 * so that the same scenarios run on both databases.
 */
public final class TestOneStopShop {

    private TestOneStopShop() {
    }

    public static void seed(ApplicationContext context) {
        DemoData.seed(context.getBean(ProvinceApplier.class), context.getBean(IdentityService.class));
    }

    public static String password() {
        return DemoData.PASSWORD;
    }
}
