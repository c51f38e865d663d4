package dev.jango.middleware;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.template.ContextProcessor;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.util.Map;

/**
 * CSRF tokens for pages and scripts, like Django's {@code get_token} and {@code rotate_token}, and the CSRF view
 * decorators and context processor. Needs {@link CsrfViewMiddleware}.
 *
 * <pre>{@code
 * <input type="hidden" name="csrfmiddlewaretoken" value="${Csrf.token(request)}">
 * fetch(url, {method: "POST", headers: {"X-CSRFToken": token}})
 * }</pre>
 */
public final class Csrf {

    /** The form field that carries the token. */
    public static final String FORM_FIELD = "csrfmiddlewaretoken";

    /** This request's CSRF state, set by {@link CsrfViewMiddleware}. */
    static final Attribute<CsrfState> STATE = Attribute.named("csrf");

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
        return request.attribute(STATE) != null;
    }

    /** {@code view}, which {@code CsrfViewMiddleware} does not check (for webhooks signed another way, say). */
    public static View exempt(View view) {
        return Views.withMeta(view, CsrfViewMiddleware.EXEMPT, true);
    }

    /**
     * {@code view}, making sure the response sets the CSRF cookie (for pages whose scripts post with it), like
     * Django's {@code ensure_csrf_cookie}.
     */
    public static View ensureCookie(View view) {
        return Views.decorate(view, (request, kwargs) -> {
            token(request);
            return view.handle(request, kwargs);
        });
    }

    /**
     * The {@code csrf_token} context processor, like Django's {@code django.template.context_processors.csrf}:
     * this request's masked CSRF token (for {@code {% csrf_token %}}), made only when a template uses it; absent
     * when {@code CsrfViewMiddleware} is not installed.
     */
    public static ContextProcessor contextProcessor() {
        return request -> isInstalled(request) ? Map.of("csrf_token", new Lazy(() -> token(request))) : Map.of();
    }

    static CsrfState state(Request request) {
        CsrfState state = request.attribute(STATE);
        if (state == null) {
            throw new ImproperlyConfigured("CSRF tokens need CsrfViewMiddleware: add CsrfViewMiddleware.builder()"
                    + ".build() to the application's middleware (after SessionMiddleware)");
        }
        return state;
    }
}
