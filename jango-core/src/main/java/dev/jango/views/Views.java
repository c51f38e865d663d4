package dev.jango.views;

import dev.jango.core.exceptions.MethodNotAllowed;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * View decorators, like Django's {@code django.views.decorators}: each returns a new view that keeps the
 * wrapped view's metadata, so middleware still sees it through {@code ResolverMatch.meta}.
 */
public final class Views {

    private Views() {}

    /** {@code view} with metadata {@code key = value} added, for middleware to read. */
    public static View withMeta(View view, String key, Object value) {
        Objects.requireNonNull(view, "view");
        Map<String, Object> meta = new HashMap<>(view.meta());
        meta.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        View behaviour = view instanceof DecoratedView decorated ? decorated.behaviour() : view;
        return new DecoratedView(behaviour, Map.copyOf(meta));
    }

    /**
     * A view that runs {@code behaviour} and carries {@code wrapped}'s metadata: how a decorator that calls
     * {@code wrapped} from {@code behaviour} keeps what middleware reads from the view.
     */
    public static View decorate(View wrapped, View behaviour) {
        Objects.requireNonNull(behaviour, "behaviour");
        return new DecoratedView(behaviour, Objects.requireNonNull(wrapped, "wrapped").meta());
    }

    /**
     * {@code view}, answering 405 Method Not Allowed with an {@code Allow} header to any method not in
     * {@code methods}. Allowing GET allows HEAD too, as the server sends a GET response without its body.
     */
    public static View requireMethods(List<String> methods, View view) {
        Objects.requireNonNull(view, "view");
        Set<String> allowed = new LinkedHashSet<>(methods);
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        List<String> allow = List.copyOf(allowed);
        View behaviour = (request, kwargs) -> {
            if (!allowed.contains(request.method())) {
                throw new MethodNotAllowed(request.method(), allow);
            }
            return view.handle(request, kwargs);
        };
        return new DecoratedView(behaviour, view.meta());
    }

    /** {@code view}, which {@code XFrameOptionsMiddleware} leaves without {@code X-Frame-Options}. */
    public static View xframeOptionsExempt(View view) {
        return withMeta(view, dev.jango.middleware.XFrameOptionsMiddleware.EXEMPT, true);
    }

    /** {@code view}, which {@code CsrfViewMiddleware} does not check (for webhooks signed another way, say). */
    public static View csrfExempt(View view) {
        return withMeta(view, dev.jango.middleware.CsrfViewMiddleware.EXEMPT, true);
    }

    /** {@code view}, making sure the response sets the CSRF cookie (for pages whose scripts post with it). */
    public static View ensureCsrfCookie(View view) {
        return decorate(view, (request, kwargs) -> {
            dev.jango.middleware.Csrf.token(request);
            return view.handle(request, kwargs);
        });
    }

    /** {@code view}, answered with its own Content-Security-Policy ({@code CspPolicy.EMPTY}: none). */
    public static View cspOverride(dev.jango.middleware.CspPolicy policy, View view) {
        return withMeta(view, dev.jango.middleware.ContentSecurityPolicyMiddleware.OVERRIDE, policy);
    }

    /** {@code view}, answered with its own report-only policy ({@code CspPolicy.EMPTY}: none). */
    public static View cspReportOnlyOverride(dev.jango.middleware.CspPolicy policy, View view) {
        return withMeta(view, dev.jango.middleware.ContentSecurityPolicyMiddleware.REPORT_ONLY_OVERRIDE, policy);
    }

    /** {@code view}, for GET (and HEAD) only. */
    public static View requireGet(View view) {
        return requireMethods(List.of("GET"), view);
    }

    /** {@code view}, for POST only. */
    public static View requirePost(View view) {
        return requireMethods(List.of("POST"), view);
    }

    /** {@code view}, for the safe methods GET and HEAD only. */
    public static View requireSafe(View view) {
        return requireMethods(List.of("GET", "HEAD"), view);
    }
}
