package dev.jango.urls;

import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import java.util.List;

/**
 * The result of URL resolution: the view, the values captured from the path, and where the pattern sits.
 *
 * <p>Available to middleware and views as {@code ResolverMatch.of(request)} once the URL is resolved.
 * Metadata that decorators put on a view ({@code csrfExempt}, {@code loginRequired}, ...) is readable here
 * with {@link #meta(String)}, however the view was wrapped.
 *
 * @param view the view to call
 * @param kwargs the values captured from the path
 * @param route the full route, include prefixes and all, for example {@code polls/<int:id>/}
 * @param urlName the pattern's name, or null
 * @param namespaces the instance namespaces, outermost first
 * @param appNames the application namespaces, outermost first
 */
public record ResolverMatch(View view, Kwargs kwargs, String route, String urlName, List<String> namespaces,
                            List<String> appNames) {

    static final Attribute<ResolverMatch> KEY = Attribute.named("resolverMatch");

    /**
     * The match of {@code request}, like Django's {@code request.resolver_match}: null before URL resolution (in
     * the request phase of middleware) or when nothing matched.
     */
    public static ResolverMatch of(Request request) {
        return request.attribute(KEY);
    }

    /** The namespaces joined with {@code :}, {@code ""} when there are none. */
    public String namespace() {
        return String.join(":", namespaces);
    }

    /** The namespaced name, as {@code reverse()} takes it: {@code polls:detail}; null when unnamed. */
    public String viewName() {
        if (urlName == null) {
            return null;
        }
        return namespaces.isEmpty() ? urlName : namespace() + ":" + urlName;
    }

    /** The metadata value {@code key} that a decorator put on the view, or null. */
    public Object meta(String key) {
        return view.meta().get(key);
    }

    /** True when the view carries metadata {@code key} set to {@code true}. */
    public boolean hasFlag(String key) {
        return Boolean.TRUE.equals(meta(key));
    }
}
