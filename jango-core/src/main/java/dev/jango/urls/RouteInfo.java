package dev.jango.urls;

import dev.jango.views.View;
import java.util.List;

/**
 * One resolvable route, include prefixes folded in, as listed on the debug 404 page and by tools.
 *
 * @param route the full route, for example {@code polls/<int:id>/}
 * @param name the pattern's name, or null
 * @param namespaces instance namespaces, outermost first
 * @param appNames application namespaces, outermost first
 * @param view the view
 */
public record RouteInfo(String route, String name, List<String> namespaces, List<String> appNames, View view) {

    /** The namespaced name, {@code polls:detail}, or null when unnamed. */
    public String viewName() {
        return name == null ? null : namespaces.isEmpty() ? name : String.join(":", namespaces) + ":" + name;
    }
}
