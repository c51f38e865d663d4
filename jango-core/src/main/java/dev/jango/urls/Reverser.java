package dev.jango.urls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code reverse()}: from a namespaced name and arguments back to a path. */
final class Reverser {

    private final List<Endpoint> endpoints;

    Reverser(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** The path (starting with {@code /}, percent-encoded) for {@code viewName} with {@code args} or {@code kwargs}. */
    String reverse(String viewName, Object[] args, Map<String, ?> kwargs) {
        if (args.length > 0 && !kwargs.isEmpty()) {
            throw new IllegalArgumentException("reverse() takes positional arguments or keyword arguments, not both");
        }
        String[] segments = viewName.split(":", -1);
        String name = segments[segments.length - 1];
        List<String> path = Arrays.asList(segments).subList(0, segments.length - 1);
        List<Endpoint> candidates = candidates(name, path, false);
        if (candidates.isEmpty()) {
            candidates = candidates(name, path, true);
        }
        if (candidates.isEmpty()) {
            if (!path.isEmpty() && endpoints.stream().noneMatch(e -> startsWith(e, path))) {
                throw new NoReverseMatch("'" + String.join(":", path) + "' is not a registered namespace");
            }
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

    private List<Endpoint> candidates(String name, List<String> path, boolean byAppName) {
        List<Endpoint> found = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (name.equals(endpoint.name) && endpoint.namespaces.size() == path.size()) {
                boolean ok = true;
                for (int i = 0; i < path.size() && ok; i++) {
                    ok = path.get(i).equals(endpoint.namespaces.get(i))
                            || (byAppName && path.get(i).equals(endpoint.appNames.get(i)));
                }
                if (ok) {
                    found.add(endpoint);
                }
            }
        }
        if (byAppName && found.size() > 1) {
            // An application namespace names its default instance (the one whose instance namespace is the
            // application's name), or else the last deployed instance.
            List<String> chosen = found.getLast().namespaces;
            for (Endpoint endpoint : found) {
                if (endpoint.namespaces.equals(endpoint.appNames)) {
                    chosen = endpoint.namespaces;
                    break;
                }
            }
            List<String> instance = chosen;
            found.removeIf(e -> !e.namespaces.equals(instance));
        }
        return found;
    }

    private static boolean startsWith(Endpoint endpoint, List<String> path) {
        for (int i = 0; i < path.size(); i++) {
            if (i >= endpoint.namespaces.size() || !(path.get(i).equals(endpoint.namespaces.get(i))
                    || path.get(i).equals(endpoint.appNames.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The URL for {@code endpoint} with these values, or null when they do not fit it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String tryBuild(Endpoint endpoint, Object[] args, Map<String, ?> kwargs) {
        String[] names = endpoint.kwargNames();
        Map<String, Object> values = new HashMap<>();
        if (args.length > 0) {
            if (args.length != names.length) {
                return null;
            }
            for (int i = 0; i < args.length; i++) {
                values.put(names[i], args[i]);
            }
        } else {
            if (!kwargs.keySet().equals(new HashSet<>(Arrays.asList(names)))) {
                return null;
            }
            values.putAll(kwargs);
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
