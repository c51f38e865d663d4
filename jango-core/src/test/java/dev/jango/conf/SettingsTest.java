package dev.jango.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.middleware.Middleware;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void the_environment_overrides_the_code() {
        Settings settings = Settings.builder(Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "from-env",
                        "JANGO_ALLOWED_HOSTS", "example.com, .example.org"))
                .debug(true).secretKey("from-code").allowedHosts("localhost").build();
        assertThat(settings.debug()).isFalse();
        assertThat(settings.secretKey()).isEqualTo("from-env");
        assertThat(settings.allowedHosts()).containsExactly("example.com", ".example.org");
    }

    @Test
    void without_environment_the_code_decides() {
        Settings settings = Settings.builder(Map.of()).debug(true).secretKey("k").build();
        assertThat(settings.debug()).isTrue();
        assertThat(settings.secretKey()).isEqualTo("k");
        assertThat(settings.dataUploadMaxMemorySize()).isEqualTo(2_621_440);
    }

    @Test
    void an_unreadable_debug_variable_fails_loudly() {
        assertThatThrownBy(() -> Settings.builder(Map.of("JANGO_DEBUG", "maybe")).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_DEBUG is 'maybe'");
    }

    @Test
    void no_secret_key_with_debug_off_fails_at_startup() {
        assertThatThrownBy(() -> Jango.application(Settings.builder(Map.of()).build()))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_SECRET_KEY");
        Jango.application(Settings.builder(Map.of()).debug(true).build()); // fine in development
    }

    @Test
    void a_middleware_listed_twice_fails_at_startup() {
        Middleware once = next -> next;
        assertThatThrownBy(() -> Jango.application(Settings.builder(Map.of()).debug(true).middleware(once, once).build()))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("listed twice");
    }

    @Test
    void application_settings_are_readable_and_listed() {
        Settings settings = Settings.builder(Map.of()).set("PAGE_SIZE", 25).build();
        assertThat(settings.get("PAGE_SIZE")).isEqualTo(25);
        assertThat(settings.asMap()).containsEntry("PAGE_SIZE", 25).containsKey("debug").containsKey("secretKey");
    }
}
