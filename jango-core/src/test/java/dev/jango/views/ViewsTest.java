package dev.jango.views;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.ExceptionMiddleware;
import dev.jango.middleware.Handler;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Class-based views and method decorators. */
class ViewsTest {

    static class Question extends MethodView {
        @Override
        protected Response get(Request request, Kwargs kwargs) {
            return Response.text("question " + kwargs.getInt("id")).header("X-Question", "yes");
        }

        @Override
        protected Response post(Request request, Kwargs kwargs) {
            return Response.text("voted on " + kwargs.getInt("id"));
        }
    }

    /** Inherits get from Question and adds delete. */
    static final class DeletableQuestion extends Question {
        @Override
        protected Response delete(Request request, Kwargs kwargs) {
            return Response.empty(204);
        }
    }

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "v")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).urls(
            path("q/<int:id>/", new Question()),
            path("dq/<int:id>/", new DeletableQuestion()),
            path("get-only/", Views.requireGet((request, kwargs) -> Response.text("got"))),
            path("post-only/", Views.requirePost((request, kwargs) -> Response.text("posted"))),
            path("safe/", Views.requireSafe((request, kwargs) -> Response.text("safe"))),
            path("put-or-patch/", Views.requireMethods(List.of("PUT", "PATCH"), (request, kwargs) -> Response.text("changed"))))
            .build());

    @Test
    void methods_dispatch_to_the_matching_method() {
        assertThat(client.get("/q/3/").text()).isEqualTo("question 3");
        assertThat(client.post("/q/3/", Map.of()).text()).isEqualTo("voted on 3");
        assertThat(client.delete("/dq/3/").status()).isEqualTo(204);
        assertThat(client.get("/dq/4/").text()).isEqualTo("question 4");
    }

    @Test
    void head_runs_get_and_keeps_its_headers_without_the_body() {
        ClientResponse response = client.head("/q/3/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Question")).isEqualTo("yes");
        assertThat(response.header("Content-Length")).isEqualTo("10");
        assertThat(response.content()).isEmpty();
    }

    @Test
    void options_answers_with_allow() {
        ClientResponse response = client.options("/q/3/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Allow")).isEqualTo("GET, POST, HEAD, OPTIONS");
        assertThat(client.options("/dq/3/").header("Allow")).isEqualTo("GET, POST, DELETE, HEAD, OPTIONS");
    }

    @Test
    void other_methods_get_405_with_allow() {
        ClientResponse response = client.put("/q/3/", "x", "text/plain");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, POST, HEAD, OPTIONS");
        assertThat(client.request("BREW", "/q/3/").send().status()).isEqualTo(405);
    }

    @Test
    void decorators_restrict_methods_with_405_and_allow() {
        assertThat(client.get("/get-only/").text()).isEqualTo("got");
        ClientResponse refused = client.post("/get-only/", Map.of());
        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.header("Allow")).isEqualTo("GET");
        assertThat(client.get("/post-only/").header("Allow")).isEqualTo("POST");
        assertThat(client.post("/post-only/", Map.of()).text()).isEqualTo("posted");
        assertThat(client.delete("/safe/").header("Allow")).isEqualTo("GET, HEAD");
        assertThat(client.patch("/put-or-patch/", "x", "text/plain").text()).isEqualTo("changed");
        assertThat(client.get("/put-or-patch/").header("Allow")).isEqualTo("PUT, PATCH");
    }

    @Test
    void require_get_and_require_methods_refuse_head_unless_listed_and_require_safe_allows_it() {
        ClientResponse head = client.head("/get-only/");
        assertThat(head.status()).as("Django's require_GET refuses HEAD").isEqualTo(405);
        assertThat(head.header("Allow")).isEqualTo("GET");
        assertThat(client.head("/put-or-patch/").status()).isEqualTo(405);
        assertThat(client.head("/safe/").status()).isEqualTo(200);
        assertThat(client.get("/safe/").text()).isEqualTo("safe");
    }

    @Test
    void a_refused_method_is_an_empty_405_response_that_exception_middleware_never_sees() {
        List<Exception> seen = new ArrayList<>();
        ExceptionMiddleware recorder = new ExceptionMiddleware() {
            @Override
            public Response processException(Request request, Exception exception) {
                seen.add(exception);
                return null;
            }

            @Override
            public Handler wrap(Handler next) {
                return next;
            }
        };
        try (Client recorded = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "v")
                .set(ALLOWED_HOSTS, List.of("testserver")).middleware(recorder).urls(
                        path("q/<int:id>/", new Question()),
                        path("post-only/", Views.requirePost((request, kwargs) -> Response.text("posted"))),
                        path("boom/", Views.requireGet((request, kwargs) -> {
                            throw new IllegalStateException("boom");
                        })))
                .build())) {
            for (ClientResponse refused : List.of(recorded.put("/q/3/", "x", "text/plain"),
                    recorded.get("/post-only/"))) {
                assertThat(refused.status()).isEqualTo(405);
                assertThat(refused.content()).as("Django's HttpResponseNotAllowed has no body").isEmpty();
                assertThat(refused.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            }
            assertThat(seen).isEmpty();
            assertThat(recorded.get("/boom/").status()).isEqualTo(500);
            assertThat(seen).as("the view's own exceptions still reach the hook").hasSize(1);
        }
    }

    @Test
    void a_method_view_answers_405_itself_and_a_subclass_can_fall_back_to_it() throws Exception {
        MethodView partial = new MethodView() {
            @Override
            protected Response post(Request request, Kwargs kwargs) throws Exception {
                return request.header("X-Go") != null ? Response.text("ok") : super.post(request, kwargs);
            }
        };
        Response refused = partial.handle(new RequestFactory().get("/"), Kwargs.empty());
        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.header("Allow")).isEqualTo("POST, OPTIONS");
        Response fallback = partial.handle(new RequestFactory().post("/", Map.of()), Kwargs.empty());
        assertThat(fallback.status()).isEqualTo(405);
        assertThat(Views.notAllowed(new RequestFactory().get("/x"), List.of("GET")).header("Allow")).isEqualTo("GET");
    }
}
