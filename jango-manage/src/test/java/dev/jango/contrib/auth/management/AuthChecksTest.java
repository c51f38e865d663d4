package dev.jango.contrib.auth.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.http.Response;
import dev.jango.management.Runs;
import dev.jango.middleware.Middleware;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auth app's check, contributed to {@code check} as a service. */
class AuthChecksTest {

    private final InMemoryUserStore users = new InMemoryUserStore(PasswordHashers.forTests());

    private static Runs.Result check(List<Middleware> middleware) {
        return Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).middleware(middleware)
                .urls(path("", (request, kwargs) -> Response.text("home"), "home")).build()).run("check");
    }

    @Test
    void authentication_before_sessions_is_an_error() {
        Runs.Result result = check(List.of(AuthenticationMiddleware.builder().users(users).build(),
                new SessionMiddleware()));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("(jango.E410) AuthenticationMiddleware comes before SessionMiddleware")
                .contains("HINT: Move SessionMiddleware above it");
    }

    @Test
    void authentication_without_sessions_is_an_error() {
        Runs.Result result = check(List.of(AuthenticationMiddleware.builder().users(users).build()));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("(jango.E410) AuthenticationMiddleware is in the middleware without "
                + "SessionMiddleware").contains("Jango.defaultMiddleware()");
    }

    @Test
    void the_auth_app_installed_in_the_default_stack_passes() {
        Runs.Result result = check(MiddlewareStack.defaults().install(Auth.app(users)).toList());

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("System check identified no issues." + System.lineSeparator());
    }
}
