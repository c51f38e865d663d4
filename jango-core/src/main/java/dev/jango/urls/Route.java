package dev.jango.urls;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A compiled route: a sequence of literal text, converter parts ({@code <int:id>}) and raw regular
 * expressions (from {@code rePath}). Routes concatenate, so an {@code include} prefix and its patterns
 * compile into one route per endpoint.
 */
final class Route {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([A-Za-z_][A-Za-z0-9_]*)>");

    /** One part of a route. */
    sealed interface Part {}

    /** Text that must appear as written. */
    record Literal(String text) implements Part {}

    /** A {@code <kind:name>} part. */
    record Converted(String name, String kind, PathConverter<?> converter) implements Part {}

    /** A regular expression from {@code rePath}; its named groups become kwargs (as strings). */
    record Regex(String regex, List<String> groupNames) implements Part {}

    private final String text;
    private final List<Part> parts;
    private final String literalPrefix;
    private final boolean literal;

    private Route(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
        StringBuilder prefix = new StringBuilder();
        int literals = 0;
        for (Part part : this.parts) {
            if (!(part instanceof Literal l)) {
                break;
            }
            prefix.append(l.text());
            literals++;
        }
        this.literalPrefix = prefix.toString();
        this.literal = literals == this.parts.size();
    }

    /** Compile a {@code path()} route such as {@code polls/<int:id>/}. */
    static Route ofPath(String route) {
        if (route.startsWith("/")) {
            throw new ImproperlyConfigured("Route '" + route + "' starts with '/'. Routes match the path without "
                    + "its leading slash: write '" + route.substring(1) + "'");
        }
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < route.length()) {
            int open = route.indexOf('<', at);
            if (open < 0) {
                parts.add(new Literal(route.substring(at)));
                break;
            }
            if (open > at) {
                parts.add(new Literal(route.substring(at, open)));
            }
            int close = route.indexOf('>', open);
            if (close < 0) {
                throw new ImproperlyConfigured("Route '" + route + "' has a '<' at offset " + open
                        + " without a closing '>'");
            }
            String part = route.substring(open + 1, close);
            int colon = part.indexOf(':');
            String kind = colon < 0 ? "str" : part.substring(0, colon);
            String name = colon < 0 ? part : part.substring(colon + 1);
            if (!NAME.matcher(name).matches()) {
                throw new ImproperlyConfigured("Route '" + route + "' names a part '" + name
                        + "', which is not a Java identifier");
            }
            parts.add(new Converted(name, kind, Converters.get(kind, route)));
            at = close + 1;
        }
        return new Route(route, parts);
    }

    /**
     * Compile a {@code rePath()} regular expression. A leading {@code ^} and trailing {@code $} are
     * implied and may be written; Python's {@code (?P<name>...)} is accepted for {@code (?<name>...)}.
     */
    static Route ofRegex(String regex) {
        String java = regex.replace("(?P<", "(?<");
        if (java.startsWith("^")) {
            java = java.substring(1);
        }
        if (java.endsWith("$") && !java.endsWith("\\$")) {
            java = java.substring(0, java.length() - 1);
        }
        try {
            Pattern.compile(java);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new ImproperlyConfigured("rePath '" + regex + "' is not a valid regular expression: "
                    + e.getDescription(), e);
        }
        List<String> names = new ArrayList<>();
        var m = NAMED_GROUP.matcher(java);
        while (m.find()) {
            names.add(m.group(1));
        }
        List<Part> parts = new ArrayList<>();
        if (!java.isEmpty()) {
            parts.add(new Regex(java, List.copyOf(names)));
        }
        return new Route(regex, parts);
    }

    /** This route followed by {@code child}. */
    Route then(Route child) {
        List<Part> joined = new ArrayList<>(parts);
        joined.addAll(child.parts);
        return new Route(text + child.text, joined);
    }

    /** The route as written (for an include, prefix and pattern together). */
    String text() {
        return text;
    }

    List<Part> parts() {
        return parts;
    }

    /** The literal text every matching path starts with (worked out once, when the route is compiled). */
    String literalPrefix() {
        return literalPrefix;
    }

    /** True when the route is literal text only. */
    boolean isLiteral() {
        return literal;
    }
}
