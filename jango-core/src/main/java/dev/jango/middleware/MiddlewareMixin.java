package dev.jango.middleware;

import dev.jango.http.Request;
import dev.jango.http.Response;

/**
 * Old-style middleware written as two hooks, like Django's {@code MiddlewareMixin}: implement
 * {@link #processRequest} and {@link #processResponse} (either or both) and the layer is built from them.
 *
 * <p>Per request: {@code processRequest} runs first; when it returns a response, the inner layers and the view are
 * skipped and that response is used. Then {@code processResponse} runs on the response, whichever answered (as in
 * Django, it runs even when {@code processRequest} answered). An exception from either hook becomes its error
 * response (the next outer layer sees a response) and {@code processResponse} does not run for it. The view and
 * exception hooks ({@link ViewMiddleware}, {@link ExceptionMiddleware}) can be added by implementing them too.
 *
 * <pre>{@code
 * final class TimingMiddleware implements MiddlewareMixin {
 *     private static final Attribute<Long> STARTED = Attribute.named("started");
 *
 *     @Override
 *     public Response processRequest(Request request) {
 *         request.setAttribute(STARTED, System.nanoTime());
 *         return null; // go on to the view
 *     }
 *
 *     @Override
 *     public Response processResponse(Request request, Response response) {
 *         long micros = (System.nanoTime() - request.attribute(STARTED)) / 1000;
 *         return response.header("Server-Timing", "app;dur=" + micros / 1000.0);
 *     }
 * }
 * }</pre>
 */
public interface MiddlewareMixin extends Middleware {

    /** Return null to go on to the inner layers and the view, or the response to answer with at once. */
    default Response processRequest(Request request) throws Exception {
        return null;
    }

    /** Return the response to send on (usually {@code response}, changed or not); never null. */
    default Response processResponse(Request request, Response response) throws Exception {
        return response;
    }

    /** The layer: {@link #processRequest}, then (unless it answered) {@code next}, then {@link #processResponse}. */
    @Override
    default Handler wrap(Handler next) {
        return request -> {
            Response response = processRequest(request);
            if (response == null) {
                response = next.handle(request);
            }
            Response sent = processResponse(request, response);
            if (sent == null) {
                throw new IllegalStateException(getClass().getName()
                        + ".processResponse didn't return a Response. It returned null instead.");
            }
            return sent;
        };
    }
}
