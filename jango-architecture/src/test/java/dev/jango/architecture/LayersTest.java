package dev.jango.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule that keeps the package graph one-way (Django's core/contrib split); see docs/project-layout.md. */
class LayersTest {

    /** The framework proper below the application layer: what every application gets. */
    private static final String[] CORE = {
        "dev.jango.apps..", "dev.jango.conf..", "dev.jango.core..", "dev.jango.http..", "dev.jango.middleware..",
        "dev.jango.shortcuts..", "dev.jango.template..", "dev.jango.urls..", "dev.jango.views..",
    };
    private static final String CONTRIB = "dev.jango.contrib..";
    /** The application layer: exactly the package dev.jango (Jango, MiddlewareStack), not its subpackages. */
    private static final String APPLICATION = "dev.jango";

    private static JavaClasses jango;

    @BeforeAll
    static void importAllModules() {
        // The modules arrive as jars (or target/classes) on the test class path: jars stay in, tests stay out.
        jango = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.jango");
    }

    @Test
    void no_cycles_between_packages() {
        slices().assignedFrom(ONE_SLICE_PER_PACKAGE)
                .should().beFreeOfCycles()
                .because("each package may only point at packages below it, so any one can be read, tested and moved without the ones above")
                .check(jango);
    }

    @Test
    void nothing_outside_contrib_imports_contrib() {
        noClasses().that().resideInAPackage("dev.jango..").and().resideOutsideOfPackage(CONTRIB)
                .should().dependOnClassesThat().resideInAPackage(CONTRIB)
                .because("contrib apps are optional batteries built on the core, as in Django; the core, the application "
                        + "builder (which names apps by label), the test client and the other modules work without them")
                .check(jango);
    }

    @Test
    void the_core_never_imports_the_application_layer() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, "dev.jango.test..", "dev.jango.management..")
                .because("the application builder, the test client and the management commands assemble the core, never the other way round")
                .check(jango);
    }

    @Test
    void contrib_apps_do_not_depend_on_each_other_upwards() {
        noClasses().that().resideInAPackage("dev.jango.contrib.sessions..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jango.contrib.auth..", "dev.jango.contrib.messages..")
                .because("auth and messages are built on sessions, so sessions cannot know about them")
                .check(jango);
        noClasses().that().resideInAPackage("dev.jango.contrib.staticfiles..")
                .should().dependOnClassesThat(resideInAPackage(CONTRIB).and(resideOutsideOfPackage("dev.jango.contrib.staticfiles..")))
                .because("staticfiles stands alone: serving files needs no sessions, users or messages")
                .check(jango);
    }

    @Test
    void the_gateway_depends_on_the_jdk_only() {
        // The TCK is the gateway's test kit: it is written against JUnit and AssertJ on purpose.
        classes().that().resideInAPackage("dev.jango.gateway..").and().resideOutsideOfPackage("dev.jango.gateway.tck..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax..", "jdk..", "dev.jango.gateway..")
                        .and(resideOutsideOfPackage("dev.jango.gateway.tck..")))
                .because("the gateway is the contract between servers and the framework, so it carries no library and no framework class")
                .check(jango);
    }

    @Test
    void the_gateway_reaches_no_jdk_internals() {
        noClasses().that().resideInAPackage("dev.jango.gateway..").and().resideOutsideOfPackage("dev.jango.gateway.tck..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("setAccessible")
                        .or(HasName.Predicates.name("trySetAccessible")))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(assignableTo(AccessibleObject.class)))))
                .orShould().callMethod(MethodHandles.class, "privateLookupIn", Class.class, MethodHandles.Lookup.class)
                .orShould().callMethod(Class.class, "forName", String.class)
                .orShould().dependOnClassesThat().haveNameMatching("java\\.lang\\.ThreadBuilders.*")
                .orShould().dependOnClassesThat().resideInAnyPackage("jdk.internal..", "sun..")
                .because("the gateway is a contract any JVM runs as is; what needs --add-opens (inline request threads) "
                        + "lives in dev.jango.server.support, for the servers alone")
                .check(jango);
    }

    @Test
    void server_support_depends_on_the_gateway_and_the_jdk_only() {
        classes().that().resideInAPackage("dev.jango.server.support..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax..", "jdk..", "dev.jango.gateway..",
                        "dev.jango.server.support..").and(resideOutsideOfPackage("dev.jango.gateway.tck..")))
                .because("server support is the kit every adapter is built from: no adapter, no library, no framework")
                .check(jango);
    }

    @Test
    void servers_see_only_the_gateway() {
        noClasses().that().resideInAPackage("dev.jango.server..")
                .should().dependOnClassesThat(resideInAPackage("dev.jango..")
                        .and(resideOutsideOfPackages("dev.jango.gateway..", "dev.jango.server..")))
                .because("a server adapter speaks the gateway, not the framework, so any server runs any gateway application")
                .check(jango);
    }

    @Test
    void the_core_never_imports_a_server() {
        noClasses().that().resideInAnyPackage(with(APPLICATION, coreAndContrib()))
                .should().dependOnClassesThat().resideInAnyPackage("dev.jango.server..", "org.eclipse.jetty..", "io.netty..")
                .because("the framework runs on whichever server the application picks; servers plug in through the gateway")
                .check(jango);
    }

    @Test
    void optional_batteries_stay_out_of_jango_core() {
        // Batteries under contrib in their own modules (contrib.sessions.redis, contrib.auth.argon2) bring them on purpose.
        noClasses().that(IN_JANGO_CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.pebbletemplates..", "com.zaxxer..", "org.flywaydb..", "io.lettuce..",
                        "org.bouncycastle..", "io.micrometer..", "io.opentelemetry..")
                .because("template engines, databases, Redis, hashers and telemetry are separate modules an application opts into")
                .check(jango);
    }

    /** Classes loaded from the jango-core module (its jar or its target/classes). */
    private static final DescribedPredicate<JavaClass> IN_JANGO_CORE = DescribedPredicate.describe("are in jango-core",
            javaClass -> javaClass.getSource().map(source -> source.getUri().toString().contains("jango-core")).orElse(false));

    private static final SliceAssignment ONE_SLICE_PER_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals("dev.jango") || name.startsWith("dev.jango.") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package under dev.jango";
        }
    };

    private static String[] coreAndContrib() {
        return with(CONTRIB, CORE);
    }

    private static String[] with(String first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
