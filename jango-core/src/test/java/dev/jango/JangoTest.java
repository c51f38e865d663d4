package dev.jango;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Setting;
import dev.jango.conf.Settings;
import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.Logins;
import dev.jango.contrib.auth.User;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.messages.Messages;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.CommonMiddleware;
import dev.jango.middleware.ContentSecurityPolicyMiddleware;
import dev.jango.middleware.CspPolicy;
import dev.jango.middleware.Middleware;
import dev.jango.template.ContextProcessor;
import dev.jango.template.TemplateEngine;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The application builder: settings, middleware, URLs and the rest assembled and checked once. */
class JangoTest {

    static final Setting<Integer> PAGE_SIZE = Setting.integer("jangoTest.pageSize", 20);

    @Test
    void no_secret_key_with_debug_off_fails_at_startup() {
        assertThatThrownBy(() -> Jango.builder(Map.of()).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_SECRET_KEY");
        assertThatThrownBy(() -> Jango.builder(Map.of()).set(SECRET_KEY, "k").build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_ALLOWED_HOSTS");
        Jango.builder(Map.of()).set(DEBUG, true).build(); // fine in development
        Jango.builder(Map.of("JANGO_SECRET_KEY", "from-env", "JANGO_ALLOWED_HOSTS", "example.com")).build();
    }

    @Test
    void a_middleware_listed_twice_fails_at_startup() {
        Middleware once = next -> next;
        assertThatThrownBy(() -> Jango.builder(Map.of()).set(DEBUG, true).middleware(once, once).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("listed twice");
    }

    @Test
    void a_bad_environment_value_fails_the_build() {
        assertThatThrownBy(() -> Jango.builder(Map.of("JANGO_DEBUG", "sometimes")).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_DEBUG");
    }

    @Test
    void the_application_keeps_its_settings_middleware_urls_engine_and_components() {
        CommonMiddleware common = new CommonMiddleware();
        TemplateEngine engine = name -> (context, request) -> name;
        StringBuilder component = new StringBuilder("db");
        Jango app = Jango.builder(Map.of()).set(DEBUG, true).set(PAGE_SIZE, 50)
                .middleware(common)
                .urls(path("items/<int:id>/", (request, kwargs) -> Response.text("item"), "item"))
                .templateEngine(engine)
                .component(component).component(new StringBuilder("second"))
                .build();
        assertThat(app.settings().get(PAGE_SIZE)).isEqualTo(50);
        assertThat(app.middleware()).containsExactly(common);
        assertThat(app.templateEngine()).isSameAs(engine);
        assertThat(app.urls().reverse("item", Map.of("id", 7))).isEqualTo("/items/7/");
        assertThat(app.component(StringBuilder.class)).as("the first of a type wins").containsSame(component);
        assertThat(app.component(CharSequence.class)).containsSame(component);
        assertThat(app.component(Integer.class)).isEmpty();
        assertThat(app.handler().settings()).isSameAs(app.settings());
        assertThat(Jango.builder(Map.of()).set(DEBUG, true).build().templateEngine()).isNull();
    }

    @Test
    void settings_built_elsewhere_are_the_starting_values_and_set_changes_a_copy() {
        Settings base = Settings.builder(Map.of()).set(DEBUG, true).set(PAGE_SIZE, 30).build();
        Jango app = Jango.builder(Map.of()).settings(base).set(PAGE_SIZE, 40).build();
        assertThat(app.settings().get(DEBUG)).isTrue();
        assertThat(app.settings().get(PAGE_SIZE)).isEqualTo(40);
        assertThat(base.get(PAGE_SIZE)).isEqualTo(30);
    }

    @Test
    void settings_after_set_is_refused_because_it_would_drop_the_earlier_values() {
        Settings base = Settings.builder(Map.of()).set(DEBUG, true).build();
        assertThatThrownBy(() -> Jango.builder(Map.of()).set(PAGE_SIZE, 40).settings(base))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before set(");
    }

    @Test
    void the_environment_given_to_the_builder_overrides_the_code() {
        Jango app = Jango.builder(Map.of("JANGO_JANGO_TEST_PAGE_SIZE", "70", "JANGO_ALLOWED_HOSTS", "a.example"))
                .set(DEBUG, true).set(PAGE_SIZE, 50).set(ALLOWED_HOSTS, List.of("b.example")).build();
        assertThat(app.settings().get(PAGE_SIZE)).isEqualTo(70);
        assertThat(app.settings().get(ALLOWED_HOSTS)).containsExactly("a.example");
        assertThat(app.settings().origin(PAGE_SIZE)).startsWith("environment");
    }

    @Test
    void lifecycle_hooks_run_on_start_and_in_reverse_on_stop_once_each() {
        List<String> ran = new ArrayList<>();
        Jango app = Jango.builder(Map.of()).set(DEBUG, true)
                .onStartup(() -> ran.add("open db")).onStartup(() -> ran.add("load data"))
                .onShutdown(() -> ran.add("close db")).onShutdown(() -> ran.add("flush"))
                .build();
        app.start();
        app.start();
        app.stop();
        app.stop();
        assertThat(ran).containsExactly("open db", "load data", "flush", "close db");
    }

    @Test
    void the_default_context_processors_offer_what_a_new_django_project_has() {
        InMemoryUserStore users = new InMemoryUserStore(PasswordHashers.forTests());
        User alice = users.createUser("alice", "pw");
        List<ContextProcessor> processors = Jango.defaultContextProcessors();
        Jango app = Jango.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "processors")
                .middleware(MiddlewareStack.defaults().install(Auth.app(users))
                        .append(new ContentSecurityPolicyMiddleware(CspPolicy.builder()
                                .directive("script-src", CspPolicy.SELF, CspPolicy.NONCE).build(), null))
                        .toList())
                .urls(path("page/", (request, kwargs) -> {
                    Messages.info(request, "hello");
                    Map<String, Object> context = new TreeMap<>();
                    for (ContextProcessor processor : processors) {
                        context.putAll(processor.contextFor(request));
                    }
                    return Response.text(describe(context, request));
                }))
                .build();
        try (Client client = new Client(app)) {
            Logins.forceLogin(client, alice);
            ClientResponse response = client.get("/page/");
            assertThat(response.text()).contains("csrf_token=64 chars", "debug=true", "request=same", "user=alice",
                    "perms=map", "messages=[hello]", "csp_nonce=" + nonceOf(response));
        }
    }

    private static String describe(Map<String, Object> context, Request request) {
        assertThat(context).containsKeys("csrf_token", "debug", "request", "user", "perms", "messages", "csp_nonce");
        return "csrf_token=" + context.get("csrf_token").toString().length() + " chars"
                + " debug=" + context.get("debug")
                + " request=" + (context.get("request") == request ? "same" : "other")
                + " user=" + ((User) context.get("user")).username()
                + " perms=" + (context.get("perms") instanceof Map<?, ?> ? "map" : "?")
                + " messages=" + context.get("messages")
                + " csp_nonce=" + context.get("csp_nonce");
    }

    private static String nonceOf(ClientResponse response) {
        String header = response.header("Content-Security-Policy");
        assertThat(header).contains("'nonce-");
        int start = header.indexOf("'nonce-") + "'nonce-".length();
        return header.substring(start, header.indexOf('\'', start));
    }
}
