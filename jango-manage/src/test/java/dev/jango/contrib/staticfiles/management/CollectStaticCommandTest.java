package dev.jango.contrib.staticfiles.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import dev.jango.management.Runs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectStaticCommandTest {

    @TempDir
    Path dir;

    private Path source;
    private Path target;

    @BeforeEach
    void files() throws IOException {
        source = Files.createDirectories(dir.resolve("static"));
        Files.createDirectories(source.resolve("polls"));
        Files.writeString(source.resolve("polls/style.css"), "li a { color: green; }");
        Files.writeString(source.resolve("app.js"), "console.log('hi');");
        target = dir.resolve("out");
    }

    private Supplier<Jango> app() {
        return () -> Jango.builder(Map.of()).set(DEBUG, true)
                .component(StaticFiles.builder().directory(source).build()).build();
    }

    @Test
    void copies_the_files_their_hashed_names_and_the_manifest_into_the_target() throws IOException {
        Runs.Result result = Runs.of(app()).run("collectstatic", "--target", target.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("2 static files copied to '" + target.toAbsolutePath()
                + "' (with hashed names and staticfiles.json)." + System.lineSeparator());
        assertThat(target.resolve("polls/style.css")).hasContent("li a { color: green; }");
        assertThat(target.resolve("staticfiles.json")).content().contains("polls/style.css").contains("app.js");
        try (var hashed = Files.list(target.resolve("polls"))) {
            assertThat(hashed.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("style\\.[0-9a-f]{12}\\.css"));
        }
    }

    @Test
    void the_target_defaults_to_the_static_root_setting() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).set(StaticFilesSettings.STATIC_ROOT, target)
                .component(StaticFiles.builder().directory(source).build()).build()).run("collectstatic");

        assertThat(result.status()).isZero();
        assertThat(target.resolve("app.js")).exists();
    }

    @Test
    void the_static_root_setting_is_read_from_its_environment_variable() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of("JANGO_STATIC_ROOT", target.toString()))
                .set(DEBUG, true).component(StaticFiles.builder().directory(source).build()).build())
                .run("collectstatic");

        assertThat(result.status()).isZero();
        assertThat(target.resolve("app.js")).exists();
    }

    @Test
    void asks_before_overwriting_and_stops_unless_told_yes() throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");

        Runs.Result refused = Runs.of(app()).input("no\n").run("collectstatic", "--target", target.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).contains("This will overwrite existing files!")
                .contains("Type 'yes' to continue, or 'no' to cancel: ");
        assertThat(refused.err()).contains("Collecting static files cancelled.");
        assertThat(target.resolve("app.js")).doesNotExist();

        Runs.Result accepted = Runs.of(app()).input("yes\n").run("collectstatic", "--target", target.toString());
        assertThat(accepted.status()).isZero();
        assertThat(target.resolve("app.js")).exists();
        assertThat(target.resolve("old.txt")).exists();
    }

    @Test
    void clear_deletes_what_was_there_first_and_noinput_does_not_ask() throws IOException {
        Files.createDirectories(target.resolve("stale"));
        Files.writeString(target.resolve("stale/old.txt"), "old");

        Runs.Result result = Runs.of(app()).run("collectstatic", "--target", target.toString(), "--clear", "--noinput");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Deleted 1 file. 2 static files copied");
        assertThat(target.resolve("stale")).doesNotExist();
        assertThat(target.resolve("app.js")).exists();
    }

    @Test
    void finds_the_files_the_static_files_middleware_serves_without_them_being_registered() {
        Supplier<Jango> served = () -> Jango.builder(Map.of()).set(DEBUG, true)
                .middleware(new StaticFilesMiddleware(StaticFiles.builder().directory(source).build())).build();

        Runs.Result result = Runs.of(served).run("collectstatic", "--target", target.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("2 static files copied");
        assertThat(target.resolve("polls/style.css")).hasContent("li a { color: green; }");
        assertThat(target.resolve("staticfiles.json")).exists();
    }

    @Test
    void finds_the_files_of_the_static_files_app_installed_in_the_default_stack() {
        StaticFiles statics = StaticFiles.builder().directory(source).build();
        Supplier<Jango> installed = () -> Jango.builder(Map.of()).set(DEBUG, true)
                .middleware(MiddlewareStack.defaults().install(statics.app()).toList()).build();

        Runs.Result result = Runs.of(installed).run("collectstatic", "--target", target.toString());

        assertThat(result.status()).isZero();
        assertThat(target.resolve("app.js")).exists();
    }

    @Test
    void a_registered_component_is_collected_rather_than_what_the_middleware_serves() throws IOException {
        Path served = Files.createDirectories(dir.resolve("served"));
        Files.writeString(served.resolve("debug.js"), "debugger;");
        Supplier<Jango> both = () -> Jango.builder(Map.of()).set(DEBUG, true)
                .middleware(new StaticFilesMiddleware(StaticFiles.builder().directory(served).build()))
                .component(StaticFiles.builder().directory(source).build()).build();

        Runs.Result result = Runs.of(both).run("collectstatic", "--target", target.toString());

        assertThat(result.status()).isZero();
        assertThat(target.resolve("app.js")).exists();
        assertThat(target.resolve("debug.js")).doesNotExist();
    }

    @Test
    void an_app_without_static_files_is_told_how_to_register_them() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).build()).run("collectstatic");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("this app has no static files")
                .contains("StaticFilesMiddleware(statics)").contains("component(statics)");
    }
}
