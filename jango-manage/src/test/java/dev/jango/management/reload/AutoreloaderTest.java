package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autoreloader in this JVM, behind a real Jetty: what happens around failures. */
class AutoreloaderTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void a_file_that_failed_to_compile_is_compiled_again_with_the_change_that_fixes_it() throws Exception {
        TinyApp app = new TinyApp(dir).write("alpha", "Page");
        try (Running running = start(app)) {
            app.viewSource("Helper.word();");
            awaitConsole("Compilation failed");
            assertThat(get(running.uri())).contains("Page: alpha");

            TinyApp.write(app.sources.resolve("demo/Helper.java"),
                    "package demo; final class Helper { static String word() { return \"helped\"; } }");

            awaitResponse(running.uri(), "Page: helped");
        }
    }

    @Test
    void answers_503_with_the_error_until_a_change_lets_the_first_version_load() throws Exception {
        TinyApp app = new TinyApp(dir).write("alpha", "Page");
        Path demoApp = app.sources.resolve("demo/DemoApp.java");
        String good = java.nio.file.Files.readString(demoApp);
        TinyApp.write(demoApp, good.replace("return Jango.builder", "if (true) throw new"
                + " dev.jango.core.exceptions.ImproperlyConfigured(\"no SHOP_NAME set\");\n        return Jango.builder"));
        app.compile();
        try (Running running = start(app)) {
            assertThat(get(running.uri())).startsWith("503").contains("ImproperlyConfigured: no SHOP_NAME set");

            TinyApp.write(demoApp, good);

            awaitResponse(running.uri(), "Page: alpha");
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Reloaded in");
    }

    private record Running(Autoreloader reloader, Server server) implements AutoCloseable {
        URI uri() {
            return server.uri();
        }

        @Override
        public void close() {
            server.stop();
            reloader.close();
        }
    }

    private Running start(TinyApp app) {
        ClassPathLayout layout = ClassPathLayout.of(app.classes + java.io.File.pathSeparator
                + System.getProperty("java.class.path"), Path.of(System.getProperty("user.home"), ".m2", "repository"));
        assertThat(layout.classDirs()).as("only the tiny app reloads").containsExactly(app.classes);
        Autoreloader reloader = Autoreloader.over(layout, "demo.Main", List.of("runserver"),
                getClass().getClassLoader(), print, print);
        Server server = Servers.start(reloader.start(), ServerConfig.defaults().withAddress("127.0.0.1", 0)
                .withBanner(line -> {}));
        return new Running(reloader, server);
    }

    private void awaitConsole(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!console.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No '" + text + "' within 10 s; printed:\n" + console);
            }
            Thread.sleep(20);
        }
    }

    private void awaitResponse(URI uri, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String last = "";
        while (!last.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No response with '" + text + "' within 10 s; last: " + last
                        + "\nprinted:\n" + console);
            }
            Thread.sleep(50);
            last = get(uri);
        }
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(5000);
        try {
            int status = connection.getResponseCode();
            var body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            return status + " " + (body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            connection.disconnect();
        }
    }
}
