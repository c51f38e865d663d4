package dev.jango.management.commands;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.conf.Setting;
import dev.jango.management.Runs;
import dev.jango.middleware.SecurityMiddleware;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffSettingsCommandTest {

    /** Settings the app declares, as an app would. */
    static final Setting<String> API_TOKEN = Setting.string("diffTest.apiToken", "").secret()
            .doc("The token of the payment API");
    static final Setting<Integer> PAGE_SIZE = Setting.integer("diffTest.pageSize", 10).doc("Questions per page");
    static final Setting<String> GREETING = Setting.string("diffTest.greeting", "hello");

    private static Jango app() {
        return app(Map.of());
    }

    private static Jango app(Map<String, String> env) {
        return Jango.builder(env).set(DEBUG, true).set(SECRET_KEY, "a-very-secret-value")
                .set(ALLOWED_HOSTS, List.of("example.com")).set(API_TOKEN, "tok-123").set(PAGE_SIZE, 20)
                .set(GREETING, "hello").build();
    }

    @Test
    void shows_only_what_differs_from_the_defaults_with_secrets_masked() {
        Runs.Result result = Runs.of(DiffSettingsCommandTest::app).run("diffsettings");

        assertThat(result.status()).isZero();
        assertThat(result.out().lines()).containsExactly("allowedHosts = [example.com]", "debug = true",
                "diffTest.apiToken = ********", "diffTest.pageSize = 20", "secretKey = ********");
        assertThat(result.out()).doesNotContain("a-very-secret-value").doesNotContain("tok-123");
    }

    @Test
    void all_marks_the_defaults() {
        Runs.Result result = Runs.of(DiffSettingsCommandTest::app).run("diffsettings", "--all");

        assertThat(result.out()).contains("debug = true" + System.lineSeparator())
                .contains("dataUploadMaxMemorySize = 2621440  ###" + System.lineSeparator())
                .contains("diffTest.pageSize = 20" + System.lineSeparator())
                .contains("diffTest.greeting = 'hello'  ###" + System.lineSeparator())
                .doesNotContain("a-very-secret-value").doesNotContain("tok-123");
        assertThat(result.out().lines().takeWhile(line -> !line.isEmpty())
                .map(line -> line.substring(0, line.indexOf(" = "))).toList())
                .as("sorted by name").isSorted().contains("diffTest.greeting", "maxUploadSize", "secretKeyFallbacks");
        assertThat(result.out()).endsWith(System.lineSeparator() + System.lineSeparator()
                + "# The application's parts (not settings):" + System.lineSeparator()
                + "middleware = []  ###" + System.lineSeparator() + "templateEngine = null  ###"
                + System.lineSeparator());
    }

    @Test
    void the_middleware_follows_the_settings_in_a_section_of_its_own() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true)
                .middleware(new SecurityMiddleware(), new XFrameOptionsMiddleware()).build()).run("diffsettings");

        assertThat(result.out().lines()).containsExactly("debug = true", "",
                "# The application's parts (not settings):",
                "middleware = [" + SecurityMiddleware.class.getName() + ", " + XFrameOptionsMiddleware.class.getName()
                        + "]");
    }

    @Test
    void origin_says_where_each_value_comes_from() {
        Runs.Result result = Runs.of(() -> app(Map.of("JANGO_DIFF_TEST_PAGE_SIZE", "30")))
                .run("diffsettings", "--origin");

        assertThat(result.out().lines()).contains("debug = true  # code",
                "diffTest.pageSize = 30  # environment (JANGO_DIFF_TEST_PAGE_SIZE)",
                "diffTest.apiToken = ********  # code");
    }
}
