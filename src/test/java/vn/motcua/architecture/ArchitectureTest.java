package vn.motcua.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** docs/architecture.md, checked on the application's classes at every build. */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "vn.motcua";

    @ArchTest
    static final ArchRule contextsDependOneWay = ArchitectureRules.contextsDependOneWay(BASE);
    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles(BASE);
    @ArchTest
    static final ArchRule engineInternalsOnlyInTheAdapter = ArchitectureRules.engineInternalsOnlyInTheAdapter(BASE);
    @ArchTest
    static final ArchRule domainWithoutEngine = ArchitectureRules.domainWithoutEngine(BASE);
    @ArchTest
    static final ArchRule controllersWithoutEngine = ArchitectureRules.controllersWithoutEngine(BASE);
    @ArchTest
    static final ArchRule controllersWithoutRepositories = ArchitectureRules.controllersWithoutRepositories(BASE);
    @ArchTest
    static final ArchRule nothingUsesControllers = ArchitectureRules.nothingUsesControllers(BASE);
    @ArchTest
    static final ArchRule entitiesAreDomain = ArchitectureRules.entitiesAreDomain(BASE);
    @ArchTest
    static final ArchRule repositoriesArePersistence = ArchitectureRules.repositoriesArePersistence(BASE);
}
