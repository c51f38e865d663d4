package dev.jango.conf;

import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.SECURE_PROXY_SSL_HEADER;
import static dev.jango.conf.CoreSettings.USE_X_FORWARDED_HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One setting's declaration: its name, environment variable, parsing, checks and secrecy. */
class SettingTest {

    enum Mode { FAST, SAFE }

    static final Setting<Integer> PAGE_SIZE = Setting.integer("settingTest.pageSize", 20).doc("Questions per page");
    static final Setting<Duration> TIMEOUT = Setting.duration("settingTest.timeout", Duration.ofSeconds(30));
    static final Setting<List<String>> ORIGINS = Setting.list("settingTest.origins", List.of("https://a.example"));
    static final Setting<Boolean> FEATURE = Setting.bool("settingTest.feature", false);
    static final Setting<Mode> MODE = Setting.choice("settingTest.mode", Mode.class, Mode.SAFE);
    static final Setting<Path> ROOT = Setting.path("settingTest.root", null);
    static final Setting<Long> LIMIT = Setting.longValue("settingTest.limit", 10L);
    static final Setting<String> GREETING = Setting.string("settingTest.greeting", "hello");
    static final Setting<String> TOKEN = Setting.string("settingTest.apiToken", "").secret().env("MY_API_TOKEN");
    static final Setting<Integer> WORKERS = Setting.integer("settingTest.workers", 4).check(n -> n > 0, "positive");
    static final Setting<Integer> PIN = Setting.integer("settingTest.pin", 0).secret();

    /** Declares settings from a class other than {@link SettingTest}. */
    static final class Elsewhere {
        static Setting<Integer> declarePageSize() {
            return Setting.integer("settingTest.pageSize", 30);
        }
    }

    private static <T> T fromEnv(Setting<T> setting, String text) {
        return Settings.builder(Map.of(setting.envVariable(), text)).build().get(setting);
    }

    @Test
    void the_environment_variable_is_derived_from_the_name_camel_case_and_dots_becoming_upper_snake() {
        assertThat(PAGE_SIZE.envVariable()).isEqualTo("JANGO_SETTING_TEST_PAGE_SIZE");
        assertThat(Setting.integer("polls.pageSize", 20).envVariable()).isEqualTo("JANGO_POLLS_PAGE_SIZE");
        assertThat(DATA_UPLOAD_MAX_MEMORY_SIZE.envVariable()).isEqualTo("JANGO_DATA_UPLOAD_MAX_MEMORY_SIZE");
        assertThat(DEBUG.envVariable()).isEqualTo("JANGO_DEBUG");
        // Django's names, letter for letter: an initialism inside a name is a word of its own.
        assertThat(USE_X_FORWARDED_HOST.envVariable()).isEqualTo("JANGO_USE_X_FORWARDED_HOST");
        assertThat(SECURE_PROXY_SSL_HEADER.envVariable()).isEqualTo("JANGO_SECURE_PROXY_SSL_HEADER");
        assertThat(SECRET_KEY.envVariable()).isEqualTo("JANGO_SECRET_KEY");
    }

    @Test
    void env_names_another_variable_and_the_derived_one_is_then_ignored() {
        assertThat(TOKEN.envVariable()).isEqualTo("MY_API_TOKEN");
        assertThat(fromEnv(TOKEN, "t0ken")).isEqualTo("t0ken");
        assertThat(Settings.builder(Map.of("JANGO_SETTING_TEST_API_TOKEN", "ignored")).build().get(TOKEN)).isEmpty();
    }

    @Test
    void a_declaration_knows_its_name_type_default_and_doc() {
        assertThat(PAGE_SIZE.name()).isEqualTo("settingTest.pageSize");
        assertThat(PAGE_SIZE.type()).isEqualTo(Integer.class);
        assertThat(PAGE_SIZE.defaultValue()).isEqualTo(20);
        assertThat(PAGE_SIZE.doc()).isEqualTo("Questions per page");
        assertThat(PAGE_SIZE.isSecret()).isFalse();
        assertThat(PAGE_SIZE).hasToString("Setting settingTest.pageSize");
        assertThat(Setting.declared()).contains(PAGE_SIZE, DEBUG, SECRET_KEY);
    }

    @Test
    void a_name_that_is_not_camel_case_words_joined_by_dots_is_refused() {
        for (String bad : new String[] {"Page size", "PAGE_SIZE", "polls..pageSize", "polls.", "9lives", ""}) {
            assertThatThrownBy(() -> Setting.integer(bad, 1)).as(bad)
                    .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("camelCase");
        }
    }

    @Test
    void a_second_declaration_of_a_name_from_another_class_fails_naming_both_classes() {
        assertThatThrownBy(Elsewhere::declarePageSize)
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("settingTest.pageSize")
                .hasMessageContaining("declared twice")
                .hasMessageContaining(SettingTest.class.getName())
                .hasMessageContaining(Elsewhere.class.getName());
        assertThat(Setting.declared()).as("the first declaration stays").contains(PAGE_SIZE);
        assertThat(Settings.builder(Map.of()).build().get(PAGE_SIZE)).isEqualTo(20);
    }

    @Test
    void a_redeclaration_from_the_same_class_replaces_the_first_as_a_reloaded_class_would() {
        Setting<Integer> first = Setting.integer("settingTest.reloaded", 1);
        Setting<Integer> second = Setting.integer("settingTest.reloaded", 2);
        assertThat(Setting.declared()).contains(second).doesNotContain(first);
    }

    @Test
    void booleans_read_true_false_one_zero_yes_no_on_off_in_any_case() {
        for (String yes : new String[] {"true", "TRUE", "1", "yes", "On", " true "}) {
            assertThat(fromEnv(FEATURE, yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"false", "False", "0", "no", "OFF"}) {
            assertThat(fromEnv(FEATURE, no)).as(no).isFalse();
        }
        assertThatThrownBy(() -> fromEnv(FEATURE, "maybe")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_SETTING_TEST_FEATURE").hasMessageContaining("'maybe'")
                .hasMessageContaining("use true or false");
    }

    @Test
    void durations_read_a_number_and_a_unit_or_iso_8601() {
        assertThat(fromEnv(TIMEOUT, "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(fromEnv(TIMEOUT, "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(fromEnv(TIMEOUT, "45")).as("no unit: seconds").isEqualTo(Duration.ofSeconds(45));
        assertThat(fromEnv(TIMEOUT, "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(fromEnv(TIMEOUT, "2h")).isEqualTo(Duration.ofHours(2));
        assertThat(fromEnv(TIMEOUT, "7d")).isEqualTo(Duration.ofDays(7));
        assertThat(fromEnv(TIMEOUT, "PT1M30S")).isEqualTo(Duration.ofSeconds(90));
        assertThat(fromEnv(TIMEOUT, "pt10s")).isEqualTo(Duration.ofSeconds(10));
        for (String bad : new String[] {"5 fortnights", "soon", "m", "PTx"}) {
            assertThatThrownBy(() -> fromEnv(TIMEOUT, bad)).as(bad).isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageContaining("JANGO_SETTING_TEST_TIMEOUT").hasMessageContaining("Duration");
        }
    }

    @Test
    void lists_are_comma_separated_with_blanks_dropped() {
        assertThat(fromEnv(ORIGINS, " https://x.example, ,https://y.example,, "))
                .containsExactly("https://x.example", "https://y.example");
        assertThat(fromEnv(ORIGINS, "one")).containsExactly("one");
        assertThat(Settings.builder(Map.of()).build().get(ORIGINS)).containsExactly("https://a.example");
    }

    @Test
    void numbers_choices_paths_strings_and_custom_types_are_parsed_from_text() {
        assertThat(fromEnv(PAGE_SIZE, " 50 ")).isEqualTo(50);
        assertThat(fromEnv(LIMIT, "10000000000")).isEqualTo(10_000_000_000L);
        assertThat(fromEnv(MODE, "fast")).isEqualTo(Mode.FAST);
        assertThat(fromEnv(ROOT, "/srv/static")).isEqualTo(Path.of("/srv/static"));
        assertThat(Settings.builder(Map.of()).build().get(ROOT)).as("a null default").isNull();
        assertThat(fromEnv(GREETING, "  hi there ")).isEqualTo("hi there");
        assertThat(fromEnv(SECURE_PROXY_SSL_HEADER, "X-Forwarded-Proto=https"))
                .isEqualTo(new ProxySslHeader("X-Forwarded-Proto", "https"));
        assertThatThrownBy(() -> fromEnv(PAGE_SIZE, "twenty")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_SETTING_TEST_PAGE_SIZE").hasMessageContaining("'twenty'")
                .hasMessageContaining("Integer");
        assertThatThrownBy(() -> fromEnv(MODE, "reckless")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_SETTING_TEST_MODE");
        assertThatThrownBy(() -> fromEnv(SECURE_PROXY_SSL_HEADER, "https")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_SECURE_PROXY_SSL_HEADER").hasMessageContaining("Header=value");
    }

    @Test
    void a_value_failing_the_check_fails_naming_the_setting_the_requirement_and_where_it_came_from() {
        assertThatThrownBy(() -> Settings.builder(Map.of()).set(WORKERS, 0))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("settingTest.workers must be positive").hasMessageContaining("the code gave '0'");
        assertThatThrownBy(() -> fromEnv(WORKERS, "-3"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("settingTest.workers must be positive")
                .hasMessageContaining("the environment variable JANGO_SETTING_TEST_WORKERS gave '-3'");
        assertThatThrownBy(() -> Settings.builder(Map.of()).set(DATA_UPLOAD_MAX_MEMORY_SIZE, -1L))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("dataUploadMaxMemorySize must be >= 0");
        assertThat(fromEnv(WORKERS, "8")).isEqualTo(8);
    }

    @Test
    void a_value_of_the_wrong_type_from_unchecked_code_is_refused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Setting<Object> raw = (Setting) PAGE_SIZE;
        assertThatThrownBy(() -> Settings.builder(Map.of()).set(raw, "twenty"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("takes an Integer");
    }

    @Test
    void secrets_are_never_printed_only_their_presence() {
        assertThat(TOKEN.display("t0ken")).isEqualTo("********");
        assertThat(TOKEN.display("")).isEqualTo("(not set)");
        assertThat(TOKEN.display(null)).isEqualTo("(not set)");
        assertThat(CoreSettings.SECRET_KEY_FALLBACKS.display(List.of())).isEqualTo("(not set)");
        assertThat(CoreSettings.SECRET_KEY_FALLBACKS.display(List.of("old-key"))).isEqualTo("********");
        assertThat(SECRET_KEY.isSecret()).isTrue();
        assertThat(PAGE_SIZE.display(20)).isEqualTo("20");
        assertThatThrownBy(() -> fromEnv(PIN, "12x4")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_SETTING_TEST_PIN").hasMessageNotContaining("12x4");
    }
}
