package dev.jango.management;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's packages point one way: base &lt;- commands &lt;- the launcher, and the contrib apps' commands above
 * base only, found through the service loader (the project-wide rules are in jango-architecture).
 */
class PackageLayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importThisModule() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar())
                .importPackages("dev.jango.management", "dev.jango.contrib.auth.management",
                        "dev.jango.contrib.staticfiles.management");
    }

    @Test
    void no_cycles_between_the_packages() {
        slices().matching("dev.jango.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothing_outside_contrib_imports_a_contrib_app() {
        noClasses().that().resideInAPackage("dev.jango.management..")
                .should().dependOnClassesThat().resideInAPackage("dev.jango.contrib..").check(classes);
    }

    @Test
    void the_command_spi_knows_nothing_above_it() {
        noClasses().that().resideInAPackage("dev.jango.management.base")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jango.management",
                        "dev.jango.management.commands", "dev.jango.management.reload", "dev.jango.contrib..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.jango.management.commands")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jango.management",
                        "dev.jango.management.reload")
                .check(classes);
    }

    @Test
    void the_contrib_apps_commands_see_only_the_spi_of_this_module() {
        noClasses().that().resideInAPackage("dev.jango.contrib..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jango.management",
                        "dev.jango.management.commands", "dev.jango.management.reload")
                .check(classes);
    }
}
