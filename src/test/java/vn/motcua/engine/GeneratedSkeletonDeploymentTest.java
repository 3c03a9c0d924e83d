package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.motcua.modelling.GeneratedSkeletons;
import vn.motcua.modelling.Skeleton;
import vn.motcua.modelling.StepDeadlineRows;

/**
 * Generated skeletons pass the deploy-time checks: the allow-list of {@link DeploymentPolicy} (every file, the
 * merged thoi-han-buoc table too) and the modelling rules of {@link ModellingRulesPlugin} on a real deployment with
 * the shared call activities; hostile analyst text included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSkeletonDeploymentTest {

    final DeploymentPolicy policy = DeploymentPolicy.load();
    ProcessEngine engine;

    @BeforeAll
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:generated-skeletons;DB_CLOSE_DELAY=1000");
        configuration.setProcessEngineName("generated-skeletons");
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEnginePlugins(List.of(new ModellingRulesPlugin()));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    @Test
    void shouldPassTheAllowListAndTheModellingRules() throws Exception {
        for (Skeleton skeleton : List.of(GeneratedSkeletons.example(), GeneratedSkeletons.hostileExample())) {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(skeleton.plan().processKey());
            for (Map.Entry<String, String> file : skeleton.files().entrySet()) {
                String name = Path.of(file.getKey()).getFileName().toString();
                assertThat(policy.check(name, file.getValue().getBytes(StandardCharsets.UTF_8))).as(file.getKey()).isEmpty();
                deployment.addString(name, file.getValue());
            }
            for (String shared : List.of("ky-so-ket-qua", "tra-ket-qua", "xin-loi-tre-han", "yeu-cau-bo-sung", "lien-thong")) {
                deployment.addString(shared + ".bpmn", Files.readString(Path.of("processes", shared + ".bpmn")));
            }
            String merged = StepDeadlineRows.merge(Files.readString(Path.of("decisions/thoi-han-buoc.dmn")),
                    skeleton.plan()).dmn();
            assertThat(policy.check("thoi-han-buoc.dmn", merged.getBytes(StandardCharsets.UTF_8))).isEmpty();
            deployment.addString("thoi-han-buoc.dmn", merged);
            deployment.deploy();
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(skeleton.plan().processKey()).count())
                    .isEqualTo(1);
        }
    }

    @Test
    void shouldBeRefusedOnceItLosesWhatTheRulesRequire() {
        String bpmn = GeneratedSkeletons.example().bpmn().replace(" camunda:historyTimeToLive=\"730\"", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
                        .addString("x.bpmn", bpmn).deploy())
                .hasMessageContaining("process-history-ttl");
    }
}
