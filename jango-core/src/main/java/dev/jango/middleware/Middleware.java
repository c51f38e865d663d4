package dev.jango.middleware;


/**
 * A layer of the onion around the view: given the next handler, return a handler that wraps it.
 *
 * <p>{@link #wrap} runs once, at start-up. The returned handler runs per request: code before
 * {@code next.handle(request)} is the request phase (outer layers first), code after it the response phase
 * (inner layers first). Returning without calling {@code next} answers early: inner layers, URL resolution
 * and the view do not run, outer layers still see the response. {@code next} never throws for an error in
 * an inner layer or the view; it returns the error's response.
 *
 * <pre>{@code
 * Middleware poweredBy = next -> request -> next.handle(request).header("X-Powered-By", "Jango");
 * }</pre>
 */
@FunctionalInterface
public interface Middleware {

    /** Return the handler that runs this layer around {@code next}. */
    Handler wrap(Handler next);
}
