package dev.jango.middleware;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;

/**
 * CSRF tokens for pages and scripts, like Django's {@code get_token} and {@code rotate_token}. Needs
 * {@link CsrfViewMiddleware}.
 *
 * <pre>{@code
 * <input type="hidden" name="csrfmiddlewaretoken" value="${Csrf.token(request)}">
 * fetch(url, {method: "POST", headers: {"X-CSRFToken": token}})
 * }</pre>
 */
public final class Csrf {

    /** The form field that carries the token. */
    public static final String FORM_FIELD = "csrfmiddlewaretoken";

    private Csrf() {}

    /**
     * A masked token for this request (different on every call, all valid for the user's secret); asking for
     * one makes the response (re)send the CSRF cookie.
     */
    public static String token(Request request) {
        CsrfState state = state(request);
        state.needsUpdate = true;
        return CsrfTokens.mask(state.secret());
    }

    /** A new secret for this user (call on login); tokens issued before stop working. */
    public static void rotateToken(Request request) {
        CsrfState state = state(request);
        state.rotate();
    }

    /** Whether {@code request} passed through {@link CsrfViewMiddleware}. */
    public static boolean isInstalled(Request request) {
        return request.attributes().get(CsrfState.ATTRIBUTE) instanceof CsrfState;
    }

    static CsrfState state(Request request) {
        if (!(request.attributes().get(CsrfState.ATTRIBUTE) instanceof CsrfState state)) {
            throw new ImproperlyConfigured("CSRF tokens need CsrfViewMiddleware: add CsrfViewMiddleware.builder()"
                    + ".build() to the settings' middleware (after SessionMiddleware)");
        }
        return state;
    }
}
