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

    /**
     * A regular expression from {@code rePath} or {@code reInclude}; its named groups become kwargs (as strings).
     *
     * @param regex the expression without a leading {@code ^} and without a trailing unescaped {@code $}
     * @param groupNames the named groups, in order
     * @param anchored the expression started with {@code ^}: it matches where the path (what is left of it) starts;
     *                 else it is searched for, as Python's {@code re.search}
     * @param dollar a trailing unescaped {@code $} was taken off {@code regex}
     * @param fullMatch the expression as written ends with {@code $}: as an endpoint, it must match all that is left
     *                  of the path; without it, an endpoint matches a prefix and ignores the rest, as in Django
     * @param literalLead literal text every match starts with, when anchored (for the prefix index); else empty
     */
    record Regex(String regex, List<String> groupNames, boolean anchored, boolean dollar, boolean fullMatch,
                 String literalLead) implements Part {}

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
                if (part instanceof Regex r) {
                    prefix.append(r.literalLead());
                }
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
     * Compile a {@code rePath()} regular expression, with Django's meaning: a leading {@code ^} anchors it where the
     * path (or what an include left of it) starts, else it is searched for; a trailing {@code $} asks an endpoint to
     * match all the rest. Python's {@code (?P<name>...)} is accepted for {@code (?<name>...)}.
     */
    static Route ofRegex(String regex) {
        String java = regex.replace("(?P<", "(?<");
        try {
            Pattern.compile(java);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new ImproperlyConfigured("rePath '" + regex + "' is not a valid regular expression: "
                    + e.getDescription(), e);
        }
        boolean fullMatch = java.endsWith("$");
        boolean alternation = RegexText.hasTopLevelAlternation(java);
        boolean anchored = java.startsWith("^") && !alternation; // "^a|b": the ^ binds to the first branch only
        if (anchored) {
            java = java.substring(1);
        }
        boolean dollar = fullMatch && !alternation && RegexText.endsWithUnescapedDollar(java);
        if (dollar) {
            java = java.substring(0, java.length() - 1);
        }
        List<String> names = new ArrayList<>();
        var m = NAMED_GROUP.matcher(java);
        while (m.find()) {
            names.add(m.group(1));
        }
        String lead = anchored ? RegexText.literalLead(java) : "";
        return new Route(regex, List.of(new Regex(java, List.copyOf(names), anchored, dollar, fullMatch, lead)));
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

    /**
     * True when the route, as an endpoint, matches a prefix of the path and ignores the rest: a {@code rePath}
     * whose expression does not end with {@code $}.
     */
    boolean openEnded() {
        return !parts.isEmpty() && parts.getLast() instanceof Regex r && !r.fullMatch();
    }

    /** True when the route is literal text only. */
    boolean isLiteral() {
        return literal;
    }
}
