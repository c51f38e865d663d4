package dev.jango.http;

import java.nio.charset.StandardCharsets;

/**
 * URI helpers of Django's {@code django.utils.encoding}: {@link #iriToUri} makes an IRI (a URL that may hold any
 * Unicode character) into the URI a {@code Location} field carries.
 */
public final class Uris {

    /** RFC 3986's reserved and unreserved characters, and {@code %}: what {@link #iriToUri} keeps as it is. */
    private static final boolean[] KEPT = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            KEPT[c] = true;
            KEPT[c - 'a' + 'A'] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            KEPT[c] = true;
        }
        for (char c : "-._~/#%[]=:;$&()+,!?*@'".toCharArray()) {
            KEPT[c] = true;
        }
    }

    private Uris() {}

    /**
     * Return {@code iri} as a URI, like Django's {@code iri_to_uri} (RFC 3987 3.1): every character other than
     * RFC 3986's reserved and unreserved ones and {@code %} is percent-encoded as UTF-8, so {@code /café/} becomes
     * {@code /caf%C3%A9/} and a space, a quote, a control character (CR, LF, NUL) or a non-ASCII one can never reach
     * the header as it is. Escapes already there are kept ({@code %} is not encoded again). Null gives null; a string
     * with nothing to encode comes back as it is.
     */
    public static String iriToUri(String iri) {
        if (iri == null) {
            return null;
        }
        int n = iri.length();
        int i = 0;
        while (i < n && kept(iri.charAt(i))) {
            i++;
        }
        if (i == n) {
            return iri;
        }
        StringBuilder uri = new StringBuilder(n + 16).append(iri, 0, i);
        while (i < n) {
            char c = iri.charAt(i);
            if (kept(c)) {
                uri.append(c);
                i++;
                continue;
            }
            int end = i + (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(iri.charAt(i + 1))
                    ? 2 : 1);
            // A lone surrogate encodes as '?' (3F): never as itself.
            for (byte b : iri.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i = end;
        }
        return uri.toString();
    }

    private static boolean kept(char c) {
        return c < 128 && KEPT[c];
    }
}
