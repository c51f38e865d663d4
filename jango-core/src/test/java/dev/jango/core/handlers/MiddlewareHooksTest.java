package dev.jango.core.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.http.Response;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.MiddlewareNotUsed;
import dev.jango.middleware.ViewMiddleware;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The order of middleware phases and hooks, as Django runs them (over Jetty too: jango-test's
 * MiddlewareHooksOverJettyTest).
 */
class MiddlewareHooksTest {

    private final Client client = new Client(TraceStack.app().build());

    @AfterEach
    void close() {
        client.close();
    }

    private String trace(String path) {
        return client.get(path).header("X-Trace");
    }

    @Test
    void phases_nest_and_view_hooks_run_outer_to_inner_before_the_view() {
        assertThat(trace("/ok/")).isEqualTo("A.request,B.request,C.request,A.view,B.view,C.view,view,"
                + "C.response(200),B.response(200),A.response(200)");
    }

    @Test
    void a_short_circuit_skips_inner_layers_resolution_and_the_view() {
        ClientResponse response = client.get("/ok/?short=B");
        assertThat(response.text()).isEqualTo("short-circuited by B");
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,A.response(200)");
    }

    @Test
    void an_exception_in_a_request_phase_becomes_a_response_for_the_outer_layers_without_hooks() {
        assertThat(trace("/ok/?raise=C")).isEqualTo("A.request,B.request,C.request,B.response(403),A.response(403)");
    }

    @Test
    void view_exceptions_go_to_exception_hooks_inner_to_outer_then_become_a_500() {
        ClientResponse response = client.get("/fail/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,C.request,A.view,B.view,C.view,view,"
                + "C.exception,B.exception,A.exception,C.response(500),B.response(500),A.response(500)");
    }

    @Test
    void the_first_exception_hook_to_answer_wins() {
        ClientResponse response = client.get("/fail/?handle=B");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text()).isEqualTo("handled by B");
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,C.request,A.view,B.view,C.view,view,"
                + "C.exception,B.exception,C.response(409),B.response(409),A.response(409)");
    }

    @Test
    void a_view_hook_that_answers_skips_later_view_hooks_and_the_view() {
        ClientResponse response = client.get("/ok/?viewHook=B");
        assertThat(response.text()).isEqualTo("answered by B.view");
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,C.request,A.view,B.view,"
                + "C.response(200),B.response(200),A.response(200)");
    }

    @Test
    void an_exception_in_a_response_phase_becomes_a_response_for_the_next_outer_layer() {
        ClientResponse response = client.get("/ok/?raiseOut=C");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,C.request,A.view,B.view,C.view,view,"
                + "C.response(200),B.response(500),A.response(500)");
    }

    @Test
    void template_response_hooks_run_inner_to_outer_before_rendering() {
        ClientResponse response = client.get("/page/");
        assertThat(response.text()).isEqualTo("page.html by CBA");
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,C.request,A.view,B.view,C.view,view,"
                + "C.template,B.template,A.template,C.response(200),B.response(200),A.response(200)");
    }

    @Test
    void exception_hooks_do_not_see_unmatched_urls() {
        ClientResponse response = client.get("/nowhere/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("X-Trace")).isEqualTo("A.request,B.request,C.request,"
                + "C.response(404),B.response(404),A.response(404)");
    }

    @Test
    void a_middleware_that_is_not_used_is_left_out_with_its_hooks() {
        class Unused implements ViewMiddleware {
            @Override
            public Handler wrap(Handler next) {
                throw new MiddlewareNotUsed("feature flag off");
            }

            @Override
            public Response processView(dev.jango.http.Request request, View view, Kwargs kwargs) {
                throw new AssertionError("the hooks of an unused middleware must not run");
            }
        }
        Middleware marker = next -> request -> next.handle(request).header("X-Ran", "yes");
        try (Client unused = new Client(TraceStack.app().middleware(new Unused(), marker).build())) {
            ClientResponse response = unused.get("/ok/");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-Ran")).isEqualTo("yes");
        }
    }

    @Test
    void the_trace_is_per_request() {
        client.get("/ok/?short=A");
        assertThat(trace("/ok/?short=A")).isEqualTo("A.request");
    }
}
