package dev.jango.middleware;

import dev.jango.http.Request;

/** One request's CSRF secret: read from its {@link CsrfStorage} lazily, replaced when missing or malformed. */
final class CsrfState {

    private final CsrfViewMiddleware config;
    private final Request request;
    private String secret;
    private boolean loaded;
    boolean needsUpdate;

    CsrfState(CsrfViewMiddleware config, Request request) {
        this.config = config;
        this.request = request;
    }

    /** The secret the client holds, or null when it holds none (or a malformed one). */
    String stored() {
        if (!loaded) {
            loaded = true;
            String value = config.readSecret(request);
            if (value != null && CsrfTokens.formatProblem(value) == null) {
                secret = value.length() == CsrfTokens.TOKEN_LENGTH ? CsrfTokens.unmask(value) : value;
                needsUpdate |= value.length() == CsrfTokens.TOKEN_LENGTH; // store the plain secret from now on
            } else if (value != null) {
                needsUpdate = true; // a malformed cookie is replaced
            }
        }
        return secret;
    }

    /** The secret, made now when the client has none. */
    String secret() {
        if (stored() == null) {
            secret = CsrfTokens.newSecret();
            needsUpdate = true;
        }
        return secret;
    }

    void rotate() {
        loaded = true;
        secret = CsrfTokens.newSecret();
        needsUpdate = true;
    }
}
