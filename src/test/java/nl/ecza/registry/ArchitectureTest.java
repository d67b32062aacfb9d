package nl.ecza.registry;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure of docs/decisions/0026, checked on the compiled main classes (no Quarkus start): common is a
 * leaf that names no feature, and the top-level packages (features, demo, platform) depend on each other without a
 * cycle, so each can be read, tested and changed from the bottom up.
 */
class ArchitectureTest {

    private static JavaClasses registry;

    @BeforeAll
    static void importClasses() {
        registry = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ecza.registry");
    }

    @Test
    void commonNamesNoFeature() {
        noClasses().that().resideInAPackage("nl.ecza.registry.common..")
                .should().dependOnClassesThat(resideInAPackage("nl.ecza.registry..")
                        .and(not(resideInAPackage("nl.ecza.registry.common.."))))
                .because("common is the leaf every feature builds on; what composes features lives in platform")
                .check(registry);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("nl.ecza.registry.(*)..")
                .should().beFreeOfCycles()
                .check(registry);
    }
}
