package dev.jango.core.handlers;

import dev.jango.middleware.Handler;

import dev.jango.http.Response;

/**
 * Guards one layer so that its caller always gets a response, like Django's
 * {@code convert_exception_to_response}.
 */
final class ExceptionBarrier {

    private ExceptionBarrier() {}

    /** {@code layer}, with any exception it throws (or a null it returns) turned into a response. */
    static Handler guard(Handler layer, String description, ErrorResponses errors) {
        return request -> {
            Response response;
            try {
                response = layer.handle(request);
            } catch (Exception e) {
                return errors.forException(e, request);
            }
            if (response == null) {
                return errors.forException(new IllegalStateException(
                        description + " returned null instead of a Response"), request);
            }
            return response;
        };
    }

    /** Describe a middleware for error messages by its class. */
    static String describe(Object middleware) {
        String name = middleware.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? "Middleware " + name : "A middleware lambda declared in " + name.substring(0, lambda);
    }
}
