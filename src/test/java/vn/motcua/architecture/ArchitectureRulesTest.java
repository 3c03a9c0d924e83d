package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import archfixture.calendar.CalendarUsesSla;
import archfixture.calendar.PlainCalendar;
import archfixture.dossier.ClockReader;
import archfixture.dossier.Register;
import archfixture.dossier.StartController;
import archfixture.engine.EngineClockFixture;
import archfixture.sla.SlaPolicy;

/**
 * The architecture rules can fail: run on a set of deliberately bad classes (a lower context using a higher
 * one, a cycle, an engine internal outside the adapter, a controller starting a process), each rule reports
 * the offending class; on well-behaved classes none does.
 */
class ArchitectureRulesTest {

    static final String FIXTURE = "archfixture";

    static final JavaClasses BAD = new ClassFileImporter().importClasses(CalendarUsesSla.class, SlaPolicy.class,
            Register.class, ClockReader.class, StartController.class, EngineClockFixture.class);
    static final JavaClasses GOOD = new ClassFileImporter().importClasses(PlainCalendar.class, SlaPolicy.class,
            EngineClockFixture.class);

    @Test
    void shouldRefuseALowerContextUsingAHigherOne() {
        String report = violations(ArchitectureRules.contextsDependOneWay(FIXTURE), BAD);
        assertThat(report).contains("context calendar uses the higher context sla", CalendarUsesSla.class.getName())
                .contains("context dossier uses the higher context sla", Register.class.getName())
                .doesNotContain(SlaPolicy.class.getName() + ".register");
    }

    @Test
    void shouldRefuseACycleOfContexts() {
        String report = violations(ArchitectureRules.noCycles(FIXTURE), BAD);
        assertThat(report).contains("Cycle detected", "context dossier", "context sla");
    }

    @Test
    void shouldRefuseEngineInternalsOutsideTheAdapter() {
        String report = violations(ArchitectureRules.engineInternalsOnlyInTheAdapter(FIXTURE), BAD);
        assertThat(report).contains(ClockReader.class.getName(), "org.camunda.bpm.engine.impl.util.ClockUtil")
                .doesNotContain(EngineClockFixture.class.getName());
    }

    @Test
    void shouldRefuseCamundaInADomainContext() {
        assertThat(violations(ArchitectureRules.domainWithoutEngine(FIXTURE), BAD)).contains(ClockReader.class.getName());
    }

    @Test
    void shouldRefuseAControllerCallingTheEngine() {
        assertThat(violations(ArchitectureRules.controllersWithoutEngine(FIXTURE), BAD))
                .contains(StartController.class.getName(), "org.camunda.bpm.engine.RuntimeService");
    }

    @Test
    void shouldAcceptWellBehavedClasses() {
        for (ArchRule rule : ArchitectureRules.all(FIXTURE)) {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(GOOD);
            assertThat(result.hasViolation()).as(rule.getDescription() + "\n" + result.getFailureReport()).isFalse();
        }
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
