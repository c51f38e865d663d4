package dev.jango.management;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's packages point one way: base &lt;- commands &lt;- the launcher, and the contrib apps' commands above
 * base only, found through the service loader. No cycles and no import of contrib from outside it are the project-wide
 * rules of jango-architecture's LayersTest; these are this module's own.
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
