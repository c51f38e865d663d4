package dev.jango.urls;

import dev.jango.views.View;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A route such as {@code polls/<int:id>/} bound to a view and an optional name; made by {@link Urls#path}
 * or {@link Urls#rePath}.
 *
 * <p>The route is compiled when the pattern is made, so a malformed route or an unknown converter fails at
 * start-up with {@code ImproperlyConfigured}. A {@code path} route matches the whole decoded path without its
 * leading {@code /}; the empty route matches the site root. A {@code rePath} expression matches as in Django: see
 * {@link Urls#rePath(String, View, String)}.
 */
public final class UrlPattern implements UrlEntry {

    private final Route route;
    private final View view;
    private final String name;
    private final Map<String, Object> kwargs;

    UrlPattern(Route route, View view, String name, Map<String, ?> kwargs) {
        this.route = route;
        this.view = Objects.requireNonNull(view, () -> "view of route '" + route.text() + "'");
        this.name = name;
        Map<String, Object> copy = new LinkedHashMap<>();
        Objects.requireNonNull(kwargs, "kwargs").forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, () -> "a kwarg name of route '" + route.text() + "'"),
                Objects.requireNonNull(value, () -> "kwarg '" + key + "' of route '" + route.text() + "'")));
        this.kwargs = Collections.unmodifiableMap(copy);
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

    /**
     * The extra keyword arguments given with the route, passed to the view over the captured values with the same
     * name; empty unless made with {@link Urls#path(String, View, Map, String)} or its {@code rePath} twin.
     */
    public Map<String, Object> kwargs() {
        return kwargs;
    }

    Route compiled() {
        return route;
    }

    @Override
    public String toString() {
        return name == null ? route.text() : route.text() + " [name='" + name + "']";
    }
}
