package dev.jango.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A header value with parameters, such as {@code form-data; name="a"; filename*=UTF-8''%E2%82%AC.txt}.
 *
 * <p>The value and parameter names are lower-cased; parameter values keep their case. Quoted strings lose
 * their quotes, and {@code \\} and {@code \"} their backslash; any other backslash is kept, because browsers
 * send Windows paths unescaped. An extended parameter ({@code name*}, RFC 8187/5987) wins over the plain one
 * of the same name; one that cannot be decoded is ignored. When a parameter repeats, the first one counts.
 */
record HeaderValue(String value, Map<String, String> params) {

    static HeaderValue parse(String header) {
        Map<String, String> plain = new HashMap<>();
        Map<String, String> extended = new HashMap<>();
        int semi = header.indexOf(';');
        String value = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        int i = semi < 0 ? header.length() : semi + 1;
        while (i < header.length()) {
            int nameEnd = i;
            while (nameEnd < header.length() && header.charAt(nameEnd) != '=' && header.charAt(nameEnd) != ';') {
                nameEnd++;
            }
            String name = header.substring(i, nameEnd).strip().toLowerCase(Locale.ROOT);
            if (nameEnd >= header.length() || header.charAt(nameEnd) == ';') {
                i = nameEnd + 1;
                continue;
            }
            int start = nameEnd + 1;
            while (start < header.length() && (header.charAt(start) == ' ' || header.charAt(start) == '\t')) {
                start++;
            }
            StringBuilder text = new StringBuilder();
            if (start < header.length() && header.charAt(start) == '"') {
                i = quoted(header, start + 1, text);
                while (i < header.length() && header.charAt(i) != ';') {
                    i++;
                }
            } else {
                int end = header.indexOf(';', start);
                end = end < 0 ? header.length() : end;
                text.append(header.substring(start, end).strip());
                i = end;
            }
            i++;
            if (name.endsWith("*")) {
                String decoded = extended(text.toString().strip());
                if (decoded != null) {
                    extended.putIfAbsent(name.substring(0, name.length() - 1), decoded);
                }
            } else if (!name.isEmpty()) {
                plain.putIfAbsent(name, text.toString());
            }
        }
        plain.putAll(extended);
        return new HeaderValue(value, Map.copyOf(plain));
    }

    /** The parameter {@code name} (lower case), or null. */
    String param(String name) {
        return params.get(name);
    }

    /** Copy the quoted string starting after its opening quote into {@code out}; return the index after it. */
    private static int quoted(String header, int from, StringBuilder out) {
        int i = from;
        while (i < header.length()) {
            char c = header.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < header.length() && (header.charAt(i + 1) == '"' || header.charAt(i + 1) == '\\')) {
                out.append(header.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return i;
    }

    /** Decode {@code charset'language'percent-encoded}; null when malformed or the charset is unknown. */
    private static String extended(String text) {
        int first = text.indexOf('\'');
        int second = first < 0 ? -1 : text.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(text.substring(0, first).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = second + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
                int lo = hi < 0 ? -1 : hex(text.charAt(i + 2));
                if (lo < 0) {
                    return null;
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        return new String(bytes.toByteArray(), charset);
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /** The charset named by the {@code charset} parameter, or {@code fallback} when absent or unknown. */
    Charset charset(Charset fallback) {
        String name = params.get("charset");
        if (name == null) {
            return fallback;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
