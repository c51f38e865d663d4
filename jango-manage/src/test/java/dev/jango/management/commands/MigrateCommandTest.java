package dev.jango.management.commands;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.management.Runs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {

    @TempDir
    Path dir;

    /** The app on an H2 file database that does not migrate at start-up. */
    private Supplier<Jango> app() {
        return app(false);
    }

    /** The app on an H2 file database, migrating at start-up or not. */
    private Supplier<Jango> app(boolean migrateAtStartUp) {
        DatabaseConfig config = new DatabaseConfig("jdbc:h2:file:" + dir.resolve("db"), null, null, 2,
                Duration.ofSeconds(2), true, migrateAtStartUp, List.of("classpath:testapp/migration"));
        return () -> new Database(config).install(Jango.builder(Map.of()).set(DEBUG, true)).build();
    }

    @Test
    void on_the_default_configuration_showmigrations_migrates_nothing_and_migrate_counts_what_it_applies() {
        assertThat(DatabaseConfig.of("jdbc:h2:mem:x").migrate()).as("the default").isTrue();
        for (int run = 0; run < 2; run++) {
            Runs.Result shown = Runs.of(app(true)).run("showmigrations");
            assertThat(shown.status()).isZero();
            assertThat(shown.out().lines()).containsExactly("Migrations:", " [ ] 1 create question",
                    " [ ] 2 add votes");
        }

        Runs.Result migrate = Runs.of(app(true)).run("migrate");
        assertThat(migrate.status()).isZero();
        assertThat(migrate.out().lines()).containsExactly("Migrations:", " [X] 1 create question",
                " [X] 2 add votes", "Applied 3 migrations (Jango's own tables included); the database is up to date.");
        assertThat(Runs.of(app(true)).run("migrate").out().lines()).last()
                .isEqualTo("The database is up to date.");
    }

    @Test
    void showmigrations_lists_pending_ones_then_migrate_applies_them() {
        Runs.Result before = Runs.of(app()).run("showmigrations");
        assertThat(before.status()).isZero();
        assertThat(before.out().lines()).containsExactly("Migrations:", " [ ] 1 create question", " [ ] 2 add votes");

        Runs.Result migrate = Runs.of(app()).run("migrate");
        assertThat(migrate.status()).isZero();
        assertThat(migrate.out().lines()).containsExactly("Migrations:", " [X] 1 create question",
                " [X] 2 add votes", "Applied 3 migrations (Jango's own tables included); the database is up to date.");

        assertThat(Runs.of(app()).run("showmigrations").out()).contains("[X] 1 create question", "[X] 2 add votes");
        assertThat(Runs.of(app()).run("migrate").out()).endsWith("The database is up to date." + System.lineSeparator());
    }

    @Test
    void an_app_without_a_database_is_told_how_to_install_one() {
        Supplier<Jango> plain = () -> Jango.builder(Map.of()).set(DEBUG, true).build();
        for (String command : List.of("migrate", "showmigrations")) {
            Runs.Result result = Runs.of(plain).run(command);

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err()).isEqualTo("CommandError: this app has no database: install one with "
                    + "Database.install(Jango.Builder)" + System.lineSeparator());
        }
    }

    @Test
    void an_unreachable_database_is_reported_without_a_stack_trace() {
        DatabaseConfig config = new DatabaseConfig("jdbc:h2:tcp://127.0.0.1:1/none", "u", "p", 1,
                Duration.ofMillis(300), true, false, List.of("classpath:testapp/migration"));
        Runs.Result result = Runs.of(() -> new Database(config).install(Jango.builder(Map.of()).set(DEBUG, true))
                .build()).run("migrate");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot reach the database at jdbc:h2:tcp://127.0.0.1:1/none")
                .doesNotContain("\tat ");
    }
}
