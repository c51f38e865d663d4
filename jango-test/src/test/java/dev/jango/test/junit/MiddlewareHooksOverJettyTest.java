package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.ExceptionMiddleware;
import dev.jango.middleware.Handler;
import dev.jango.middleware.ViewMiddleware;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The order of middleware phases and hooks holds over a real Jetty as in-process (where jango-core's
 * MiddlewareHooksTest checks every case with a fuller trace stack).
 */
class MiddlewareHooksOverJettyTest {

    private static final Attribute<List<String>> TRACE = Attribute.named("trace");

    private static List<String> trace(Request request) {
        List<String> trace = request.attribute(TRACE);
        if (trace == null) {
            request.setAttribute(TRACE, trace = new ArrayList<>());
        }
        return trace;
    }

    /** Records its phases and hooks; its exception hook answers when {@code handle} names it. */
    record Layer(String name) implements ViewMiddleware, ExceptionMiddleware {
        @Override
        public Handler wrap(Handler next) {
            return request -> {
                trace(request).add(name + ".request");
                Response response = next.handle(request);
                trace(request).add(name + ".response(" + response.status() + ")");
                return response.header("X-Trace", String.join(",", trace(request)));
            };
        }

        @Override
        public Response processView(Request request, View view, Kwargs kwargs) {
            trace(request).add(name + ".view");
            return null;
        }

        @Override
        public Response processException(Request request, Exception exception) {
            trace(request).add(name + ".exception");
            return name.equals(request.query().get("handle")) ? Response.text(409, "handled by " + name) : null;
        }
    }

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "trace-stack-tests")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
            .middleware(new Layer("A"), new Layer("B"), new Layer("C"))
            .urls(path("fail/", (request, kwargs) -> {
                trace(request).add("view");
                throw new IllegalArgumentException("view failed");
            }))
            .build());

    @Test
    void the_same_order_holds_over_jetty() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/fail/?handle=B")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("X-Trace")).hasValue("A.request,B.request,C.request,A.view,B.view,"
                + "C.view,view,C.exception,B.exception,C.response(409),B.response(409),A.response(409)");
    }
}
