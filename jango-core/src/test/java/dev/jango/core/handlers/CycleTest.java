package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.Http404;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.exceptions.PermissionDenied;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.http.Response;
import dev.jango.middleware.Middleware;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The request/response cycle, driven through the gateway by the in-process client. */
class CycleTest {

    private final List<String> trail = new ArrayList<>();

    private Middleware layer(String name) {
        return next -> request -> {
            trail.add(name + ":request");
            Response response = next.handle(request);
            trail.add(name + ":response");
            return response.addHeader("X-Layers", name);
        };
    }

    private Client client(Jango.Builder app) {
        return new Client(app.build());
    }

    private Jango.Builder app() {
        return Jango.builder(java.util.Map.of()).set(SECRET_KEY, "cycle-tests")
                .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).urls(
                path("", (request, kwargs) -> {
                    trail.add("view");
                    return Response.text("home");
                }),
                path("users/<int:id>/", (request, kwargs) -> Response.text("user " + kwargs.getInt("id"))),
                path("boom/", (request, kwargs) -> {
                    throw new IllegalStateException("secret detail");
                }),
                path("missing/", (request, kwargs) -> {
                    throw new Http404("no such thing");
                }),
                path("forbidden/", (request, kwargs) -> {
                    throw new PermissionDenied();
                }),
                path("bad/", (request, kwargs) -> {
                    throw new BadRequest("bad input");
                }),
                path("big/", (request, kwargs) -> {
                    throw new RequestDataTooBig("too big");
                }),
                path("null/", (request, kwargs) -> null, "nothing"),
                path("empty/", (request, kwargs) -> Response.empty(204)));
    }

    @Test
    void request_phase_runs_outer_first_and_response_phase_inner_first() {
        try (Client client = client(app().middleware(layer("outer"), layer("inner")))) {
            ClientResponse response = client.get("/");
            assertThat(response.text()).isEqualTo("home");
            assertThat(trail).containsExactly("outer:request", "inner:request", "view", "inner:response",
                    "outer:response");
            assertThat(response.headers().getAll("X-Layers")).containsExactly("inner", "outer");
        }
    }

    @Test
    void a_layer_that_answers_early_skips_inner_layers_and_the_view_but_outer_layers_see_it() {
        Middleware gate = next -> request -> Response.text(403, "closed");
        try (Client client = client(app().middleware(layer("outer"), gate, layer("inner")))) {
            ClientResponse response = client.get("/");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.text()).isEqualTo("closed");
            assertThat(trail).containsExactly("outer:request", "outer:response");
        }
    }

    @Test
    void middleware_is_composed_once_at_startup() {
        AtomicInteger wraps = new AtomicInteger();
        Middleware counting = next -> {
            wraps.incrementAndGet();
            return next;
        };
        try (Client client = client(app().middleware(counting))) {
            client.get("/");
            client.get("/");
            assertThat(wraps).hasValue(1);
        }
    }

    @Test
    void path_kwargs_reach_the_view_typed() {
        try (Client client = client(app())) {
            assertThat(client.get("/users/7/").text()).isEqualTo("user 7");
            assertThat(client.get("/users/seven/").status()).isEqualTo(404);
        }
    }

    @Test
    void no_matching_pattern_is_404_and_no_view_runs() {
        try (Client client = client(app().middleware(layer("outer")))) {
            ClientResponse response = client.get("/nowhere/");
            assertThat(response.status()).isEqualTo(404);
            assertThat(trail).containsExactly("outer:request", "outer:response");
        }
    }

    @Test
    void http_exceptions_become_their_status() {
        try (Client client = client(app())) {
            assertThat(client.get("/missing/").status()).isEqualTo(404);
            assertThat(client.get("/forbidden/").status()).isEqualTo(403);
            assertThat(client.get("/bad/").status()).isEqualTo(400);
            assertThat(client.get("/big/").status()).isEqualTo(413);
        }
    }

    @Test
    void a_failing_view_is_a_500_that_outer_middleware_still_sees_as_a_response() {
        try (Client client = client(app().middleware(layer("outer")))) {
            ClientResponse response = client.get("/boom/");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.header("X-Layers")).isEqualTo("outer");
            assertThat(response.text()).doesNotContain("secret detail");
        }
    }

    @Test
    void with_debug_on_the_500_page_shows_the_exception_escaped() {
        try (Client client = client(app().set(DEBUG, true).urls(path("xss/", (request, kwargs) -> {
            throw new IllegalStateException("<script>alert(1)</script>");
        })))) {
            ClientResponse response = client.get("/xss/");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.text()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
            assertThat(response.text()).contains("at dev.jango"); // the stack trace
        }
    }

    @Test
    void an_exception_in_a_response_phase_becomes_a_response_for_the_next_outer_layer() {
        Middleware failing = next -> request -> {
            next.handle(request);
            throw new PermissionDenied("no");
        };
        try (Client client = client(app().middleware(layer("outer"), failing))) {
            ClientResponse response = client.get("/");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.header("X-Layers")).isEqualTo("outer");
        }
    }

    @Test
    void a_view_that_returns_null_is_a_500_naming_the_route() {
        try (Client client = client(app().set(DEBUG, true))) {
            ClientResponse response = client.get("/null/");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.text()).contains("null/").contains("nothing").contains("returned null");
        }
    }

    @Test
    void a_middleware_that_returns_null_is_a_500_not_a_crash() {
        Middleware broken = next -> request -> null;
        try (Client client = client(app().set(DEBUG, true).middleware(layer("outer"), broken))) {
            ClientResponse response = client.get("/");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.text()).contains("returned null instead of a Response");
            assertThat(response.header("X-Layers")).isEqualTo("outer");
        }
    }

    @Test
    void a_middleware_whose_wrap_returns_null_fails_at_startup() {
        Middleware broken = next -> null;
        assertThatThrownBy(() -> app().middleware(broken).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("returned null from wrap(next)");
    }

    @Test
    void a_malformed_path_is_a_400() {
        try (Client client = client(app())) {
            assertThat(client.get("/%zz/").status()).isEqualTo(400);
            assertThat(client.get("/%C3%28/").status()).isEqualTo(400);
        }
    }

    @Test
    void head_keeps_the_headers_and_length_but_sends_no_body() {
        try (Client client = client(app())) {
            ClientResponse response = client.head("/");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Length")).isEqualTo("4");
            assertThat(response.content()).isEmpty();
        }
    }

    @Test
    void a_204_has_no_body() {
        try (Client client = client(app())) {
            ClientResponse response = client.get("/empty/");
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.content()).isEmpty();
            assertThat(response.header("Content-Length")).isNull();
        }
    }

    @Test
    void startup_hooks_run_in_order_and_shutdown_hooks_in_reverse() {
        Jango.Builder builder = app()
                .onStartup(() -> trail.add("open db"))
                .onStartup(() -> trail.add("warm cache"))
                .onShutdown(() -> trail.add("close db"))
                .onShutdown(() -> trail.add("drop cache"));
        try (Client client = client(builder)) {
            assertThat(trail).containsExactly("open db", "warm cache");
        }
        assertThat(trail).containsExactly("open db", "warm cache", "drop cache", "close db");
    }

    @Test
    void a_failing_startup_hook_stops_the_start_naming_the_hook() {
        Jango failing = app().onStartup(() -> {}).onStartup(() -> {
            throw new IllegalStateException("database unreachable");
        }).build();
        assertThatThrownBy(() -> new Client(failing))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("Start-up hook #2").hasMessageContaining("database unreachable");
    }

    @Test
    void a_header_with_a_line_break_set_behind_the_checks_is_never_sent() {
        Middleware sneaky = next -> request -> {
            Response response = next.handle(request);
            response.headers().add("X-Evil", "a\r\nSet-Cookie: stolen=1");
            return response;
        };
        try (Client client = client(app().middleware(sneaky))) {
            ClientResponse response = client.get("/");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.header("X-Evil")).isNull();
            assertThat(response.header("Set-Cookie")).isNull();
        }
    }
}
