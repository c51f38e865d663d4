package dev.jango.urls;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route such as {@code polls/<int:id>/} bound to a view and an optional name; made by {@link Urls#path}.
 *
 * <p>The route is compiled when the pattern is made, so a malformed route or an unknown converter fails at
 * start-up with {@link ImproperlyConfigured}. A route matches the whole decoded path without its leading
 * {@code /}; the empty route matches the site root.
 */
public final class UrlPattern {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String route;
    private final View view;
    private final String name;
    private final String literalPrefix;
    private final Pattern regex;
    private final String[] kwargNames;
    private final PathConverter<?>[] converters;
    private final int[] groups;

    UrlPattern(String route, View view, String name) {
        this.route = Objects.requireNonNull(route, "route");
        this.view = Objects.requireNonNull(view, () -> "view of route '" + route + "'");
        this.name = name;
        if (route.startsWith("/")) {
            throw new ImproperlyConfigured("Route '" + route + "' starts with '/'. Routes match the path without "
                    + "its leading slash: write '" + route.substring(1) + "'");
        }
        StringBuilder pattern = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<PathConverter<?>> convs = new ArrayList<>();
        List<Integer> groupIndexes = new ArrayList<>();
        int group = 1;
        int at = 0;
        String prefix = null;
        while (at < route.length()) {
            int open = route.indexOf('<', at);
            if (open < 0) {
                pattern.append(Pattern.quote(route.substring(at)));
                break;
            }
            if (prefix == null) {
                prefix = route.substring(0, open);
            }
            if (open > at) {
                pattern.append(Pattern.quote(route.substring(at, open)));
            }
            int close = route.indexOf('>', open);
            if (close < 0) {
                throw new ImproperlyConfigured("Route '" + route + "' has a '<' at offset " + open
                        + " without a closing '>'");
            }
            String part = route.substring(open + 1, close);
            int colon = part.indexOf(':');
            String kind = colon < 0 ? "str" : part.substring(0, colon);
            String kwarg = colon < 0 ? part : part.substring(colon + 1);
            if (!NAME.matcher(kwarg).matches()) {
                throw new ImproperlyConfigured("Route '" + route + "' names a part '" + kwarg
                        + "', which is not a Java identifier");
            }
            PathConverter<?> converter = Converters.BUILT_IN.get(kind);
            if (converter == null) {
                throw new ImproperlyConfigured("Route '" + route + "' uses an unknown converter '" + kind
                        + "'; the built-in converters are " + String.join(", ", Converters.BUILT_IN.keySet().stream().sorted().toList()));
            }
            names.add(kwarg);
            convs.add(converter);
            groupIndexes.add(group);
            pattern.append('(').append(converter.regex()).append(')');
            group += 1 + Pattern.compile(converter.regex()).matcher("").groupCount();
            at = close + 1;
        }
        this.literalPrefix = prefix == null ? route : prefix;
        this.regex = Pattern.compile(pattern.toString());
        this.kwargNames = names.toArray(String[]::new);
        this.converters = convs.toArray(PathConverter<?>[]::new);
        this.groups = groupIndexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The route as written, for example {@code polls/<int:id>/}. */
    public String route() {
        return route;
    }

    /** The view this route calls. */
    public View view() {
        return view;
    }

    /** The route's name for {@code reverse()}, or null. */
    public String name() {
        return name;
    }

    /** The text before the first converter; every path this route matches starts with it. */
    String literalPrefix() {
        return literalPrefix;
    }

    /** Match {@code path} (without its leading slash); null when it does not match or a converter declines. */
    Kwargs match(String path) {
        if (kwargNames.length == 0) {
            return path.equals(route) ? Kwargs.empty() : null;
        }
        Matcher m = regex.matcher(path);
        if (!m.matches()) {
            return null;
        }
        Object[] values = new Object[kwargNames.length];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = converters[i].toJava(m.group(groups[i]));
            } catch (IllegalArgumentException declined) {
                return null;
            }
        }
        return new Kwargs(kwargNames, values);
    }

    @Override
    public String toString() {
        return name == null ? route : route + " [name='" + name + "']";
    }
}
