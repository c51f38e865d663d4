package dev.jango.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read the {@code Cookie} request header, as Django's {@code parse_cookie} does.
 *
 * <p>Tolerant of what browsers and clients really send: pairs split on {@code ';'} and then on the first
 * {@code '='}; a chunk without {@code '='} is a value with an empty name; names and values are stripped of
 * whitespace; a quoted value is unquoted with Python's rules ({@code \"}, {@code \\}, {@code \ooo} octal escapes).
 * A name sent twice keeps its first position and its last value. Never throws on any header text.
 */
public final class Cookies {

    private Cookies() {}

    /**
     * Return the cookies in {@code header} as an immutable map in the order sent ({@code null}: no cookies).
     *
     * <p>When a request carries several {@code Cookie} fields (HTTP/2 may split them), join them with
     * {@code "; "} first.
     */
    public static Map<String, String> parse(String header) {
        if (header == null || header.isEmpty()) {
            return Map.of();
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        int start = 0;
        while (start <= header.length()) {
            int end = header.indexOf(';', start);
            if (end < 0) {
                end = header.length();
            }
            String chunk = header.substring(start, end);
            int eq = chunk.indexOf('=');
            String name = eq < 0 ? "" : strip(chunk.substring(0, eq));
            String value = strip(eq < 0 ? chunk : chunk.substring(eq + 1));
            if (!name.isEmpty() || !value.isEmpty()) {
                cookies.put(name, CookieSyntax.unquote(value));
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(cookies);
    }

    /** Python's {@code str.strip()}: remove leading and trailing whitespace as Python defines it. */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isPythonSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isPythonSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == '\u0085'
                || Character.getType(c) == Character.SPACE_SEPARATOR
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }
}
