package dev.jango.contrib.auth.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.jango.Jango;
import dev.jango.contrib.auth.User;
import dev.jango.contrib.auth.UserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code createsuperuser} in a real pseudo-terminal: the app runs in its own JVM inside tmux, the test types the
 * answers with {@code send-keys} and reads the screen with {@code capture-pane}. Needs tmux (Debian package
 * {@code tmux}); skipped, saying so, when it is not installed.
 */
class CreateSuperuserTerminalTest {

    private static final String PASSWORD = "Quartz-Lantern-73";
    private static final long WAIT_MILLIS = 30_000;

    @TempDir
    Path dir;

    private String tmux;
    private Path socket;

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) {
            run(List.of(tmux, "-S", socket.toString(), "kill-server"));
        }
    }

    @Test
    void asks_in_a_terminal_without_echoing_the_password_and_creates_the_user() throws Exception {
        tmux = findTmux();
        assumeThat(tmux).as("tmux is not installed (apt-get install -y tmux): skipping the terminal test").isNotNull();
        socket = dir.resolve("tmux.sock");
        String url = "jdbc:h2:file:" + dir.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String command = quote(java) + " -Dorg.slf4j.simpleLogger.defaultLogLevel=error -D" + TerminalApp.DATABASE_URL
                + "=" + quote(url) + " -cp " + quote(classPath) + " " + TerminalApp.class.getName()
                + " createsuperuser; echo \"[exit $?]\"; sleep 60";
        Path script = Files.writeString(dir.resolve("run.sh"), command + "\n");

        check(List.of(tmux, "-S", socket.toString(), "-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "50",
                "sh " + quote(script.toString())));
        waitFor("Username:");
        type("ada");
        waitFor("Email address:");
        type("ada@example.com");
        waitFor("Password:");
        type(PASSWORD);
        waitFor("Password (again):");
        type(PASSWORD);
        String screen = waitFor("[exit ");

        assertThat(screen).contains("Username: ada").contains("Email address: ada@example.com")
                .contains("Superuser created successfully.").contains("[exit 0]").doesNotContain(PASSWORD);
        Jango app = TerminalApp.app(url);
        app.start();
        try {
            User ada = app.component(UserStore.class).orElseThrow().findByUsername("ada").orElseThrow();
            assertThat(ada.isSuperuser()).isTrue();
            assertThat(PasswordHashers.forTests().check(PASSWORD, ada.password(), upgraded -> { })).isTrue();
        } finally {
            app.stop();
        }
    }

    private void type(String text) throws Exception {
        check(List.of(tmux, "-S", socket.toString(), "send-keys", "-l", text));
        check(List.of(tmux, "-S", socket.toString(), "send-keys", "Enter"));
    }

    /** Poll the screen until it shows {@code text} (tmux trims trailing spaces), at most 30 s; return it. */
    private String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = run(List.of(tmux, "-S", socket.toString(), "capture-pane", "-p", "-S", "-50"));
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The terminal never showed '" + text + "'; it shows:\n" + screen);
    }

    private static String findTmux() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "tmux");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void check(List<String> command) throws Exception {
        run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().remove("TMUX");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 && !command.contains("kill-server")) {
            throw new AssertionError(command + " failed with " + process.exitValue() + ": " + text);
        }
        return text;
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
