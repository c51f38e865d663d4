package dev.jango.urls;

import java.util.List;

/**
 * Nested URL entries under a route prefix, optionally in a namespace; made by {@link Urls#include}.
 *
 * @param prefix the route prefix, such as {@code polls/} (may hold converters); empty, or ending with {@code /}
 * @param entries the nested entries
 * @param appName the application namespace, or null
 * @param namespace the instance namespace, or null
 */
public record UrlInclude(String prefix, List<UrlEntry> entries, String appName, String namespace) implements UrlEntry {

    public UrlInclude {
        entries = List.copyOf(entries);
    }
}
