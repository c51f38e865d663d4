package dev.jango.management.commands;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.conf.Setting;
import dev.jango.management.Runs;
import dev.jango.management.Shell;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

public class ShellCommandTest {

    /** A setting of the app, read from the shell (public: snippets run in a package of their own). */
    public static final Setting<String> GREETING = Setting.string("shellTest.greeting", "");

    private static Jango app() {
        return Jango.builder(Map.of()).set(DEBUG, true).set(GREETING, "hello from the app")
                .urls(dev.jango.urls.Urls.path("polls/", (request, kwargs) -> dev.jango.http.Response.text("x"), "polls"))
                .build();
    }

    @Test
    void evaluates_snippets_with_the_apps_settings_and_application_bound() {
        Runs.Result result = Runs.of(ShellCommandTest::app)
                .input("1 + 1\nsettings.get(DEBUG)\nsettings.get(" + ShellCommandTest.class.getName()
                        + ".GREETING)\napp.urls().reverse(\"polls\")\n/exit\n")
                .run("shell");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("$1 ==> 2").contains("==> true").contains("==> \"hello from the app\"")
                .contains("==> \"/polls/\"");
        Assertions.assertThatThrownBy(Shell::settings).hasMessageContaining("No shell is running");
    }

    @Test
    void command_runs_the_given_code_and_exits() {
        Runs.Result result = Runs.of(ShellCommandTest::app).run("shell", "-c", "settings.get(DEBUG) ? 40 + 2 : 0");

        assertThat(result.status()).as(result.err() + result.out()).isZero();
        assertThat(result.out()).contains("==> 42");
    }
}
