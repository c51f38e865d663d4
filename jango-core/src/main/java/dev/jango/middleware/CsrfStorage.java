package dev.jango.middleware;

import dev.jango.http.Request;
import dev.jango.http.Response;

/**
 * Where the CSRF secret lives between requests, for {@link CsrfViewMiddleware}: by default a cookie
 * ({@code csrftoken}, with the builder's cookie settings); {@code SessionCsrfStorage} (in
 * {@code dev.jango.contrib.sessions}) keeps it in the session instead, like Django's {@code CSRF_USE_SESSIONS}:
 * {@code CsrfViewMiddleware.builder().storage(new SessionCsrfStorage())}.
 *
 * <p>The middleware reads the secret at most once per request, when a check or a token needs it, and writes it
 * after the view when the response must carry it (a token was asked for, the secret was made, rotated or
 * replaced). Implementations must be thread-safe: one instance serves every request.
 */
public interface CsrfStorage {

    /**
     * The secret (or a masked token, from older clients) the client holds, as last written; null when there is
     * none. The middleware validates what this returns and replaces anything malformed.
     */
    String read(Request request);

    /** Keep {@code secret} for {@code request}'s client, on {@code response} or on the server. */
    void write(Request request, Response response, String secret);

    /**
     * Why a check failed when {@link #read} found no secret, as the 403 page says with debug on; Django's wording
     * for its cookie and session storage is {@code "CSRF cookie not set."} and
     * {@code "CSRF session token is missing."}.
     */
    default String missingReason() {
        return "CSRF secret is missing.";
    }
}
