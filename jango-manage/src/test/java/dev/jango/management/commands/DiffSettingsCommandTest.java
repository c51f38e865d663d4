package dev.jango.management.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.conf.Settings;
import dev.jango.management.Runs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffSettingsCommandTest {

    private static Settings app() {
        return Settings.builder(Map.of()).debug(true).secretKey("a-very-secret-value").allowedHosts("example.com")
                .set("apiToken", "tok-123").set("pageSize", 20).build();
    }

    @Test
    void shows_only_what_differs_from_the_defaults_with_secrets_masked() {
        Runs.Result result = Runs.of(DiffSettingsCommandTest::app).run("diffsettings");

        assertThat(result.status()).isZero();
        assertThat(result.out().lines()).containsExactly("debug = true", "secretKey = ********************",
                "allowedHosts = [example.com]", "apiToken = ********************", "pageSize = 20");
        assertThat(result.out()).doesNotContain("a-very-secret-value").doesNotContain("tok-123");
    }

    @Test
    void all_marks_the_defaults() {
        Runs.Result result = Runs.of(DiffSettingsCommandTest::app).run("diffsettings", "--all");

        assertThat(result.out()).contains("debug = true" + System.lineSeparator())
                .contains("dataUploadMaxMemorySize = 2621440  ###");
    }
}
