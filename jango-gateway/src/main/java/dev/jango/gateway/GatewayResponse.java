package dev.jango.gateway;

import java.util.Objects;

/**
 * The response an {@link Application} returns: status, header fields, body, and a completion callback.
 *
 * <p>The server writes {@code status} and {@code headers}, then the body, then calls {@code completion}
 * exactly once (see {@link Completion}). When the headers carry no {@code Content-Length}, the server adds
 * one for bodies of known length and sends the others chunked (HTTP/1.1). A response to {@code HEAD}, and a
 * 1xx, 204 or 304 response, has an empty body: see {@link #bodyAllowed}.
 */
public record GatewayResponse(int status, Headers headers, Body body, Completion completion) {

    public GatewayResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(completion, "completion");
    }

    /** A response with nothing to do on completion. */
    public static GatewayResponse of(int status, Headers headers, Body body) {
        return new GatewayResponse(status, headers, body, Completion.NONE);
    }

    /**
     * Whether a response with {@code status} to a {@code requestMethod} request may carry a body: false for a
     * response to {@code HEAD} (RFC 9110 9.3.2) and for 1xx, 204 and 304 responses (RFC 9110 6.4.1), true otherwise.
     * The one statement of the rule: the framework empties such bodies, {@link GatewayLint} fails an application
     * that returns one, and servers send none whatever they are given. Methods are case-sensitive ({@code head} is
     * not {@code HEAD}).
     */
    public static boolean bodyAllowed(String requestMethod, int status) {
        return status >= 200 && status != 204 && status != 304 && !requestMethod.equals("HEAD");
    }

    /** The same response with {@code completion} in place of its callback. */
    public GatewayResponse withCompletion(Completion completion) {
        return new GatewayResponse(status, headers, body, completion);
    }
}
