package dev.jango.urls;

import java.util.Map;

/** Reverses a simple {@code rePath} regular expression: named groups filled in, escaped characters unescaped. */
final class RegexTemplate {

    private RegexTemplate() {}

    /**
     * The text {@code regex} matches with each named group replaced by its value, or null when the regex
     * has parts that cannot be written back (alternation, classes or quantifiers outside named groups) or a
     * value is missing.
     */
    static String fill(String regex, Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (Character.isLetterOrDigit(next)) {
                    return null; // \d, \w, ...: a class, not a literal
                }
                out.append(next);
                i += 2;
            } else if (c == '(' && regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)) {
                int close = regex.indexOf('>', i);
                String name = regex.substring(i + 3, close);
                int end = closingParen(regex, i);
                Object value = values.get(name);
                if (end < 0 || value == null) {
                    return null;
                }
                out.append(value);
                i = end + 1;
            } else if ("()[]{}*+?|.^$".indexOf(c) >= 0) {
                return null;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
