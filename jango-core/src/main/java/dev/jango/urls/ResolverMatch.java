package dev.jango.urls;

import dev.jango.views.View;

/**
 * The result of URL resolution: which pattern matched, its view, and the values captured from the path.
 *
 * <p>Available to middleware and views as {@code request.resolverMatch()} once the URL is resolved.
 */
public record ResolverMatch(View view, Kwargs kwargs, UrlPattern pattern) {

    /** The matched pattern's name, or null when it has none. */
    public String urlName() {
        return pattern.name();
    }

    /** The matched route as written, for example {@code polls/<int:id>/}. */
    public String route() {
        return pattern.route();
    }
}
