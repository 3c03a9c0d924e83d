package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.process.DossierProcess;

/**
 * The register and the engine commit together: when the engine side fails after the register changed, or a
 * register constraint fails inside an engine command, both sides roll back.
 */
@ApiIntegrationTest
class LockstepTest {

    @Autowired
    SubmissionValidator validator;
    @Autowired
    DossierSubmission submission;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    DossierHistoryRepository history;
    @Autowired
    TaskService tasks;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void shouldRollTheRegisterBackWhenAListenerFailsAfterTheRegisterChanged() throws Exception {
        // phường Tân Phú has no routing rule: the dossier is received (register: status 2, due date), then the
        // processing sub-process's start listener fails because the routing decision gave no unit
        Dossier dossier = submitAtCounter("000.20.31.H10");
        Task intake = intakeTask(dossier);

        assertThatThrownBy(() -> tasks.complete(intake.getId(), Map.of("competent", true, "complete", true,
                "intakeDecision", "accept"))).hasMessageContaining("phân công");

        Dossier after = dossiers.findById(dossier.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(after.getReceivedAt()).isNull();
        assertThat(after.getDueAt()).isNull();
        assertThat(history.findByDossierIdOrderByIdAsc(dossier.getId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(intake.getId()).count()).isEqualTo(1);
    }

    @Test
    void shouldRollTheEngineBackWhenARegisterConstraintFailsInsideAnEngineCommand() throws Exception {
        Dossier dossier = submitAtCounter("000.00.20.H10");
        Task intake = intakeTask(dossier);

        // the opinion goes to dossier_history.note, varchar(2000): the insert fails inside the task completion
        assertThatThrownBy(() -> tasks.complete(intake.getId(), Map.of("competent", true, "complete", true,
                "intakeDecision", "accept", "opinion", "x".repeat(2001))));

        assertThat(tasks.createTaskQuery().taskId(intake.getId()).count()).isEqualTo(1);
        assertThat(tasks.getVariable(intake.getId(), "intakeDecision")).isNull();
        Dossier after = dossiers.findById(dossier.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(history.findByDossierIdOrderByIdAsc(dossier.getId())).isEmpty();
    }

    private Dossier submitAtCounter(String agency) throws Exception {
        SubmissionRequest request = json.readValue(TestFiles.dossierJson(agency, "COUNTER", "079123456780"), SubmissionRequest.class);
        // the scans of the mandatory papers, which intake demands under the 2025 rule sets (Circular 03/2025 Art. 5)
        Map<String, java.util.List<org.springframework.web.multipart.MultipartFile>> scans = Map.of(
                "GIAY_DE_NGHI", java.util.List.of(new org.springframework.mock.web.MockMultipartFile("GIAY_DE_NGHI",
                        "giay-de-nghi.pdf", "application/pdf", TestFiles.PDF)),
                "CCCD", java.util.List.of(new org.springframework.mock.web.MockMultipartFile("CCCD", "cccd.png",
                        "image/png", TestFiles.PNG)));
        String code = submission.submit(validator.validate(request, scans), null).code();
        return dossiers.findByCode(code).orElseThrow();
    }

    private Task intakeTask(Dossier dossier) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode())
                .taskDefinitionKey(DossierProcess.INTAKE_TASK).singleResult();
    }
}
