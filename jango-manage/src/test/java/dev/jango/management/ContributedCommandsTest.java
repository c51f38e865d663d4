package dev.jango.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.management.base.CheckMessage;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandProvider;
import dev.jango.management.base.SystemCheck;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Commands and checks a library contributes through {@link java.util.ServiceLoader}: each test runs with a context
 * class loader that adds {@code META-INF/services} files naming the providers below, so only it sees them.
 */
class ContributedCommandsTest {

    private static final Supplier<Jango> APP = () -> Jango.builder(Map.of()).set(DEBUG, true)
            .urls(path("", (request, kwargs) -> Response.text("home"), "home")).build();

    @TempDir
    Path dir;

    @CommandLine.Command(name = "hellolib", description = "Say hello from a library.")
    public static final class HelloLib implements Command {
        @CommandLine.Option(names = "--name", defaultValue = "world", description = "Who to greet.")
        String name;

        @Override
        public int run(CommandContext context) {
            context.out().println("Hello, " + name + ", from a library (debug " + context.settings().get(DEBUG) + ")");
            return 0;
        }
    }

    @CommandLine.Command(name = "hellolib", description = "Another library's command of the same name.")
    public static final class OtherHelloLib implements Command {
        @Override
        public int run(CommandContext context) {
            return 0;
        }
    }

    @CommandLine.Command(name = "routes", description = "A library's own routes listing.")
    public static final class LibraryRoutes implements Command {
        @Override
        public int run(CommandContext context) {
            context.out().println("the library's routes");
            return 0;
        }
    }

    /** The library's commands, as its {@code META-INF/services} file names them. */
    public static final class LibraryCommands implements CommandProvider {
        @Override
        public List<Command> commands() {
            return List.of(new HelloLib(), new LibraryRoutes());
        }
    }

    /** Another library, contributing a command of the same name. */
    public static final class OtherLibraryCommands implements CommandProvider {
        @Override
        public List<Command> commands() {
            return List.of(new OtherHelloLib());
        }
    }

    /** A check of the library that always finds something. */
    public static final class LibraryCheck implements SystemCheck {
        @Override
        public List<CheckMessage> check(Jango app) {
            return List.of(CheckMessage.warning("library.W001", "The library is not configured for "
                    + app.urls().routes().size() + " route(s).", "Configure it."));
        }
    }

    /** A deployment check of the library. */
    public static final class LibraryDeployCheck implements SystemCheck {
        @Override
        public List<CheckMessage> check(Jango app) {
            return List.of(CheckMessage.error("library.E002", "The library's deployment key is missing.", null));
        }

        @Override
        public boolean deployOnly() {
            return true;
        }
    }

    @Test
    void a_contributed_command_is_listed_in_help_beside_jangos_and_runs() throws Exception {
        services(CommandProvider.class, LibraryCommands.class);

        Runs.Result help = withServices(() -> Runs.of(APP).run("help"));
        assertThat(help.status()).isZero();
        assertThat(help.out()).containsPattern("hellolib +Say hello from a library.");
        String available = help.out().substring(help.out().indexOf("Available commands:"));
        assertThat(available.indexOf("hellolib")).as("sorted with the built-in commands")
                .isGreaterThan(available.indexOf("diffsettings")).isLessThan(available.indexOf("migrate"));

        Runs.Result usage = withServices(() -> Runs.of(APP).run("help", "hellolib"));
        assertThat(usage.out()).contains("Usage: manage hellolib").contains("--name").contains("--traceback");

        Runs.Result run = withServices(() -> Runs.of(APP).run("hellolib", "--name", "ada"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Hello, ada, from a library (debug true)" + System.lineSeparator());

        assertThat(Runs.of(APP).run("hellolib").status()).as("without the library").isEqualTo(2);
    }

    @Test
    void a_contributed_command_replaces_a_builtin_and_the_apps_own_command_replaces_it() throws Exception {
        services(CommandProvider.class, LibraryCommands.class);

        assertThat(withServices(() -> Runs.of(APP).run("routes")).out())
                .isEqualTo("the library's routes" + System.lineSeparator());
        assertThat(withServices(() -> Runs.of(APP).command(new OtherHelloLib()).run("help")).out())
                .contains("The app's commands:").containsPattern("hellolib +Another library's command");
    }

    @Test
    void two_libraries_contributing_one_name_are_refused() throws Exception {
        services(CommandProvider.class, LibraryCommands.class, OtherLibraryCommands.class);

        assertThatThrownBy(() -> withServices(() -> Manage.builder(APP).build()))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("Two libraries contribute a command named 'hellolib'")
                .hasMessageContaining(HelloLib.class.getName()).hasMessageContaining(OtherHelloLib.class.getName());

        Runs.Result own = withServices(() -> Runs.of(APP).command(new OtherHelloLib()).run("hellolib"));
        assertThat(own.status()).as("the app's own command of that name settles it").isZero();
    }

    @Test
    void contributed_checks_run_in_check_and_deploy_only_ones_with_deploy() throws Exception {
        services(SystemCheck.class, LibraryCheck.class, LibraryDeployCheck.class);

        Runs.Result check = withServices(() -> Runs.of(APP).run("check"));
        assertThat(check.status()).isZero();
        assertThat(check.out()).contains("?: (library.W001) The library is not configured for 1 route(s).")
                .contains("HINT: Configure it.").doesNotContain("library.E002");

        Runs.Result deploy = withServices(() -> Runs.of(APP).run("check", "--deploy"));
        assertThat(deploy.status()).isEqualTo(1);
        assertThat(deploy.err()).contains("(library.W001)").contains("?: (library.E002) The library's deployment key");
    }

    /** Write a services file naming {@code providers} into the extra class path directory. */
    private void services(Class<?> service, Class<?>... providers) throws IOException {
        Path file = dir.resolve("META-INF/services/" + service.getName());
        Files.createDirectories(file.getParent());
        StringBuilder names = new StringBuilder();
        for (Class<?> provider : providers) {
            names.append(provider.getName()).append('\n');
        }
        Files.writeString(file, names);
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Run {@code work} with a context class loader that also sees the services files written here. */
    private <T> T withServices(Work<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                ContributedCommandsTest.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
