package dev.jango;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.apps.AppConfig;
import dev.jango.apps.Apps;
import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.messages.MessageMiddleware;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.middleware.CommonMiddleware;
import dev.jango.middleware.ConditionalGetMiddleware;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.GZipMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.RequestIdMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a middleware list by naming layers by class, and apps placing their own layer. */
class MiddlewareStackTest {

    private static final List<Class<?>> DEFAULTS = List.of(RequestIdMiddleware.class, SecurityMiddleware.class,
            SessionMiddleware.class, CommonMiddleware.class, CsrfViewMiddleware.class, MessageMiddleware.class,
            XFrameOptionsMiddleware.class);

    private static List<Class<?>> classes(MiddlewareStack stack) {
        return classes(stack.toList());
    }

    private static List<Class<?>> classes(List<Middleware> layers) {
        return layers.stream().<Class<?>>map(Object::getClass).toList();
    }

    private static InMemoryUserStore users() {
        InMemoryUserStore users = new InMemoryUserStore(PasswordHashers.forTests());
        users.createUser("alice", "pw");
        return users;
    }

    @Test
    void the_defaults_are_djangos_new_project_stack_in_order() {
        assertThat(classes(MiddlewareStack.defaults())).containsExactlyElementsOf(DEFAULTS);
        assertThat(classes(Jango.defaultMiddleware())).containsExactlyElementsOf(DEFAULTS);
    }

    @Test
    void each_call_to_defaults_gives_fresh_layers() {
        assertThat(MiddlewareStack.defaults().toList().get(2))
                .isNotSameAs(MiddlewareStack.defaults().toList().get(2));
    }

    @Test
    void installing_auth_puts_authentication_right_after_csrf_and_before_messages() {
        MiddlewareStack stack = MiddlewareStack.defaults().install(Auth.app(users()));
        assertThat(classes(stack)).containsExactly(RequestIdMiddleware.class, SecurityMiddleware.class,
                SessionMiddleware.class, CommonMiddleware.class, CsrfViewMiddleware.class,
                AuthenticationMiddleware.class, MessageMiddleware.class, XFrameOptionsMiddleware.class);
    }

    @Test
    void an_app_goes_after_the_first_of_its_anchors_the_stack_holds_or_innermost() {
        MiddlewareStack withoutCsrf = MiddlewareStack.defaults().without(CsrfViewMiddleware.class)
                .install(Auth.app(users()));
        assertThat(classes(withoutCsrf)).containsExactly(RequestIdMiddleware.class, SecurityMiddleware.class,
                SessionMiddleware.class, AuthenticationMiddleware.class, CommonMiddleware.class,
                MessageMiddleware.class, XFrameOptionsMiddleware.class);
        MiddlewareStack bare = MiddlewareStack.empty().append(new XFrameOptionsMiddleware()).install(Auth.app(users()));
        assertThat(classes(bare)).containsExactly(XFrameOptionsMiddleware.class, AuthenticationMiddleware.class);
    }

    @Test
    void installing_static_files_puts_them_right_after_security(@TempDir Path dir) {
        StaticFiles statics = StaticFiles.builder().directory(dir).build();
        MiddlewareStack stack = MiddlewareStack.defaults().install(statics.app());
        assertThat(classes(stack)).containsExactly(RequestIdMiddleware.class, SecurityMiddleware.class,
                StaticFilesMiddleware.class, SessionMiddleware.class, CommonMiddleware.class, CsrfViewMiddleware.class,
                MessageMiddleware.class, XFrameOptionsMiddleware.class);
        assertThat(((StaticFilesMiddleware) stack.toList().get(2)).files()).isSameAs(statics);
    }

    @Test
    void an_app_found_by_label_installs_its_layer_and_one_without_a_layer_changes_nothing() {
        MiddlewareStack stack = MiddlewareStack.empty().append(new SecurityMiddleware(), new CsrfViewMiddleware())
                .install("sessions").install("messages");
        assertThat(classes(stack)).containsExactly(SecurityMiddleware.class, SessionMiddleware.class,
                CsrfViewMiddleware.class, MessageMiddleware.class);
        assertThat(classes(stack.install("auth").install("staticfiles")))
                .as("auth and staticfiles found by label have no user store or files").containsExactly(
                        SecurityMiddleware.class, SessionMiddleware.class, CsrfViewMiddleware.class,
                        MessageMiddleware.class);
        assertThat(classes(MiddlewareStack.empty().install(Apps.get("auth")))).isEmpty();
    }

    @Test
    void an_own_app_config_places_its_layer_after_its_anchor() {
        Middleware tenant = next -> next;
        AppConfig tenants = new AppConfig() {
            @Override
            public String label() {
                return "tenants";
            }

            @Override
            public Middleware middleware() {
                return tenant;
            }

            @Override
            public List<Class<? extends Middleware>> middlewareAfter() {
                return List.of(GZipMiddleware.class, CommonMiddleware.class);
            }
        };
        List<Middleware> layers = MiddlewareStack.defaults().install(tenants).toList();
        assertThat(layers.get(layers.indexOf(tenant) - 1)).isInstanceOf(CommonMiddleware.class);
    }

    @Test
    void after_before_replace_and_without_name_layers_by_class() {
        GZipMiddleware gzip = new GZipMiddleware();
        ConditionalGetMiddleware conditional = new ConditionalGetMiddleware();
        XFrameOptionsMiddleware sameOrigin = new XFrameOptionsMiddleware("SAMEORIGIN");
        MiddlewareStack stack = MiddlewareStack.defaults()
                .after(CommonMiddleware.class, gzip)
                .before(CommonMiddleware.class, conditional)
                .replace(XFrameOptionsMiddleware.class, sameOrigin)
                .without(RequestIdMiddleware.class);
        assertThat(classes(stack)).containsExactly(SecurityMiddleware.class, SessionMiddleware.class,
                ConditionalGetMiddleware.class, CommonMiddleware.class, GZipMiddleware.class,
                CsrfViewMiddleware.class, MessageMiddleware.class, XFrameOptionsMiddleware.class);
        assertThat(stack.toList()).contains(gzip, conditional, sameOrigin);
        assertThat(stack.contains(GZipMiddleware.class)).isTrue();
        assertThat(stack.contains(RequestIdMiddleware.class)).isFalse();
    }

    @Test
    void naming_a_class_the_stack_lacks_fails_listing_what_it_holds() {
        MiddlewareStack stack = MiddlewareStack.empty().append(new SecurityMiddleware(), new CommonMiddleware());
        for (Runnable edit : List.<Runnable>of(
                () -> stack.after(GZipMiddleware.class, new ConditionalGetMiddleware()),
                () -> stack.before(GZipMiddleware.class, new ConditionalGetMiddleware()),
                () -> stack.replace(GZipMiddleware.class, new ConditionalGetMiddleware()),
                () -> stack.without(GZipMiddleware.class))) {
            assertThatThrownBy(edit::run).isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageContaining("no GZipMiddleware")
                    .hasMessageContaining("[SecurityMiddleware, CommonMiddleware]");
        }
        assertThat(classes(stack)).as("unchanged").containsExactly(SecurityMiddleware.class, CommonMiddleware.class);
    }

    @Test
    void the_list_is_an_immutable_copy_and_null_layers_are_refused() {
        MiddlewareStack stack = MiddlewareStack.empty().append(new CommonMiddleware());
        List<Middleware> copy = stack.toList();
        stack.append(new GZipMiddleware());
        assertThat(copy).hasSize(1);
        assertThat(copy).isUnmodifiable();
        assertThatThrownBy(() -> stack.append((Middleware) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stack.after(CommonMiddleware.class, null)).isInstanceOf(NullPointerException.class);
    }
}
