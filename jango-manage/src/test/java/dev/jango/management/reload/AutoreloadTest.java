package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's acceptance test: {@code runserver} with autoreload, in a JVM of its own, serving a tiny app from a
 * Maven-like directory; editing its template and its Java view shows up in the next responses without restarting
 * the JVM, and a compile error is reported while the last good version keeps answering.
 */
class AutoreloadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern ADDRESS = Pattern.compile("Starting development server at (http://\\S+)");

    @TempDir
    Path dir;

    private Process process;
    private final StringBuffer output = new StringBuffer();

    @AfterEach
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            System.out.print("runserver printed:\n" + output);
        }
    }

    @Test
    void serves_template_and_class_edits_without_a_restart_and_keeps_the_last_good_version_on_a_compile_error()
            throws Exception {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");
        app.template("stale copy in target/classes"); // only src/main/resources says "Version one" from now on
        app.copyResources();
        app.template("Version one");
        URI uri = start(app);

        assertThat(get(uri)).contains("Version one: alpha");

        long saved = System.nanoTime();
        app.template("Version two");
        awaitResponse(uri, "Version two: alpha");
        report("template edit", saved);
        await(() -> reloads() == 1, "the template edit to load a new generation");

        saved = System.nanoTime();
        app.view("beta");
        awaitResponse(uri, "Version two: beta");
        report("view edit", saved);
        assertThat(reloads()).isEqualTo(2);

        app.viewSource("\"gamma\" + ;");
        await(() -> output.toString().contains("Compilation failed"), "the compile error to be reported");
        await(() -> output.toString().contains("src/main/java/demo/Views.java:11: error: illegal start of expression"),
                "javac's file:line: message");
        assertThat(get(uri)).contains("Version two: beta");
        assertThat(reloads()).as("no reload after the compile error").isEqualTo(2);

        saved = System.nanoTime();
        app.view("gamma");
        awaitResponse(uri, "Version two: gamma");
        report("fix after the compile error", saved);

        assertThat(process.isAlive()).as("the same JVM served every version").isTrue();
        process.destroy();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("SIGTERM stops runserver within 10 s").isTrue();
        assertThat(output.toString()).as("one line per reload").containsPattern("Reloaded in \\d+ ms \\(src/main/resources/templates/page"
                + "\\.html changed\\)").containsPattern("Reloaded in \\d+ ms \\(src/main/java/demo/Views\\.java "
                + "changed\\)");
    }

    private URI start(TinyApp app) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = app.classes + File.pathSeparator + System.getProperty("java.class.path");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath, "demo.Main", "runserver",
                "127.0.0.1:0")).directory(app.root.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("JANGO_"));
        process = builder.start();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                output.append("(output closed: ").append(e).append(")\n");
            }
        });
        awaitFor(Duration.ofSeconds(30), () -> output.toString().contains("Quit the server with CONTROL-C.")
                || !process.isAlive(), "the banner");
        assertThat(process.isAlive()).as("runserver is running:\n%s", output).isTrue();
        Matcher m = ADDRESS.matcher(output);
        assertThat(m.find()).as("the banner names the address:\n%s", output).isTrue();
        return URI.create(m.group(1));
    }

    static String get(URI uri) throws IOException {
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

    private void awaitResponse(URI uri, String text) throws InterruptedException {
        await(() -> {
            try {
                return get(uri).contains(text);
            } catch (IOException e) {
                return false;
            }
        }, "a response with '" + text + "'");
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        awaitFor(WAIT, condition, what);
    }

    private void awaitFor(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what + "; runserver printed:\n"
                        + output);
            }
            Thread.sleep(50);
        }
    }

    private int reloads() {
        return (int) output.toString().lines().filter(line -> line.startsWith("Reloaded in ")).count();
    }

    private void report(String what, long savedNanos) {
        System.out.printf("autoreload: %s visible after %d ms%n", what, (System.nanoTime() - savedNanos) / 1_000_000);
    }
}
