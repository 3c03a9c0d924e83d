package vn.motcua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process-API classes match the analysts' models (see {@link ProcessContract}); and the check fails, naming
 * the constant, when a model is changed under them.
 */
class ProcessContractTest {

    private static final Path MODELS = Path.of("");

    @Test
    void everyProcessApiClassMatchesItsModels() {
        assertThat(ProcessContract.apiClasses()).contains(HouseholdBusinessRegistration.class, BirthRegistration.class,
                FirstLandUseCertificate.class, IndividualHouseConstructionPermit.class, JudicialRecordCertificate.class,
                ResultSignature.class, ResultReturn.class, SupplementRequest.class, InterAgencyTransfer.class, Apology.class);
        assertThat(new ProcessContract(MODELS, ProcessContract.apiClasses()).problems()).isEmpty();
    }

    @Test
    void aRenamedTaskFailsWithItsConstant(@TempDir Path copy) throws IOException {
        copyModels(copy);
        replace(copy.resolve("processes/dang-ky-khai-sinh.bpmn"), "\"Task_Appraise\"", "\"Task_Appraisal\"");

        assertThat(new ProcessContract(copy, ProcessContract.apiClasses()).problems()).contains(
                "BirthRegistration.Element.Task_Appraise: no element 'Task_Appraise' in processes/dang-ky-khai-sinh.bpmn",
                "processes/dang-ky-khai-sinh.bpmn: element 'Task_Appraisal' has no constant in BirthRegistration.Element");
    }

    @Test
    void aRenamedFormFieldFailsWithItsName(@TempDir Path copy) throws IOException {
        copyModels(copy);
        replace(copy.resolve("forms/dang-ky-khai-sinh.tham-dinh.form"), "\"registerEntry\"", "\"registryEntry\"");

        assertThat(new ProcessContract(copy, ProcessContract.apiClasses()).problems()).contains(
                "forms/dang-ky-khai-sinh.tham-dinh.form: field key 'registryEntry' has no ProcessVariable in BirthRegistration"
                        + " or DossierProcess, SignedResultProcess",
                "BirthRegistration.REGISTER_ENTRY 'registerEntry': no expression, mapping, form field or decision input in"
                        + " processes/dang-ky-khai-sinh.bpmn, its forms or decisions/ names it");
    }

    @Test
    void aRenamedMessageDecisionOrCalledProcessFailsWithItsName(@TempDir Path copy) throws IOException {
        copyModels(copy);
        replace(copy.resolve("processes/yeu-cau-bo-sung.bpmn"), "name=\"ho-so-bo-sung-da-nop\"", "name=\"bo-sung-da-nop\"");
        replace(copy.resolve("processes/lien-thong.bpmn"), "decisionRef=\"co-quan-phoi-hop\"", "decisionRef=\"phoi-hop\"");
        replace(copy.resolve("processes/dang-ky-khai-sinh.bpmn"), "calledElement=\"xin-loi-tre-han\"", "calledElement=\"xin-loi\"");

        assertThat(new ProcessContract(copy, ProcessContract.apiClasses()).problems()).contains(
                "DossierProcess.SUPPLEMENT_RESUBMITTED_MESSAGE 'ho-so-bo-sung-da-nop': no message with that name in processes/",
                "processes/yeu-cau-bo-sung.bpmn: message 'bo-sung-da-nop' has no *_MESSAGE constant in vn.motcua.process",
                "processes/lien-thong.bpmn: Task_DeterminePartner evaluates decision 'phoi-hop', which has no *_DECISION"
                        + " constant in vn.motcua.process",
                "processes/dang-ky-khai-sinh.bpmn: call activity CallActivity_Apology calls 'xin-loi', which is no"
                        + " process-API class's PROCESS_KEY");
    }

    @Test
    void aProcedureWithoutTheSharedElementsFails(@TempDir Path copy) throws IOException {
        copyModels(copy);
        replace(copy.resolve("processes/dang-ky-khai-sinh.bpmn"), "\"BoundaryEvent_DueSoon\"", "\"BoundaryEvent_Warning\"");

        assertThat(new ProcessContract(copy, ProcessContract.apiClasses()).problems()).contains(
                "DossierProcess.ProcedureElement.BoundaryEvent_DueSoon: procedure processes/dang-ky-khai-sinh.bpmn"
                        + " has no element 'BoundaryEvent_DueSoon'");
    }

    private static void copyModels(Path copy) throws IOException {
        for (String folder : List.of("processes", "decisions", "forms")) {
            Files.createDirectories(copy.resolve(folder));
            try (Stream<Path> files = Files.list(MODELS.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(folder).resolve(file.getFileName().toString()));
                }
            }
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
