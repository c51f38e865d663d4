package dev.jango.urls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code reverse()}: from a namespaced name and arguments back to a path.
 *
 * <p>Namespaces are looked up level by level as Django does: at each level a name is first taken as an
 * application namespace; if it is one, the instance is the current application's instance when that is one of
 * its instances, else the instance of the same name (the default instance), else the last deployed instance.
 * A name that is no application namespace must be an instance namespace.
 */
final class Reverser {

    /** The namespaces and names one level down a namespace path. */
    private static final class Level {
        /** Application namespace to its instance namespaces, the last deployed first. */
        final Map<String, List<String>> apps = new HashMap<>();
        final Map<String, Level> children = new HashMap<>();
        final Map<String, List<Endpoint>> byName = new HashMap<>();
    }

    private final Level root = new Level();

    Reverser(List<Endpoint> endpoints) {
        for (Endpoint endpoint : endpoints) {
            Level level = root;
            for (int i = 0; i < endpoint.namespaces.size(); i++) {
                String instance = endpoint.namespaces.get(i);
                List<String> instances = level.apps.computeIfAbsent(endpoint.appNames.get(i), k -> new ArrayList<>());
                instances.remove(instance);
                instances.addFirst(instance);
                level = level.children.computeIfAbsent(instance, k -> new Level());
            }
            if (endpoint.name != null) {
                level.byName.computeIfAbsent(endpoint.name, k -> new ArrayList<>()).add(endpoint);
            }
        }
    }

    /**
     * The path (starting with {@code /}, percent-encoded) for {@code viewName} with {@code args} or {@code kwargs};
     * {@code currentApp} ({@code "ns"} or {@code "ns:inner"}, or null) picks among an application's instances.
     */
    String reverse(String viewName, Object[] args, Map<String, ?> kwargs, String currentApp) {
        if (args.length > 0 && !kwargs.isEmpty()) {
            throw new IllegalArgumentException("reverse() takes positional arguments or keyword arguments, not both");
        }
        String[] segments = viewName.split(":", -1);
        String[] current = currentApp == null || currentApp.isEmpty() ? null : currentApp.split(":", -1);
        Level level = root;
        StringBuilder resolved = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            String ns = segments[i];
            String currentNs = current != null && i < current.length ? current[i] : null;
            List<String> instances = level.apps.get(ns);
            if (instances != null) {
                if (currentNs != null && instances.contains(currentNs)) {
                    ns = currentNs;
                } else if (!instances.contains(ns)) {
                    ns = instances.getFirst();
                }
            }
            if (!ns.equals(currentNs)) {
                current = null;
            }
            level = level.children.get(ns);
            if (level == null) {
                throw new NoReverseMatch("'" + ns + "' is not a registered namespace"
                        + (i == 0 ? "" : " inside '" + resolved + "'"));
            }
            resolved.append(i == 0 ? "" : ":").append(ns);
        }
        List<Endpoint> candidates = level.byName.getOrDefault(segments[segments.length - 1], List.of());
        if (candidates.isEmpty()) {
            throw new NoReverseMatch("Reverse for '" + viewName + "' not found. '" + viewName
                    + "' is not a valid view function or pattern name.");
        }
        for (Endpoint endpoint : candidates) {
            String url = tryBuild(endpoint, args, kwargs);
            if (url != null) {
                return url;
            }
        }
        String given = args.length > 0 ? "arguments " + Arrays.toString(args) : kwargs.isEmpty() ? "no arguments"
                : "keyword arguments " + kwargs;
        throw new NoReverseMatch("Reverse for '" + viewName + "' with " + given + " not found. "
                + candidates.size() + " pattern(s) tried: "
                + candidates.stream().map(e -> "'" + e.route.text() + "'").collect(Collectors.joining(", ", "[", "]")));
    }

    /** The URL for {@code endpoint} with these values, or null when they do not fit it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String tryBuild(Endpoint endpoint, Object[] args, Map<String, ?> kwargs) {
        String[] names = endpoint.capturedNames();
        Map<String, Object> values = new HashMap<>();
        if (args.length > 0) {
            if (args.length != names.length) {
                return null;
            }
            for (int i = 0; i < args.length; i++) {
                values.put(names[i], args[i]);
            }
        } else {
            // As Django: the names given are the names captured, give or take the route's extra kwargs; an extra
            // kwarg given must have the route's value, unless the route captures that name too.
            List<String> captured = Arrays.asList(names);
            for (Map.Entry<String, ?> entry : kwargs.entrySet()) {
                String key = entry.getKey();
                if (!captured.contains(key) && !Objects.equals(endpoint.extra.get(key), entry.getValue())) {
                    return null;
                }
            }
            for (String name : names) {
                Object value = kwargs.containsKey(name) ? kwargs.get(name) : endpoint.extra.get(name);
                if (value == null) {
                    return null;
                }
                values.put(name, value);
            }
        }
        StringBuilder url = new StringBuilder();
        for (Route.Part part : endpoint.route.parts()) {
            switch (part) {
                case Route.Literal literal -> url.append(literal.text());
                case Route.Converted converted -> {
                    Object value = values.get(converted.name());
                    try {
                        url.append(((PathConverter) converted.converter()).toUrl(value));
                    } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
                        return null;
                    }
                }
                case Route.Regex regex -> {
                    String text = RegexTemplate.fill(regex.regex(), values);
                    if (text == null) {
                        return null;
                    }
                    url.append(text);
                }
            }
        }
        String raw = url.toString();
        if (!endpoint.regex.matcher(raw).matches()) {
            return null; // a value that its converter's pattern would not match
        }
        return "/" + encode(raw);
    }

    private static final Set<Character> SAFE = "/~:@!$&'()*+,;=-._".chars().mapToObj(c -> (char) c)
            .collect(Collectors.toUnmodifiableSet());

    /** Percent-encode what may not stand in a path as UTF-8, keeping path punctuation. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c < 0x80 && SAFE.contains((char) c))) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
