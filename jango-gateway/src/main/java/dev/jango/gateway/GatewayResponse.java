package dev.jango.gateway;

import java.util.Objects;

/**
 * The response an {@link Application} returns: status, header fields, body, a completion callback, and the reason
 * phrase of its status line.
 *
 * <p>The server writes {@code status} and {@code headers}, then the body, then calls {@code completion}
 * exactly once (see {@link Completion}). On HTTP/1.x the status line carries {@code reasonPhrase}, the standard one
 * of {@link ReasonPhrases} unless the application chose another (HTTP/2 has no reason phrase; an adapter whose
 * container cannot send one sends what the container does). When the headers carry no {@code Content-Length}, the server adds
 * one for bodies of known length and sends the others chunked (HTTP/1.1). A response to {@code HEAD}, and a
 * 1xx, 204 or 304 response, has an empty body: see {@link #bodyAllowed}.
 */
public record GatewayResponse(int status, Headers headers, Body body, Completion completion, String reasonPhrase) {

    /**
     * Check the parts; a null {@code reasonPhrase} stands for the standard one ({@link ReasonPhrases#of}).
     *
     * @throws IllegalArgumentException when {@code reasonPhrase} has a character a status line may not carry (see
     *     {@link ReasonPhrases#check}), such as CR or LF
     */
    public GatewayResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(completion, "completion");
        String standard = ReasonPhrases.of(status);
        reasonPhrase = reasonPhrase == null || reasonPhrase.equals(standard) ? standard : ReasonPhrases.check(reasonPhrase);
    }

    /** A response with the standard reason phrase of its status. */
    public GatewayResponse(int status, Headers headers, Body body, Completion completion) {
        this(status, headers, body, completion, null);
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
        return new GatewayResponse(status, headers, body, completion, reasonPhrase);
    }

    /**
     * The same response with {@code reasonPhrase} in its status line (null: the standard one).
     *
     * @throws IllegalArgumentException as the constructor
     */
    public GatewayResponse withReasonPhrase(String reasonPhrase) {
        return new GatewayResponse(status, headers, body, completion, reasonPhrase);
    }

    /** True when the reason phrase is not the standard one of the status, so a server must send it as given. */
    public boolean hasCustomReasonPhrase() {
        return reasonPhrase != ReasonPhrases.of(status);
    }
}
