package dev.jango.views;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
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
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
        assertThat(client.options("/dq/3/").header("Allow")).isEqualTo("GET, HEAD, POST, DELETE, OPTIONS");
    }

    @Test
    void other_methods_get_405_with_allow() {
        ClientResponse response = client.put("/q/3/", "x", "text/plain");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
        assertThat(client.request("BREW", "/q/3/").send().status()).isEqualTo(405);
    }

    @Test
    void decorators_restrict_methods_with_405_and_allow() {
        assertThat(client.get("/get-only/").text()).isEqualTo("got");
        assertThat(client.head("/get-only/").status()).isEqualTo(200);
        ClientResponse refused = client.post("/get-only/", Map.of());
        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(client.get("/post-only/").header("Allow")).isEqualTo("POST");
        assertThat(client.post("/post-only/", Map.of()).text()).isEqualTo("posted");
        assertThat(client.delete("/safe/").header("Allow")).isEqualTo("GET, HEAD");
        assertThat(client.patch("/put-or-patch/", "x", "text/plain").text()).isEqualTo("changed");
        assertThat(client.get("/put-or-patch/").header("Allow")).isEqualTo("PUT, PATCH");
    }
}
