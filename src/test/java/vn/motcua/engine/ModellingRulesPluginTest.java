package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Deploy-time enforcement: the engine refuses a model that breaks a Motcua rule, naming the element and the rule. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModellingRulesPluginTest {

    ProcessEngine engine;
    RepositoryService repository;

    @BeforeAll
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:modelling-rules;DB_CLOSE_DELAY=1000");
        configuration.setProcessEngineName("modelling-rules");
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEnginePlugins(List.of(new ModellingRulesPlugin()));
        engine = configuration.buildProcessEngine();
        repository = engine.getRepositoryService();
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    @Test
    void shouldDeployTheExistingModelsWithTheirFormsAndDecisions() throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("motcua");
        for (String folder : List.of("processes", "decisions", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    deployment.addString(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        deployment.deploy();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dang-ky-ho-kinh-doanh").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("yeu-cau-bo-sung").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xin-loi-tre-han").count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAUserTaskWithoutAForm() {
        assertRefused(procedure(task -> task.camundaCandidateGroups("${intakeGroup}").camundaDueDate("${workingTime.hours(8)}")),
                "Task_CheckDossier", "user-task-form");
    }

    @Test
    void shouldRefuseAUserTaskWithoutACandidateGroup() {
        assertRefused(procedure(task -> task.camundaFormRef("x.kiem-tra").camundaFormRefBinding("deployment").camundaCandidateUsers("tiepnhan")
                .camundaDueDate("${workingTime.hours(8)}")), "Task_CheckDossier", "user-task-candidate-group");
    }

    @Test
    void shouldRefuseAUserTaskWithoutADueDate() {
        assertRefused(procedure(task -> task.camundaFormRef("x.kiem-tra").camundaFormRefBinding("deployment").camundaCandidateGroups("${intakeGroup}")),
                "Task_CheckDossier", "user-task-due-date");
    }

    @Test
    void shouldRefuseAProcedureWithoutALegalDeadlineTimer() {
        BpmnModelInstance model = start(Bpmn.createExecutableProcess("thu-tuc-thieu-han").camundaHistoryTimeToLive(3650))
                .camundaExecutionListenerDelegateExpression("start", "${dossierRegistration}")
                .userTask("Task_CheckDossier").name("Kiểm tra").camundaFormRef("x.kiem-tra").camundaFormRefBinding("deployment")
                .camundaCandidateGroups("${intakeGroup}").camundaDueDate("${workingTime.hours(8)}")
                .endEvent("EndEvent_Done").done();
        assertRefused(model, "thu-tuc-thieu-han", "legal-deadline-timer");
    }

    @Test
    void shouldRefuseALegalDeadlineTimerAtAnotherDate() {
        BpmnModelInstance model = procedure(task -> task.camundaFormRef("x.kiem-tra").camundaFormRefBinding("deployment").camundaCandidateGroups("${intakeGroup}")
                .camundaDueDate("${workingTime.hours(8)}"), "P3D");
        assertRefused(model, "BoundaryEvent_LegalDeadline", "legal-deadline-timer");
    }

    @Test
    void shouldRefuseAProcessWithoutHistoryTimeToLive() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("khong-luu-lich-su").camundaHistoryTimeToLiveString(null).startEvent("StartEvent_Started").name("Bắt đầu")
                .endEvent("EndEvent_Done").done();
        assertThatThrownBy(() -> deploy(model)).hasMessageContaining("historyTimeToLive");
    }

    @Test
    void shouldDeployASharedCallActivityWithoutALegalDeadlineTimer() {
        BpmnModelInstance model = start(Bpmn.createExecutableProcess("dung-chung").camundaHistoryTimeToLive(3650))
                .userTask("Task_Send").name("Gửi phiếu").camundaFormRef("x.gui-phieu").camundaFormRefBinding("deployment").camundaCandidateGroups("${intakeGroup}")
                .camundaDueDate("${workingTime.days(1)}").endEvent("EndEvent_Done").done();
        deploy(model);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dung-chung").count()).isEqualTo(1);
    }

    @Test
    void shouldDeployAConformingProcedure() {
        deploy(procedure(task -> task.camundaFormRef("x.kiem-tra").camundaFormRefBinding("deployment").camundaCandidateGroups("${intakeGroup}")
                .camundaDueDate("${workingTime.hours(8)}")));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("thu-tuc-mau").count()).isEqualTo(1);
    }

    void assertRefused(BpmnModelInstance model, String elementId, String rule) {
        assertThatThrownBy(() -> deploy(model))
                .hasMessageContaining("[" + rule + "] " + elementId + ":");
    }

    void deploy(BpmnModelInstance model) {
        repository.createDeployment().addModelInstance("model.bpmn", model).deploy();
    }

    static org.camunda.bpm.model.bpmn.builder.StartEventBuilder start(ProcessBuilder process) {
        return process.name("Mẫu").startEvent("StartEvent_DossierSubmitted").name("Hồ sơ được nộp");
    }

    static BpmnModelInstance procedure(UnaryOperator<UserTaskBuilder> task) {
        return procedure(task, "${dossierDueDate}");
    }

    /** A procedure: registration listener, a user task configured by the caller, a legal-deadline timer at {@code dueDate}. */
    static BpmnModelInstance procedure(UnaryOperator<UserTaskBuilder> task, String dueDate) {
        UserTaskBuilder userTask = start(Bpmn.createExecutableProcess("thu-tuc-mau").camundaHistoryTimeToLive(3650))
                .camundaExecutionListenerDelegateExpression("start", "${dossierRegistration}")
                .userTask("Task_CheckDossier").name("Kiểm tra hồ sơ");
        return task.apply(userTask)
                .boundaryEvent("BoundaryEvent_LegalDeadline").name("Đến hạn").cancelActivity(false).timerWithDate(dueDate)
                .endEvent("EndEvent_Overdue").name("Quá hạn")
                .moveToActivity("Task_CheckDossier").endEvent("EndEvent_Done").name("Xong").done();
    }
}
