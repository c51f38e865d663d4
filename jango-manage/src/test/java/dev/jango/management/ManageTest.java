package dev.jango.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ManageTest {

    private static final Supplier<Jango> APP = () -> Jango.builder(Map.of()).set(DEBUG, true).build();

    @CommandLine.Command(name = "greet", description = {"Say hello to someone.", "A second line."})
    static final class Greet implements Command {
        @CommandLine.Option(names = "--shout", description = "Use capitals.")
        boolean shout;

        @CommandLine.Parameters(paramLabel = "NAME", description = "Who to greet.")
        String name;

        CommandContext context;

        @Override
        public int run(CommandContext context) {
            this.context = context;
            String text = "Hello, " + name + "!";
            context.out().println(shout ? text.toUpperCase() : text);
            return 0;
        }
    }

    @CommandLine.Command(name = "fail", description = "Fail in the way asked.")
    static final class Fail implements Command {
        @CommandLine.Option(names = "--how", defaultValue = "config")
        String how;

        @Override
        public int run(CommandContext context) {
            switch (how) {
                case "config" -> throw new ImproperlyConfigured("secretKey is empty: set JANGO_SECRET_KEY");
                case "error" -> throw new CommandError("No poll with id 7", 3);
                case "bug" -> throw new NullPointerException("surprise");
                case "settings" -> context.settings();
                default -> { }
            }
            return 0;
        }
    }

    @Test
    void no_arguments_list_every_command_with_its_description() {
        Runs.Result result = Runs.of(APP).command(new Greet()).run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Available commands:").containsPattern("check +Check the app")
                .contains("The app's commands:").containsPattern("greet +Say hello to someone.")
                .doesNotContain("A second line.");
        assertThat(result.out().indexOf("greet")).isGreaterThan(result.out().indexOf("check"));
    }

    @Test
    void jangos_commands_and_those_the_contrib_apps_contribute_are_listed_together_sorted() {
        assertThat(Manage.builder(APP).build().commandNames()).containsExactly("changepassword", "check",
                "collectstatic", "createsuperuser", "diffsettings", "migrate", "routes", "runserver", "shell",
                "showmigrations");

        Runs.Result result = Runs.of(APP).run();
        assertThat(result.out()).containsPattern("createsuperuser +Create a superuser")
                .containsPattern("changepassword +Change a user's password")
                .containsPattern("collectstatic +Copy the static files").doesNotContain("The app's commands:");
        assertThat(result.out().indexOf("collectstatic")).isGreaterThan(result.out().indexOf("check"))
                .isLessThan(result.out().indexOf("createsuperuser"));
    }

    @Test
    void help_and_dash_dash_help_list_the_commands_too() {
        assertThat(Runs.of(APP).run("help").out()).contains("Available commands:");
        assertThat(Runs.of(APP).run("--help").out()).contains("Available commands:");
    }

    @Test
    void help_with_a_command_name_prints_that_commands_usage() {
        Runs.Result result = Runs.of(APP).command(new Greet()).run("help", "greet");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: manage greet").contains("--shout").contains("Use capitals.")
                .contains("NAME").contains("--traceback");
    }

    @Test
    void a_commands_help_option_prints_its_usage_without_running_it() {
        Greet greet = new Greet();
        Runs.Result result = Runs.of(APP).command(greet).run("greet", "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: manage greet");
        assertThat(greet.context).isNull();
    }

    @Test
    void a_command_gets_its_options_parsed_and_the_context() {
        Greet greet = new Greet();
        Runs.Result result = Runs.of(APP).command(greet).env(Map.of("HOME", "/home/ada"))
                .run("greet", "--shout", "ada");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("HELLO, ADA!" + System.lineSeparator());
        assertThat(greet.context.env()).containsEntry("HOME", "/home/ada");
        assertThat(greet.context.mainArgs()).containsExactly("greet", "--shout", "ada");
        assertThat(greet.context.settings().get(DEBUG)).isTrue();
        assertThat(greet.context.app().settings()).isSameAs(greet.context.settings());
        assertThat(greet.context.appSupplier()).isSameAs(APP);
        assertThat(greet.context.mainClass()).isNull();
    }

    @Test
    void options_are_reset_between_runs_of_one_command_instance() {
        Greet greet = new Greet();
        Runs runs = Runs.of(APP).command(greet);
        runs.run("greet", "--shout", "ada");

        assertThat(runs.run("greet", "bob").out()).startsWith("Hello, bob!");
    }

    @Test
    void an_unknown_command_exits_2_naming_the_close_matches() {
        Runs.Result result = Runs.of(APP).command(new Greet()).run("chek");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown command: 'chek'. Did you mean check?")
                .contains("Type 'manage help' for usage.");
        assertThat(Runs.of(APP).run("frobnicate").err()).contains("Unknown command: 'frobnicate'.")
                .doesNotContain("Did you mean");
        assertThat(Runs.of(APP).run("help", "nope").status()).isEqualTo(2);
    }

    @Test
    void an_unknown_option_exits_2_with_the_message_and_a_suggestion() {
        Runs.Result result = Runs.of(APP).command(new Greet()).run("greet", "--shuot", "ada");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--shuot'").contains("--shout");
    }

    @Test
    void a_missing_parameter_exits_2_with_the_commands_usage() {
        Runs.Result result = Runs.of(APP).command(new Greet()).run("greet");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter: 'NAME'").contains("Usage: manage greet");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void a_configuration_error_prints_its_message_without_a_stack_trace_and_exits_1() {
        Runs.Result result = Runs.of(APP).command(new Fail()).run("fail");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("ImproperlyConfigured: secretKey is empty: set JANGO_SECRET_KEY")
                .contains("--traceback").doesNotContain("\tat ");
    }

    @Test
    void traceback_prints_the_stack_trace() {
        Runs.Result result = Runs.of(APP).command(new Fail()).run("fail", "--traceback");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("ImproperlyConfigured: secretKey is empty").contains("\tat ");
    }

    @Test
    void a_command_error_exits_with_its_status_and_message_only() {
        Runs.Result result = Runs.of(APP).command(new Fail()).run("fail", "--how", "error");

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("CommandError: No poll with id 7" + System.lineSeparator());
    }

    @Test
    void an_unexpected_exception_is_shown_with_its_stack_trace() {
        Runs.Result result = Runs.of(APP).command(new Fail()).run("fail", "--how", "bug");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("NullPointerException: surprise").contains("\tat ");
    }

    @Test
    void the_app_is_built_once_and_only_when_a_command_asks() {
        AtomicInteger built = new AtomicInteger();
        Supplier<Jango> counting = () -> {
            built.incrementAndGet();
            return APP.get();
        };
        Runs.of(counting).command(new Fail()).run("fail", "--how", "none");
        assertThat(built).hasValue(0);

        Greet greet = new Greet();
        Runs.of(counting).command(greet).run("greet", "ada");
        greet.context.settings();
        greet.context.settings();
        assertThat(greet.context.app()).isSameAs(greet.context.app());
        assertThat(built).hasValue(1);
    }

    @Test
    void a_failing_app_is_reported_as_a_configuration_error() {
        Supplier<Jango> broken = () -> {
            throw new ImproperlyConfigured("allowedHosts is empty while debug is off");
        };
        Runs.Result result = Runs.of(broken).command(new Fail()).run("fail", "--how", "settings");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("allowedHosts is empty while debug is off").doesNotContain("\tat ");
    }

    @Test
    void an_apps_command_replaces_the_builtin_of_the_same_name() {
        @CommandLine.Command(name = "check", description = "The app's own check.")
        final class OwnCheck implements Command {
            @Override
            public int run(CommandContext context) {
                context.out().println("own check");
                return 0;
            }
        }
        Runs.Result result = Runs.of(APP).command(new OwnCheck()).run("check");

        assertThat(result.out()).isEqualTo("own check" + System.lineSeparator());
    }

    @Test
    void two_app_commands_with_one_name_are_refused() {
        assertThatThrownBy(() -> Manage.builder(APP).command(new Greet()).command(new Greet()).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("Two commands are named 'greet'");
    }

    @Test
    void a_command_without_a_picocli_name_is_refused() {
        Command anonymous = context -> 0;
        assertThatThrownBy(() -> Manage.builder(APP).command(anonymous).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("@CommandLine.Command(name");
    }

    @Test
    void a_command_named_with_capitals_is_refused() {
        @CommandLine.Command(name = "Greet")
        final class Capital implements Command {
            @Override
            public int run(CommandContext context) {
                return 0;
            }
        }
        assertThatThrownBy(() -> Manage.builder(APP).command(new Capital()).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("is named 'Greet'");
    }

    @Test
    void main_remembers_the_class_that_called_it() {
        Greet greet = new Greet();
        Manage.main(new String[] {"greet", "ada"}, APP, greet);

        assertThat(greet.context.mainClass()).isEqualTo(ManageTest.class);
    }

    @Test
    void the_prompter_reads_answers_from_the_input_and_cancels_when_it_ends() {
        List<String> answers = new ArrayList<>();
        @CommandLine.Command(name = "ask")
        final class Ask implements Command {
            @Override
            public int run(CommandContext context) {
                answers.add(context.prompter().line("Name: "));
                answers.add(context.prompter().secret("Secret: "));
                answers.add(context.prompter().line("More: "));
                return 0;
            }
        }
        Runs.Result result = Runs.of(APP).command(new Ask()).input("ada\nhidden\n").run("ask");

        assertThat(answers).containsExactly("ada", "hidden");
        assertThat(result.out()).startsWith("Name: Secret: More: ");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("Operation cancelled");
    }
}
