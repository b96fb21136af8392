package com.jinpai;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The folder tree is the architecture: packages by feature that depend on each other one way only.
 * A cycle between two feature packages, or between the month engine and one of its rule packages
 * (value and value.tier), or between the action lists' vocabulary and one of their parts (action and
 * action.list), fails here.
 */
class LayoutTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jinpai");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("com.jinpai.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The month engine and its rule packages: the rules never reach back into the engine or each other in a circle. */
    @Test
    void theMonthEngineAndItsRulesAreFreeOfCycles() {
        slices().matching("com.jinpai.(**)").should().beFreeOfCycles()
                .check(MAIN.that(resideInAPackage("com.jinpai.value..")));
    }

    /** The action vocabulary and its parts (rules, assignment, lists, feedback, the run's flow): one way only. */
    @Test
    void theActionPartsAreFreeOfCycles() {
        slices().matching("com.jinpai.(**)").should().beFreeOfCycles()
                .check(MAIN.that(resideInAPackage("com.jinpai.action..")));
    }
}
