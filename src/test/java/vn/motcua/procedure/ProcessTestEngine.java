package vn.motcua.procedure;

/**
 * The in-memory engine of process tests. Its configuration file must not be called camunda.cfg.xml: the
 * engine REST API looks that name up on the classpath and would start a second engine beside the
 * application's in the application tests.
 */
final class ProcessTestEngine {

    static final String CONFIGURATION = "process-test.camunda.cfg.xml";

    private ProcessTestEngine() {
    }
}
