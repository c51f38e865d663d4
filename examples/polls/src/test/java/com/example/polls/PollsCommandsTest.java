package com.example.polls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.contrib.auth.Logins;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.Jango;
import dev.jango.db.DatabaseConfig;
import dev.jango.management.Manage;
import dev.jango.test.Client;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The management commands {@code Main} offers, run on the polls app as {@code Main <command>} would. */
class PollsCommandsTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Supplier<Jango> polls() {
        return () -> new PollsApp(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("polls").toAbsolutePath()),
                Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "test-secret"), PasswordHashers.forTests())
                .app();
    }

    int manage(String... args) {
        return manage(Map.of(), args);
    }

    int manage(Map<String, String> env, String... args) {
        return Manage.builder(polls())
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .env(env)
                .build().run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void check_finds_no_issues_in_the_polls_app() {
        assertThat(manage("check")).isEqualTo(0);
        assertThat(out()).contains("System check identified no issues.");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void routes_lists_the_tutorial_urls_in_resolution_order_with_their_names() {
        assertThat(manage("routes")).isEqualTo(0);
        assertThat(out()).containsSubsequence(
                "/polls/ ", "polls:index",
                "/polls/<int:question_id>/ ", "polls:detail",
                "/polls/<int:question_id>/results/ ", "polls:results",
                "/polls/<int:question_id>/vote/ ", "polls:vote",
                "/accounts/login/ ", "login",
                "/accounts/logout/ ", "logout",
                "/staff/questions/add/ ", "add_question");
    }

    @Test
    void migrate_applies_the_polls_migrations_and_showmigrations_lists_them_applied() {
        assertThat(manage("migrate")).isEqualTo(0);
        out.reset();

        assertThat(manage("showmigrations")).isEqualTo(0);
        assertThat(out()).contains("[X] 1 polls", "[X] 2 demo data");
    }

    @Test
    void createsuperuser_noinput_makes_a_staff_user_who_can_log_in() {
        assertThat(manage(Map.of("JANGO_SUPERUSER_USERNAME", "admin", "JANGO_SUPERUSER_EMAIL", "admin@example.com",
                "JANGO_SUPERUSER_PASSWORD", "a-long-enough-password"), "createsuperuser", "--noinput"))
                .isEqualTo(0);
        assertThat(out()).contains("Superuser created successfully.");

        PollsApp app = new PollsApp(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("polls").toAbsolutePath()),
                Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "test-secret"), PasswordHashers.forTests());
        try (Client client = new Client(app.app()).followRedirects(true)) {
            assertThat(Logins.login(client, "admin", "a-long-enough-password")).isTrue();
            assertThat(client.get("/staff/questions/add/").status()).isEqualTo(200);
        }
    }

    @Test
    void createsuperuser_in_another_process_runs_while_the_server_holds_the_default_database() throws Exception {
        assertThat(PollsApp.DEFAULT_DATABASE).startsWith("jdbc:h2:file:./data/polls").endsWith(";AUTO_SERVER=TRUE");
        // the server: this JVM, on the file the default URL names from the working directory dir
        PollsApp server = new PollsApp(DatabaseConfig.of(PollsApp.DEFAULT_DATABASE.replace("./", dir.toAbsolutePath()
                + "/")), Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "test-secret"), PasswordHashers.forTests());
        try (Client client = new Client(server.app()).followRedirects(true)) {
            assertThat(client.get("/polls/").status()).as("the server holds the database").isEqualTo(200);
            // the command: Main in a child JVM, as `Main createsuperuser --noinput` from another terminal
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "createsuperuser", "--noinput").directory(dir.toFile()).redirectErrorStream(true);
            command.environment().keySet().removeIf(name -> name.startsWith("JANGO_"));
            command.environment().putAll(Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "test-secret",
                    "JANGO_SUPERUSER_USERNAME", "admin", "JANGO_SUPERUSER_EMAIL", "admin@example.com",
                    "JANGO_SUPERUSER_PASSWORD", "a-long-enough-password"));
            Process process = command.start();
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(output).contains("Superuser created successfully.");
                assertThat(process.exitValue()).as(output).isZero();
            } finally {
                process.destroyForcibly();
            }

            assertThat(Logins.login(client, "admin", "a-long-enough-password")).as("the server sees the new user")
                    .isTrue();
        }
    }

    @Test
    void collectstatic_copies_the_hashed_stylesheet_and_the_manifest() throws Exception {
        Path target = dir.resolve("collected");

        assertThat(manage("collectstatic", "--noinput", "--target=" + target)).isEqualTo(0);

        assertThat(target.resolve("polls/style.css")).exists();
        assertThat(target.resolve("staticfiles.json")).content().contains("polls/style.css");
        try (var files = Files.list(target.resolve("polls"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.matches("style\\.[0-9a-f]{12}\\.css"));
        }
    }
}
