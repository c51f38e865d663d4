package dev.jango.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.contrib.auth.AuthConfig;
import dev.jango.contrib.messages.MessageMiddleware;
import dev.jango.contrib.messages.MessagesConfig;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.contrib.sessions.SessionsConfig;
import dev.jango.contrib.staticfiles.StaticFilesConfig;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import org.junit.jupiter.api.Test;

/** The contrib apps are found by label through the service loader, so the core never imports them. */
class AppsTest {

    @Test
    void the_contrib_apps_are_found_by_their_labels() {
        assertThat(Apps.get("sessions")).isInstanceOf(SessionsConfig.class);
        assertThat(Apps.get("auth")).isInstanceOf(AuthConfig.class);
        assertThat(Apps.get("messages")).isInstanceOf(MessagesConfig.class);
        assertThat(Apps.get("staticfiles")).isInstanceOf(StaticFilesConfig.class);
        assertThat(Apps.available()).extracting(AppConfig::label)
                .contains("sessions", "auth", "messages", "staticfiles").doesNotHaveDuplicates();
    }

    @Test
    void each_app_says_what_it_adds_and_where() {
        AppConfig sessions = Apps.get("sessions");
        assertThat(sessions.middleware()).isInstanceOf(SessionMiddleware.class);
        assertThat(sessions.middlewareAfter()).startsWith(SecurityMiddleware.class);
        assertThat(sessions.contextProcessors()).isEmpty();
        AppConfig messages = Apps.get("messages");
        assertThat(messages.middleware()).isInstanceOf(MessageMiddleware.class);
        assertThat(messages.middlewareAfter()).startsWith(CsrfViewMiddleware.class);
        assertThat(messages.contextProcessors()).hasSize(1);
        assertThat(Apps.get("auth").middleware()).as("no user store when found by label").isNull();
        assertThat(Apps.get("auth").contextProcessors()).hasSize(1);
        assertThat(Apps.get("staticfiles").middleware()).as("no files when found by label").isNull();
    }

    @Test
    void an_unknown_label_fails_naming_it_the_apps_found_and_how_to_declare_one() {
        assertThatThrownBy(() -> Apps.get("polls"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("No app is labelled 'polls'")
                .hasMessageContaining("sessions")
                .hasMessageContaining("META-INF/services/dev.jango.apps.AppConfig");
    }

    @Test
    void the_registry_is_found_once_and_the_same_app_object_comes_back() {
        assertThat(Apps.get("sessions")).isSameAs(Apps.get("sessions"));
    }
}
