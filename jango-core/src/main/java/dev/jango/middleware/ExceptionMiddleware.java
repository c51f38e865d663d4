package dev.jango.middleware;

import dev.jango.http.Request;
import dev.jango.http.Response;

/**
 * A middleware hook for exceptions raised by the view (or by rendering its template response), like
 * Django's {@code process_exception}.
 *
 * <p>Hooks run inner to outer. Return null to pass the exception on; the first response returned is sent
 * instead (through the response phases). With no response, the exception becomes its error response.
 * Exceptions raised elsewhere (URL resolution, other middleware) do not reach these hooks.
 */
public interface ExceptionMiddleware extends Middleware {

    /** Return null to pass, or the response to send for {@code exception}. */
    Response processException(Request request, Exception exception) throws Exception;
}
