package dev.jango.contrib.staticfiles.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.http.Response;
import dev.jango.management.Runs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static files app's check, contributed to {@code check} as a service. */
class StaticFilesChecksTest {

    @TempDir
    Path dir;

    private static Jango.Builder app() {
        return Jango.builder(Map.of()).set(DEBUG, true).urls(path("", (request, kwargs) -> Response.text("home"), "home"));
    }

    private StaticFiles statics() throws IOException {
        Files.writeString(dir.resolve("app.js"), "console.log('hi');");
        return StaticFiles.builder().directory(dir).build();
    }

    @Test
    void static_files_registered_but_not_served_get_a_warning() throws IOException {
        StaticFiles statics = statics();
        Runs.Result result = Runs.of(() -> app().component(statics).build()).run("check");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("WARNINGS:")
                .contains("?: (staticfiles.W001) StaticFiles is registered as a component but no "
                        + "StaticFilesMiddleware serves it.").contains("install(statics.app())");
    }

    @Test
    void static_files_the_middleware_serves_pass() throws IOException {
        StaticFiles statics = statics();
        Runs.Result result = Runs.of(() -> app().component(statics)
                .middleware(MiddlewareStack.defaults().install(statics.app()).toList()).build()).run("check");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("System check identified no issues." + System.lineSeparator());
    }
}
