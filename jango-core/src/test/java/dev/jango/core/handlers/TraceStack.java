package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;

import dev.jango.Jango;
import dev.jango.core.exceptions.PermissionDenied;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.ExceptionMiddleware;
import dev.jango.middleware.Handler;
import dev.jango.middleware.TemplateResponseMiddleware;
import dev.jango.middleware.ViewMiddleware;
import dev.jango.template.TemplateResponse;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A middleware stack that records, in an {@code X-Trace} response header, every phase and hook that ran.
 * Query parameters steer it: {@code short=B} answers early in B's request phase, {@code raise=B} throws in
 * B's request phase, {@code raiseOut=B} in B's response phase, {@code viewHook=B} makes B's view hook
 * answer, {@code handle=B} makes B's exception hook answer.
 */
final class TraceStack {

    private TraceStack() {}

    private static final Attribute<List<String>> TRACE = Attribute.named("trace");

    static List<String> trace(Request request) {
        List<String> trace = request.attribute(TRACE);
        if (trace == null) {
            trace = new ArrayList<>();
            request.setAttribute(TRACE, trace);
        }
        return trace;
    }

    static final class Layer implements ViewMiddleware, ExceptionMiddleware, TemplateResponseMiddleware {
        private final String name;

        Layer(String name) {
            this.name = name;
        }

        @Override
        public Handler wrap(Handler next) {
            return request -> {
                trace(request).add(name + ".request");
                if (name.equals(request.query().get("short"))) {
                    return Response.text("short-circuited by " + name)
                            .header("X-Trace", String.join(",", trace(request)));
                }
                if (name.equals(request.query().get("raise"))) {
                    throw new PermissionDenied("raised in " + name + ".request");
                }
                Response response = next.handle(request);
                trace(request).add(name + ".response(" + response.status() + ")");
                if (name.equals(request.query().get("raiseOut"))) {
                    throw new IllegalStateException("raised in " + name + ".response");
                }
                return response.header("X-Trace", String.join(",", trace(request)));
            };
        }

        @Override
        public Response processView(Request request, View view, Kwargs kwargs) {
            trace(request).add(name + ".view");
            return name.equals(request.query().get("viewHook")) ? Response.text("answered by " + name + ".view") : null;
        }

        @Override
        public Response processException(Request request, Exception exception) {
            trace(request).add(name + ".exception");
            return name.equals(request.query().get("handle")) ? Response.text(409, "handled by " + name) : null;
        }

        @Override
        public TemplateResponse processTemplateResponse(Request request, TemplateResponse response) {
            trace(request).add(name + ".template");
            response.context().put("by", String.valueOf(response.context().getOrDefault("by", "")) + name);
            return response;
        }
    }

    /** Three layers, A outermost, with a view that can succeed, fail, or return a template response. */
    static Jango.Builder app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "trace-stack-tests")
                .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .middleware(new Layer("A"), new Layer("B"), new Layer("C"))
                .templateEngine(name -> (context, request) -> name + " by " + context.get("by"))
                .urls(
                        path("ok/", (request, kwargs) -> {
                            trace(request).add("view");
                            return Response.text("ok");
                        }),
                        path("fail/", (request, kwargs) -> {
                            trace(request).add("view");
                            throw new IllegalArgumentException("view failed");
                        }),
                        path("page/", (request, kwargs) -> {
                            trace(request).add("view");
                            return new TemplateResponse("page.html", Map.of());
                        }));
    }
}
