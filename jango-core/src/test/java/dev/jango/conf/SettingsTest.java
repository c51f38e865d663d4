package dev.jango.conf;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.SECRET_KEY_FALLBACKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values of an application's settings: environment over code over default, checked when built. */
class SettingsTest {

    static final Setting<Integer> PAGE_SIZE = Setting.integer("settingsTest.pageSize", 20)
            .doc("Questions per page on the index");
    static final Setting<Integer> RETRIES = Setting.integer("settingsTest.retries", 3)
            .check(n -> n >= 0, "zero or more");

    @Test
    void the_environment_overrides_the_code() {
        Settings settings = Settings.builder(Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "from-env",
                        "JANGO_ALLOWED_HOSTS", "example.com, .example.org"))
                .set(DEBUG, true).set(SECRET_KEY, "from-code").set(ALLOWED_HOSTS, List.of("localhost")).build();
        assertThat(settings.get(DEBUG)).isFalse();
        assertThat(settings.get(SECRET_KEY)).isEqualTo("from-env");
        assertThat(settings.get(ALLOWED_HOSTS)).containsExactly("example.com", ".example.org");
    }

    @Test
    void without_environment_the_code_decides() {
        Settings settings = Settings.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "k").build();
        assertThat(settings.get(DEBUG)).isTrue();
        assertThat(settings.get(SECRET_KEY)).isEqualTo("k");
        assertThat(settings.get(DATA_UPLOAD_MAX_MEMORY_SIZE)).isEqualTo(2_621_440);
    }

    @Test
    void the_code_overrides_the_default_and_the_default_fills_the_rest() {
        Settings settings = Settings.builder(Map.of()).set(PAGE_SIZE, 50).build();
        assertThat(settings.get(PAGE_SIZE)).isEqualTo(50);
        assertThat(settings.get(RETRIES)).isEqualTo(3);
        assertThat(Settings.builder(Map.of()).build().get(PAGE_SIZE)).isEqualTo(20);
        assertThat(Settings.builder(Map.of("JANGO_SETTINGS_TEST_PAGE_SIZE", "30")).set(PAGE_SIZE, 50).build()
                .get(PAGE_SIZE)).as("the environment over the code").isEqualTo(30);
    }

    @Test
    void a_blank_environment_variable_counts_as_unset() {
        Settings settings = Settings.builder(Map.of("JANGO_SETTINGS_TEST_PAGE_SIZE", "  ")).set(PAGE_SIZE, 50).build();
        assertThat(settings.get(PAGE_SIZE)).isEqualTo(50);
        assertThat(settings.origin(PAGE_SIZE)).isEqualTo("code");
        Settings unset = Settings.builder(Map.of("JANGO_SETTINGS_TEST_PAGE_SIZE", "")).build();
        assertThat(unset.get(PAGE_SIZE)).isEqualTo(20);
        assertThat(unset.isSet(PAGE_SIZE)).isFalse();
        assertThat(unset.origin(PAGE_SIZE)).isEqualTo("default");
    }

    @Test
    void an_unreadable_debug_variable_fails_loudly() {
        assertThatThrownBy(() -> Settings.builder(Map.of("JANGO_DEBUG", "maybe")).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_DEBUG")
                .hasMessageContaining("'maybe'");
    }

    @Test
    void a_bad_environment_value_fails_at_build_naming_the_variable_even_for_a_setting_the_code_never_reads() {
        Settings.Builder builder = Settings.builder(Map.of("JANGO_DATA_UPLOAD_MAX_MEMORY_SIZE", "lots"));
        assertThatThrownBy(builder::build)
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_DATA_UPLOAD_MAX_MEMORY_SIZE")
                .hasMessageContaining("dataUploadMaxMemorySize")
                .hasMessageContaining("'lots'");
        assertThatThrownBy(() -> Settings.builder(Map.of("JANGO_SETTINGS_TEST_RETRIES", "-1")).build())
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("settingsTest.retries must be zero or more")
                .hasMessageContaining("JANGO_SETTINGS_TEST_RETRIES");
    }

    @Test
    void a_value_failing_its_check_in_code_fails_where_it_is_set_naming_the_setting() {
        assertThatThrownBy(() -> Settings.builder(Map.of()).set(RETRIES, -2))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("settingsTest.retries must be zero or more; the code gave '-2'");
    }

    @Test
    void origin_says_whether_the_environment_the_code_or_the_default_gave_the_value() {
        Settings settings = Settings.builder(Map.of("JANGO_DEBUG", "true")).set(SECRET_KEY, "k").build();
        assertThat(settings.origin(DEBUG)).isEqualTo("environment (JANGO_DEBUG)");
        assertThat(settings.origin(SECRET_KEY)).isEqualTo("code");
        assertThat(settings.origin(ALLOWED_HOSTS)).isEqualTo("default");
        assertThat(settings.isSet(DEBUG)).isTrue();
        assertThat(settings.isSet(SECRET_KEY)).isTrue();
        assertThat(settings.isSet(ALLOWED_HOSTS)).isFalse();
    }

    @Test
    void as_map_lists_every_declared_setting_by_name_with_secrets_masked() {
        Settings settings = Settings.builder(Map.of()).set(SECRET_KEY, "very-secret").set(PAGE_SIZE, 25)
                .set(ALLOWED_HOSTS, List.of("example.com")).build();
        Map<String, String> map = settings.asMap();
        assertThat(map).containsEntry("settingsTest.pageSize", "25")
                .containsEntry("debug", "false")
                .containsEntry("allowedHosts", "[example.com]")
                .containsEntry("secretKey", "********")
                .containsEntry("secretKeyFallbacks", "(not set)");
        assertThat(map.values()).noneMatch(value -> value.contains("very-secret"));
        assertThat(List.copyOf(map.keySet())).as("declaration order").containsSubsequence("debug", "secretKey",
                "allowedHosts");
        assertThat(Settings.builder(Map.of()).set(SECRET_KEY_FALLBACKS, List.of("old")).build().asMap())
                .containsEntry("secretKeyFallbacks", "********");
    }

    @Test
    void a_setting_declared_after_the_settings_were_built_still_resolves() {
        Settings settings = Settings.builder(Map.of("JANGO_SETTINGS_TEST_LATE", "7")).build();
        Settings plain = Settings.builder(Map.of()).build();
        Setting<Integer> late = Setting.integer("settingsTest.late", 1);
        Setting<String> lateNull = Setting.string("settingsTest.lateNull", null);
        assertThat(settings.get(late)).isEqualTo(7);
        assertThat(settings.get(late)).as("kept").isEqualTo(7);
        assertThat(plain.get(late)).isEqualTo(1);
        assertThat(plain.get(lateNull)).isNull();
        assertThat(settings.origin(late)).startsWith("environment");
        assertThat(settings.asMap()).containsEntry("settingsTest.late", "7");
    }

    @Test
    void to_builder_keeps_the_code_values_and_unset_forgets_one() {
        Settings settings = Settings.builder(Map.of()).set(DEBUG, true).set(PAGE_SIZE, 40).build();
        Settings derived = settings.toBuilder().set(SECRET_KEY, "k").unset(PAGE_SIZE).build();
        assertThat(derived.get(DEBUG)).isTrue();
        assertThat(derived.get(SECRET_KEY)).isEqualTo("k");
        assertThat(derived.get(PAGE_SIZE)).isEqualTo(20);
        assertThat(settings.get(SECRET_KEY)).as("the original is unchanged").isEmpty();
    }

    @Test
    void the_process_environment_is_read_by_default() {
        Setting<String> home = Setting.string("settingsTest.path", "none").env("PATH");
        assertThat(Settings.defaults().get(home)).isEqualTo(System.getenv().getOrDefault("PATH", "none").strip());
        assertThat(Settings.builder().build().get(home)).isEqualTo(Settings.defaults().get(home));
    }
}
