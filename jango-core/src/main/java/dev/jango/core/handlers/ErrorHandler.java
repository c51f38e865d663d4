package dev.jango.core.handlers;

import dev.jango.http.Request;
import dev.jango.http.Response;

/**
 * An application's own error view, like Django's {@code handler404}: given the request and the exception,
 * return the error response. If it throws, Jango logs that and sends its built-in page instead.
 */
@FunctionalInterface
public interface ErrorHandler {

    /** Return the response for {@code exception}, raised while handling {@code request}. */
    Response handle(Request request, Throwable exception) throws Exception;
}
