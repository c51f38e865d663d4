package dev.jango.urls;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a route made of literal text and converters of one simple character class ({@code int}, {@code str},
 * {@code slug}, or any converter with the same regex) by scanning the path once, without a regular expression.
 *
 * <p>Exactly equivalent to the route's regex where it is used: a route qualifies only when each converter is
 * followed by the end of the route or by literal text whose first character is outside the converter's class, so
 * the converter's text is always the longest run of its class and no backtracking can change the outcome. Routes
 * that do not qualify ({@code rePath}, {@code uuid}, {@code path}, two converters side by side, {@code <slug:a>-<slug:b>})
 * keep the regex.
 */
final class SegmentMatcher {

    private static final Object[] NO_VALUES = new Object[0];

    private enum CharClass {
        DIGITS("[0-9]+"), NOT_SLASH("[^/]+"), SLUG("[-a-zA-Z0-9_]+");

        final String regex;

        CharClass(String regex) {
            this.regex = regex;
        }

        boolean contains(char c) {
            return switch (this) {
                case DIGITS -> c >= '0' && c <= '9';
                case NOT_SLASH -> c != '/';
                case SLUG -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_';
            };
        }

        static CharClass of(String regex) {
            for (CharClass charClass : values()) {
                if (charClass.regex.equals(regex)) {
                    return charClass;
                }
            }
            return null;
        }
    }

    private final String[] literals; // literals[i] comes before converter i; the last one ends the route
    private final CharClass[] classes;
    private final PathConverter<?>[] converters;

    private SegmentMatcher(String[] literals, CharClass[] classes, PathConverter<?>[] converters) {
        this.literals = literals;
        this.classes = classes;
        this.converters = converters;
    }

    /** A matcher for {@code parts}, or null when the route does not qualify (see the class comment). */
    static SegmentMatcher compile(List<Route.Part> parts) {
        List<String> literals = new ArrayList<>();
        List<CharClass> classes = new ArrayList<>();
        List<PathConverter<?>> converters = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean converterPending = false;
        for (Route.Part part : parts) {
            switch (part) {
                case Route.Literal text -> literal.append(text.text());
                case Route.Converted converted -> {
                    CharClass charClass = CharClass.of(converted.converter().regex());
                    if (charClass == null || (converterPending && literal.isEmpty())) {
                        return null;
                    }
                    if (converterPending && charClass(classes).contains(literal.charAt(0))) {
                        return null;
                    }
                    literals.add(literal.toString());
                    literal.setLength(0);
                    classes.add(charClass);
                    converters.add(converted.converter());
                    converterPending = true;
                }
                case Route.Regex regex -> {
                    return null;
                }
            }
        }
        if (converterPending && !literal.isEmpty() && charClass(classes).contains(literal.charAt(0))) {
            return null;
        }
        literals.add(literal.toString());
        return new SegmentMatcher(literals.toArray(String[]::new), classes.toArray(CharClass[]::new),
                converters.toArray(PathConverter<?>[]::new));
    }

    private static CharClass charClass(List<CharClass> classes) {
        return classes.getLast();
    }

    /**
     * The converted values of {@code path} in route order, or null when it does not match or a converter declines
     * (throws {@link IllegalArgumentException}): "no match here, keep looking".
     */
    Object[] match(String path) {
        String first = literals[0];
        if (!path.startsWith(first)) {
            return null;
        }
        int pos = first.length();
        int end = path.length();
        if (converters.length == 0) {
            return pos == end ? NO_VALUES : null;
        }
        Object[] values = new Object[converters.length];
        for (int i = 0; i < converters.length; i++) {
            int start = pos;
            CharClass charClass = classes[i];
            while (pos < end && charClass.contains(path.charAt(pos))) {
                pos++;
            }
            String after = literals[i + 1];
            if (pos == start || !path.startsWith(after, pos)) {
                return null;
            }
            try {
                values[i] = converters[i].toJava(path.substring(start, pos));
            } catch (IllegalArgumentException declined) {
                return null;
            }
            pos += after.length();
        }
        return pos == end ? values : null;
    }
}
