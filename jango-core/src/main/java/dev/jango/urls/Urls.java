package dev.jango.urls;

import dev.jango.views.View;

/**
 * Builds URL patterns, the way a Django {@code urls.py} does: {@code path("polls/<int:id>/", view, "detail")}.
 *
 * <p>Parts in angle brackets capture a value with a converter: {@code int}, {@code str} (the default; any
 * text without {@code /}), {@code slug}, {@code uuid} and {@code path} (any text, slashes included).
 */
public final class Urls {

    private Urls() {}

    /** A pattern that calls {@code view} for paths matching {@code route}. */
    public static UrlPattern path(String route, View view) {
        return new UrlPattern(route, view, null);
    }

    /** A pattern that calls {@code view} for paths matching {@code route}, named {@code name} for reverse(). */
    public static UrlPattern path(String route, View view, String name) {
        return new UrlPattern(route, view, name);
    }
}
