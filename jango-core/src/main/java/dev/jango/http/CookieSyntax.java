package dev.jango.http;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Cookie text rules shared by {@link Cookie} and {@link Cookies}: Python's quoting, and what may be sent. */
final class CookieSyntax {

    /** Python's {@code http.cookies} legal key characters; a value made only of these is sent unquoted. */
    private static final String LEGAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:";
    /** Characters a quoted value carries as they are; every other one below 256 becomes an octal escape. */
    private static final String UNESCAPED = LEGAL + " ()/<=>?@[]{}";
    /** Attribute names Python refuses as cookie names. */
    private static final Set<String> RESERVED =
            Set.of("expires", "path", "comment", "domain", "max-age", "secure", "httponly", "version", "samesite");

    private CookieSyntax() {}

    /** Python's {@code http.cookies._quote}: plain tokens as they are, anything else quoted and escaped. */
    static String quote(String value) {
        boolean plain = !value.isEmpty();
        for (int i = 0; i < value.length() && plain; i++) {
            plain = LEGAL.indexOf(value.charAt(i)) >= 0;
        }
        if (plain) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (UNESCAPED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                        .append((char) ('0' + (c & 7)));
            }
        }
        return out.append('"').toString();
    }

    /** Python's {@code http.cookies._unquote}: undo the quoting of a value in double quotes, else return it. */
    static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        String inner = value.substring(1, value.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 >= inner.length() || inner.charAt(i + 1) == '\n') {
                // Python's escape pattern is "\\." and its '.' does not match a newline.
                out.append(c);
                i++;
            } else if (isOctalEscape(inner, i)) {
                out.append((char) Integer.parseInt(inner.substring(i + 1, i + 4), 8));
                i += 4;
            } else {
                out.append(inner.charAt(i + 1));
                i += 2;
            }
        }
        return out.toString();
    }

    /** Refuse a name that is empty, has a character Python refuses in a name, or is an attribute name. */
    static void checkName(String name) {
        Objects.requireNonNull(name, "cookie name");
        if (hasLineBreakOrNul(name)) {
            throw new IllegalArgumentException("Cookie name '" + printable(name) + "' contains CR, LF or NUL");
        }
        for (int i = 0; i < name.length(); i++) {
            if (LEGAL.indexOf(name.charAt(i)) < 0) {
                throw new IllegalArgumentException("Cookie name '" + name + "' has '" + name.charAt(i)
                        + "', which is not allowed in a cookie name");
            }
        }
        if (name.isEmpty() || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Cookie name '" + name + "' is empty or an attribute name");
        }
    }

    /** Refuse a value with CR, LF or NUL, or a character that ISO-8859-1 header bytes cannot carry. */
    static void checkValue(String name, String value) {
        Objects.requireNonNull(value, "cookie value");
        if (hasLineBreakOrNul(value)) {
            throw new IllegalArgumentException("Cookie '" + name + "' has a value containing CR, LF or NUL");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("Cookie '" + name + "' has a value with a character beyond"
                        + " ISO-8859-1 (U+" + String.format("%04X", (int) value.charAt(i))
                        + "); encode it first (for example with Signing.dumps or percent-encoding)");
            }
        }
    }

    /** Refuse a Path or Domain with anything but printable ASCII, or with a ';' that would end it. */
    static void checkAttribute(String name, String attribute, String text) {
        if (text == null) {
            return;
        }
        if (hasLineBreakOrNul(text)) {
            throw new IllegalArgumentException("Cookie '" + name + "' has a " + attribute
                    + " containing CR, LF or NUL");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == ';') {
                throw new IllegalArgumentException("Cookie '" + name + "' has a " + attribute + " with U+"
                        + String.format("%04X", (int) c) + "; only printable ASCII other than ';' is allowed");
            }
        }
    }

    private static boolean isOctalEscape(String s, int backslash) {
        return backslash + 3 < s.length()
                && s.charAt(backslash + 1) >= '0' && s.charAt(backslash + 1) <= '3'
                && s.charAt(backslash + 2) >= '0' && s.charAt(backslash + 2) <= '7'
                && s.charAt(backslash + 3) >= '0' && s.charAt(backslash + 3) <= '7';
    }

    private static boolean hasLineBreakOrNul(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0;
    }

    private static String printable(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
    }
}
