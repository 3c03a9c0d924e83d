package archfixture.dossier;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deliberately bad: a web controller starts a process itself. */
@RestController
public class StartController {

    private final RuntimeService runtime;

    StartController(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @PostMapping("/start")
    String start() {
        return runtime.startProcessInstanceByKey("some-process").getId();
    }
}
