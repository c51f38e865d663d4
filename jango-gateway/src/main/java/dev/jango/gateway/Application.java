package dev.jango.gateway;

/**
 * A web application as a server sees it: one call per request.
 *
 * <p>Contract for servers: call {@link #start()} once before accepting the first request and {@link #stop()}
 * once after the last request has finished (or the drain timeout has passed). {@link #call} may run on many
 * threads at once; each call happens on a thread that may block (servers use a virtual thread per request).
 *
 * <p>Contract for applications: {@link #call} always returns a response. An exception escaping it is a bug
 * in the application; servers answer such a request with a bare 500 and log the exception.
 */
@FunctionalInterface
public interface Application {

    /** Handle one request and return the response to send. */
    GatewayResponse call(GatewayRequest request);

    /** Open resources the application needs; called once before the first request. */
    default void start() {}

    /** Release resources; called once after the last request has finished. */
    default void stop() {}
}
