package dev.jango.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one H2 file (a management command while the server runs): without H2's mixed mode the
 * second is told the file is in use, not that the database is down; with {@code ;AUTO_SERVER=TRUE} both use it.
 * The other process is a child JVM running {@link H2FileHolder}: within one JVM, H2 shares an open file.
 */
class H2MixedModeTest {

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly();
            child.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_file_held_by_another_process_is_reported_as_in_use_not_as_a_database_that_is_down() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("locked").toAbsolutePath();
        Process holder = child(url);
        assertThat(firstLine(holder)).isEqualTo("ready");

        Database second = new Database(DatabaseConfig.of(url).withConnectionTimeout(Duration.ofMillis(250)));
        try {
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The H2 database file " + dir.resolve("locked.mv.db").toAbsolutePath()
                            + " is in use by another process")
                    .hasMessageContaining("not down")
                    .hasMessageContaining(";AUTO_SERVER=TRUE")
                    .hasMessageNotContaining("Cannot reach")
                    .hasMessageNotContaining("Start it");
        } finally {
            second.close();
        }
    }

    @Test
    void in_mixed_mode_only_the_other_process_lacking_auto_server_is_to_blame() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plain").toAbsolutePath();
        Process holder = child(url);
        assertThat(firstLine(holder)).isEqualTo("ready");

        Database second = new Database(DatabaseConfig.of(url + ";AUTO_SERVER=TRUE")
                .withConnectionTimeout(Duration.ofMillis(250)));
        try {
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another process")
                    .hasMessageContaining("the other process opened the file without it");
        } finally {
            second.close();
        }
    }

    @Test
    void with_auto_server_another_process_writes_while_this_one_holds_the_file() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        Database server = new Database(DatabaseConfig.of(url));
        try {
            server.start(); // migrated: the question table exists

            Process command = child(url, "insert into question (text) values ('From the other process')");
            assertThat(firstLine(command)).isEqualTo("done");
            assertThat(command.waitFor(10, TimeUnit.SECONDS)).isTrue();

            try (Db db = server.open()) {
                assertThat(db.queryOne("select text from question", String.class))
                        .contains("From the other process");
            }
        } finally {
            server.close();
        }
    }

    @Test
    void with_auto_server_this_process_migrates_and_writes_while_another_holds_the_file() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("served").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        Process server = child(url);
        assertThat(firstLine(server)).isEqualTo("ready");

        Database command = new Database(DatabaseConfig.of(url));
        try {
            command.start(); // Flyway over the other process's TCP server

            assertThat(command.showMigrations()).containsExactly("[X] 1 polls");
            try (Db db = command.open()) {
                db.update("insert into question (text) values (?)", "Through the server");
                assertThat(db.queryOne("select count(*) from question", Long.class)).contains(1L);
            }
        } finally {
            command.close();
        }
    }

    /** A child JVM running {@link H2FileHolder} with {@code args}, killed after the test. */
    private Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dh2.bindAddress=127.0.0.1", "-cp", location(org.h2.Driver.class)
                + File.pathSeparator + location(H2FileHolder.class), H2FileHolder.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(process);
        return process;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child's first line of output ("ready", "done" or "ERR ..."), with the rest when it is none of those. */
    private static String firstLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("ready") || line.equals("done")) {
                return line;
            }
            seen.append(line).append('\n');
            if (line.startsWith("ERR")) {
                break;
            }
        }
        return seen.toString();
    }
}
