package dev.jango.management.commands;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.management.Runs;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

    private static final String STRONG_KEY = "k3v9-QpZ+7wXr2LmN8sTb5yHc1dFg6jA0eRuIoPlKzMxCvBn4W";

    private static Jango.Builder devApp() {
        return Jango.builder(Map.of()).set(DEBUG, true)
                .urls(path("", (request, kwargs) -> Response.text("home"), "home"));
    }

    @Test
    void a_sound_app_has_no_issues() {
        Runs.Result result = Runs.of(() -> devApp().build()).run("check");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("System check identified no issues." + System.lineSeparator());
    }

    @Test
    void what_start_up_refuses_is_an_error_and_exits_1() {
        Runs.Result result = Runs.of(() -> devApp().set(DEBUG, false).set(ALLOWED_HOSTS, List.of("example.com")).build()).run("check");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("SystemCheckError: System check identified some issues:")
                .contains("ERRORS:").contains("?: (jango.E001) ImproperlyConfigured: secretKey is empty while debug is off")
                .contains("System check identified 1 issue.");
    }

    @Test
    void settings_the_environment_gives_a_wrong_value_are_an_error_too() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of("JANGO_DEBUG", "maybe")).build()).run("check");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("?: (jango.E001) ImproperlyConfigured: The environment variable JANGO_DEBUG")
                .contains("System check identified 1 issue.");
    }

    @Test
    void an_app_without_urls_gets_a_warning_but_passes() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).build()).run("check");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("WARNINGS:").contains("(urls.W001) The app has no URL patterns");
    }

    @Test
    void deploy_warns_about_a_development_setup_without_failing() {
        Runs.Result result = Runs.of(() -> devApp().set(SECRET_KEY, "short").build()).run("check", "--deploy");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("(security.W018) debug is on").contains("(security.W009)")
                .contains("(security.W001) SecurityMiddleware is not in the middleware")
                .contains("(security.W002)").contains("(security.W003)");
    }

    @Test
    void deploy_with_fail_level_warning_exits_1() {
        Runs.Result result = Runs.of(() -> devApp().build()).run("check", "--deploy", "--fail-level", "WARNING");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("security.W018");
    }

    @Test
    void deploy_probes_the_security_middleware_for_hsts_and_the_https_redirect() {
        Runs.Result result = Runs.of(() -> devApp().set(DEBUG, false).set(SECRET_KEY, STRONG_KEY)
                .set(ALLOWED_HOSTS, List.of("example.com"))
                .middleware(new SecurityMiddleware(), new CsrfViewMiddleware(), new XFrameOptionsMiddleware("DENY"))
                .build()).run("check", "--deploy");

        assertThat(result.out()).contains("(security.W004) HSTS is off").contains("(security.W008)")
                .contains("(security.W016) The CSRF cookie is not marked Secure").doesNotContain("W018")
                .doesNotContain("W009").doesNotContain("W001").doesNotContain("W002");
    }

    @Test
    void deploy_on_the_default_stack_names_what_the_defaults_leave_off() {
        Runs.Result result = Runs.of(() -> devApp().set(DEBUG, false).set(SECRET_KEY, STRONG_KEY)
                .set(ALLOWED_HOSTS, List.of(".example.com")).middleware(Jango.defaultMiddleware()).build()).run("check", "--deploy");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("security.W004", "security.W008", "security.W016")
                .doesNotContain("W001").doesNotContain("W002").doesNotContain("W003")
                .contains("System check identified 3 issues.");
    }

    @Test
    void a_hardened_app_passes_the_deploy_checks() {
        Runs.Result result = Runs.of(() -> devApp().set(DEBUG, false).set(SECRET_KEY, STRONG_KEY)
                .set(ALLOWED_HOSTS, List.of("example.com"))
                .middleware(SecurityMiddleware.builder().hsts(Duration.ofDays(365)).sslRedirect(true).build(),
                        CsrfViewMiddleware.builder().cookieSecure(true).build(), new XFrameOptionsMiddleware("DENY"))
                .build()).run("check", "--deploy");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("System check identified no issues." + System.lineSeparator());
    }

    @Test
    void an_unknown_fail_level_is_a_usage_error() {
        Runs.Result result = Runs.of(() -> devApp().build()).run("check", "--fail-level", "LOUD");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--fail-level").contains("LOUD");
    }
}
