package dev.jango.urls;

import java.util.List;

/**
 * Nested URL entries under a route prefix, optionally in a namespace; made by {@link Urls#include} (a
 * {@code path()} prefix) or {@link Urls#reInclude} (a regular expression, like Django's
 * {@code re_path(regex, include(...))}).
 *
 * @param prefix the route prefix, such as {@code polls/} (may hold converters); empty, or ending with {@code /};
 *               or, when {@code regex}, a regular expression such as {@code ^polls/}
 * @param entries the nested entries
 * @param appName the application namespace, or null
 * @param namespace the instance namespace, or null
 * @param regex true when {@code prefix} is a regular expression: what it matches is cut off the path (searched
 *              for unless it starts with {@code ^}) and the rest goes to {@code entries}
 */
public record UrlInclude(String prefix, List<UrlEntry> entries, String appName, String namespace, boolean regex)
        implements UrlEntry {

    public UrlInclude {
        entries = List.copyOf(entries);
    }

    /** Entries under a {@code path()} prefix. */
    public UrlInclude(String prefix, List<UrlEntry> entries, String appName, String namespace) {
        this(prefix, entries, appName, namespace, false);
    }
}
