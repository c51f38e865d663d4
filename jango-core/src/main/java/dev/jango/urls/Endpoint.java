package dev.jango.urls;

import dev.jango.views.Kwargs;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A URL pattern with its include prefixes folded in: one compiled regular expression, ready to match. */
final class Endpoint {

    final Route route;
    final View view;
    final String name;
    final List<String> namespaces;
    final List<String> appNames;
    final Pattern regex;
    private final String[] kwargNames;
    private final Object[] extractors; // PathConverter for <kind:name> parts, String (group name) for rePath groups
    private final int[] groups;
    private final SegmentMatcher segments; // null: match with the regex

    Endpoint(Route route, View view, String name, List<String> namespaces, List<String> appNames) {
        this.route = route;
        this.view = view;
        this.name = name;
        this.namespaces = List.copyOf(namespaces);
        this.appNames = List.copyOf(appNames);
        StringBuilder source = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<Object> extract = new ArrayList<>();
        List<Integer> groupIndexes = new ArrayList<>();
        int group = 1;
        for (Route.Part part : route.parts()) {
            switch (part) {
                case Route.Literal literal -> source.append(Pattern.quote(literal.text()));
                case Route.Converted converted -> {
                    names.add(converted.name());
                    extract.add(converted.converter());
                    groupIndexes.add(group);
                    source.append('(').append(converted.converter().regex()).append(')');
                    group += 1 + groupCount(converted.converter().regex());
                }
                case Route.Regex regex -> {
                    for (String groupName : regex.groupNames()) {
                        names.add(groupName);
                        extract.add(groupName);
                        groupIndexes.add(-1);
                    }
                    source.append("(?:").append(regex.regex()).append(')');
                    group += groupCount(regex.regex());
                }
            }
        }
        try {
            this.regex = Pattern.compile(source.toString());
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured("Route '" + route.text() + "' does not compile: " + e.getDescription()
                    + " (a capture name used twice in one route?)", e);
        }
        this.kwargNames = names.toArray(String[]::new);
        this.extractors = extract.toArray();
        this.groups = groupIndexes.stream().mapToInt(Integer::intValue).toArray();
        this.segments = SegmentMatcher.compile(route.parts());
    }

    private static int groupCount(String regex) {
        return Pattern.compile(regex).matcher("").groupCount();
    }

    /** Match {@code path} (without its leading slash); null when it does not match or a converter declines. */
    Kwargs match(String path) {
        if (kwargNames.length == 0 && route.isLiteral()) {
            return path.equals(route.literalPrefix()) ? Kwargs.empty() : null;
        }
        if (segments != null) {
            Object[] values = segments.match(path);
            return values == null ? null : values.length == 0 ? Kwargs.empty() : Kwargs.of(kwargNames, values);
        }
        Matcher m = regex.matcher(path);
        if (!m.matches()) {
            return null;
        }
        if (kwargNames.length == 0) {
            return Kwargs.empty();
        }
        Object[] values = new Object[kwargNames.length];
        for (int i = 0; i < values.length; i++) {
            if (extractors[i] instanceof PathConverter<?> converter) {
                try {
                    values[i] = converter.toJava(m.group(groups[i]));
                } catch (IllegalArgumentException declined) {
                    return null;
                }
            } else {
                values[i] = m.group((String) extractors[i]);
            }
        }
        return Kwargs.of(kwargNames, values);
    }

    String[] kwargNames() {
        return kwargNames;
    }

    /** The namespaced name: {@code ns:inner:name}. */
    String viewName() {
        return namespaces.isEmpty() ? name : String.join(":", namespaces) + ":" + name;
    }

    RouteInfo info() {
        return new RouteInfo(route.text(), name, namespaces, appNames, view);
    }
}
