package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

/**
 * The rules of docs/architecture.md, for the application ({@code vn.motcua}) and, in
 * {@link ArchitectureRulesTest}, for a set of deliberately bad classes that each must break one rule.
 * Every rule takes the base package, so the same rule judges both.
 */
public final class ArchitectureRules {

    /** The contexts, lowest first: a context may use itself and those before it, never one after it. */
    public static final List<String> CONTEXTS = List.of("calendar", "procedure", "modelling", "document", "dossier", "sla",
            "signature", "integration", "monitoring", "process", "engine", "security", "province", "catalogue", "system");

    /** The domain contexts, which know nothing of Camunda: what they need of the engine they own as an interface. */
    public static final List<String> DOMAIN = CONTEXTS.subList(0, CONTEXTS.indexOf("process"));

    /** The engine adapter, the one context that may use the engine's internals ({@code org.camunda..impl..}). */
    public static final String ENGINE = "engine";


    private ArchitectureRules() {
    }

    /** No class of a lower context depends on a class of a higher one. */
    public static ArchRule contextsDependOneWay(String base) {
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<JavaClass>("use only their own context or lower ones ("
                        + String.join(" → ", CONTEXTS) + ")") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String from = contextOf(base, item);
                        if (from == null) {
                            return;
                        }
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String to = contextOf(base, dependency.getTargetClass());
                            if (to != null && CONTEXTS.indexOf(to) > CONTEXTS.indexOf(from)) {
                                events.add(SimpleConditionEvent.violated(dependency, "context " + from
                                        + " uses the higher context " + to + ": " + dependency.getDescription()));
                            }
                        }
                    }
                })
                .because("contexts depend one way (docs/architecture.md)");
    }

    /** The contexts (top-level packages) form no cycle. */
    public static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").namingSlices("context $1").should().beFreeOfCycles()
                .because("a cycle of contexts makes every change touch both sides (docs/architecture.md)");
    }

    /** Only the engine adapter uses Camunda's internal packages. */
    public static ArchRule engineInternalsOnlyInTheAdapter(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + "." + ENGINE + "..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..impl..")
                .because("engine internals stay in " + base + "." + ENGINE + ", so a move to another Camunda 7 line"
                        + " is a dependency change (docs/architecture.md)");
    }

    /** The domain contexts do not use Camunda at all. */
    public static ArchRule domainWithoutEngine(String base) {
        return noClasses().that().resideInAnyPackage(DOMAIN.stream().map(c -> base + "." + c + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("what a domain context needs of the engine it owns as an interface that "
                        + base + ".process implements (docs/architecture.md)");
    }

    /** Web controllers never reach the engine: they call their context's application services. */
    public static ArchRule controllersWithoutEngine(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("controllers call application services, which start and correlate processes through "
                        + base + ".process (docs/architecture.md)");
    }

    /** Inside a context: web → application → domain → persistence, never back. */
    public static ArchRule controllersWithoutRepositories(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .because("web → application → persistence: a controller reads and writes through a service");
    }

    public static ArchRule nothingUsesControllers(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().areAnnotatedWith(Service.class).or().areAnnotatedWith(Component.class)
                .or().areAnnotatedWith(Repository.class).or().areAnnotatedWith(Configuration.class)
                .or().areAnnotatedWith(Entity.class).or().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .because("web is the outer layer of a context: nothing below it calls it");
    }

    public static ArchRule entitiesAreDomain(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().areAnnotatedWith(Service.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Component.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .because("entities are the domain: they use no service and no repository");
    }

    public static ArchRule repositoriesArePersistence(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().dependOnClassesThat().areAnnotatedWith(Service.class)
                .because("persistence is the inner layer: repositories use no service");
    }

    /** Every rule, in the order docs/architecture.md lists them. */
    public static List<ArchRule> all(String base) {
        return List.of(contextsDependOneWay(base), noCycles(base), engineInternalsOnlyInTheAdapter(base),
                domainWithoutEngine(base), controllersWithoutEngine(base), controllersWithoutRepositories(base),
                nothingUsesControllers(base), entitiesAreDomain(base), repositoriesArePersistence(base));
    }

    /** The context of a class: the package right under the base, if it is one of {@link #CONTEXTS}. */
    static String contextOf(String base, JavaClass type) {
        JavaClass component = type.isArray() ? type.getBaseComponentType() : type;
        String name = component.getPackageName();
        if (!name.startsWith(base + ".")) {
            return null;
        }
        String rest = name.substring(base.length() + 1);
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return CONTEXTS.contains(first) ? first : null;
    }
}
