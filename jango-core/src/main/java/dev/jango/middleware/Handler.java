package dev.jango.middleware;

import dev.jango.http.Request;
import dev.jango.http.Response;

/**
 * One layer of the cycle: take a request, return a response.
 *
 * <p>The core handler (URL resolution and the view) is a handler; each middleware wraps the next handler
 * in another. Every layer is guarded so that an exception it throws becomes a response before the next
 * outer layer sees it: a handler's caller always gets a response.
 */
@FunctionalInterface
public interface Handler {

    /** Return the response for {@code request}. */
    Response handle(Request request) throws Exception;
}
