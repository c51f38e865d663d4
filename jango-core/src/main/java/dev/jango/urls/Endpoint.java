package dev.jango.urls;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A URL pattern with its include prefixes folded in: one compiled regular expression, ready to match.
 *
 * <p>A {@code rePath} expression keeps Django's meaning inside the one expression: in an include prefix it is
 * searched for (unless it starts with {@code ^}) and its first match is kept, as Django hands the rest of the path
 * to the included patterns (an atomic group); as an endpoint it matches all the rest of the path when it ends with
 * {@code $}, else a prefix (the rest is ignored).
 */
final class Endpoint {

    private static final String SEARCH = "(?s:.*?)";

    final Route route;
    final View view;
    final String name;
    final List<String> namespaces;
    final List<String> appNames;
    final Pattern regex;
    /** The route's extra kwargs ({@code path(route, view, kwargs, name)}), unmodifiable and ordered, for reverse(). */
    final Map<String, Object> extra;
    private final boolean openEnded;
    private final String[] capturedNames;
    private final Object[] extractors; // PathConverter for <kind:name> parts, String (group name) for rePath groups
    private final int[] groups;
    private final SegmentMatcher segments; // null: match with the regex
    private final String[] kwargNames;     // captured names, then the extra kwargs' names not captured
    private final int[] extraSlots;        // where each extra value goes in kwargNames
    private final Object[] extraValues;
    private final Kwargs extraOnly;        // the kwargs of a route that captures nothing

    Endpoint(Route prefix, Route pattern, View view, String name, Map<String, Object> extra, List<String> namespaces,
             List<String> appNames) {
        this.route = prefix.then(pattern);
        this.view = view;
        this.name = name;
        this.extra = extra;
        this.namespaces = List.copyOf(namespaces);
        this.appNames = List.copyOf(appNames);
        this.openEnded = pattern.openEnded();
        StringBuilder source = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<Object> extract = new ArrayList<>();
        List<Integer> groupIndexes = new ArrayList<>();
        int group = 1;
        int prefixParts = prefix.parts().size();
        List<Route.Part> parts = route.parts();
        for (int i = 0; i < parts.size(); i++) {
            switch (parts.get(i)) {
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
                    source.append(i < prefixParts ? included(regex) : endpoint(regex));
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
        this.capturedNames = names.toArray(String[]::new);
        this.extractors = extract.toArray();
        this.groups = groupIndexes.stream().mapToInt(Integer::intValue).toArray();
        this.segments = SegmentMatcher.compile(parts);
        List<String> all = new ArrayList<>(names);
        this.extraSlots = new int[this.extra.size()];
        this.extraValues = new Object[this.extra.size()];
        int j = 0;
        for (Map.Entry<String, Object> e : this.extra.entrySet()) {
            int slot = all.indexOf(e.getKey());
            if (slot < 0) {
                all.add(e.getKey());
                slot = all.size() - 1;
            }
            extraSlots[j] = slot;
            extraValues[j++] = e.getValue();
        }
        this.kwargNames = all.toArray(String[]::new);
        this.extraOnly = capturedNames.length == 0 ? merge(new Object[0]) : null;
    }

    /** An include's expression: searched for (or anchored by its ^), its first match kept. */
    private static String included(Route.Regex regex) {
        return "(?>" + (regex.anchored() ? "" : SEARCH) + "(?:" + regex.regex() + ")" + (regex.dollar() ? "$" : "")
                + ")";
    }

    /** An endpoint's expression: all the rest of the path when it ends with $ (matched whole), else searched for. */
    private static String endpoint(Route.Regex regex) {
        if (regex.fullMatch()) {
            return "(?:" + regex.regex() + ")";
        }
        return (regex.anchored() ? "" : SEARCH) + "(?:" + regex.regex() + ")";
    }

    private static int groupCount(String regex) {
        return Pattern.compile(regex).matcher("").groupCount();
    }

    /** Match {@code path} (without its leading slash); null when it does not match or a converter declines. */
    Kwargs match(String path) {
        if (capturedNames.length == 0 && route.isLiteral()) {
            return path.equals(route.literalPrefix()) ? extraOnly : null;
        }
        if (segments != null) {
            Object[] values = segments.match(path);
            return values == null ? null : merge(values);
        }
        Matcher m = regex.matcher(path);
        if (!(openEnded ? m.lookingAt() : m.matches())) {
            return null;
        }
        if (capturedNames.length == 0) {
            return extraOnly;
        }
        Object[] values = new Object[capturedNames.length];
        boolean missing = false;
        for (int i = 0; i < values.length; i++) {
            if (extractors[i] instanceof PathConverter<?> converter) {
                try {
                    values[i] = converter.toJava(m.group(groups[i]));
                } catch (IllegalArgumentException declined) {
                    return null;
                }
            } else {
                values[i] = m.group((String) extractors[i]);
                missing |= values[i] == null; // an optional group that did not take part: no kwarg, as in Django
            }
        }
        return missing ? withoutMissing(values) : merge(values);
    }

    /** The captured values with the extra kwargs over them. */
    private Kwargs merge(Object[] captured) {
        if (extraSlots.length == 0) {
            return captured.length == 0 ? Kwargs.empty() : Kwargs.of(capturedNames, captured);
        }
        Object[] values = Arrays.copyOf(captured, kwargNames.length);
        for (int j = 0; j < extraSlots.length; j++) {
            values[extraSlots[j]] = extraValues[j];
        }
        return Kwargs.of(kwargNames, values);
    }

    private Kwargs withoutMissing(Object[] captured) {
        Kwargs merged = merge(captured);
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        merged.asMap().forEach((key, value) -> {
            if (value != null) {
                names.add(key);
                values.add(value);
            }
        });
        return Kwargs.of(names.toArray(String[]::new), values.toArray());
    }

    /** The names of the values the route captures from the path (extra kwargs not included). */
    String[] capturedNames() {
        return capturedNames;
    }

    /** The namespaced name: {@code ns:inner:name}. */
    String viewName() {
        return namespaces.isEmpty() ? name : String.join(":", namespaces) + ":" + name;
    }

    RouteInfo info() {
        return new RouteInfo(route.text(), name, namespaces, appNames, view);
    }
}
