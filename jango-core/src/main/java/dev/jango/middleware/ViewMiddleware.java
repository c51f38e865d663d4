package dev.jango.middleware;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.views.Kwargs;
import dev.jango.views.View;

/**
 * A middleware hook that runs after URL resolution, just before the view, like Django's
 * {@code process_view}.
 *
 * <p>Hooks run outer to inner. Return null to go on; return a response to skip the remaining hooks and the
 * view (the response then goes out through every middleware's response phase).
 */
public interface ViewMiddleware extends Middleware {

    /** Return null to go on, or the response to send instead of calling the view. */
    Response processView(Request request, View view, Kwargs kwargs) throws Exception;
}
