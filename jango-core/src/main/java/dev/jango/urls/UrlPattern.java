package dev.jango.urls;

import dev.jango.views.View;
import java.util.Objects;

/**
 * A route such as {@code polls/<int:id>/} bound to a view and an optional name; made by {@link Urls#path}
 * or {@link Urls#rePath}.
 *
 * <p>The route is compiled when the pattern is made, so a malformed route or an unknown converter fails at
 * start-up with {@code ImproperlyConfigured}. A route matches the whole decoded path without its leading
 * {@code /}; the empty route matches the site root.
 */
public final class UrlPattern implements UrlEntry {

    private final Route route;
    private final View view;
    private final String name;

    UrlPattern(Route route, View view, String name) {
        this.route = route;
        this.view = Objects.requireNonNull(view, () -> "view of route '" + route.text() + "'");
        this.name = name;
    }

    /** The route as written, for example {@code polls/<int:id>/}. */
    public String route() {
        return route.text();
    }

    /** The view this route calls. */
    public View view() {
        return view;
    }

    /** The route's name for {@code reverse()}, or null. */
    public String name() {
        return name;
    }

    Route compiled() {
        return route;
    }

    @Override
    public String toString() {
        return name == null ? route.text() : route.text() + " [name='" + name + "']";
    }
}
