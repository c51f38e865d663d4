package dev.jango.test;

import dev.jango.gateway.Headers;
import dev.jango.http.Preconditions;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The client's cookies: stored from {@code Set-Cookie}, sent back in {@code Cookie}. */
final class CookieJar {

    private record Cookie(String value, boolean secure) {}

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    /** Store or delete cookies as the response's {@code Set-Cookie} fields say. */
    void update(Headers responseHeaders) {
        for (String field : responseHeaders.getAll("Set-Cookie")) {
            String[] parts = field.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = unquote(parts[0].substring(eq + 1).strip());
            boolean secure = false;
            Boolean maxAgeExpired = null; // Max-Age wins over Expires (RFC 6265 5.3)
            boolean expiresPast = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip();
                String lower = attribute.toLowerCase(Locale.ROOT);
                if (lower.equals("secure")) {
                    secure = true;
                } else if (lower.startsWith("max-age=")) {
                    try {
                        maxAgeExpired = Long.parseLong(attribute.substring(8).strip()) <= 0;
                    } catch (NumberFormatException ignored) {
                        // an unreadable Max-Age is ignored, as browsers do
                    }
                } else if (lower.startsWith("expires=")) {
                    expiresPast = isPast(attribute.substring(8).strip());
                }
            }
            if (maxAgeExpired != null ? maxAgeExpired : expiresPast) {
                cookies.remove(name);
            } else {
                cookies.put(name, new Cookie(value, secure));
            }
        }
    }

    /** The {@code Cookie} header value for a request, or null when there is nothing to send. */
    String header(boolean https) {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, cookie) -> {
            if (!cookie.secure() || https) {
                if (!header.isEmpty()) {
                    header.append("; ");
                }
                header.append(name).append('=').append(cookie.value());
            }
        });
        return header.isEmpty() ? null : header.toString();
    }

    void put(String name, String value) {
        cookies.put(name, new Cookie(value, false));
    }

    void clear() {
        cookies.clear();
    }

    Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        cookies.forEach((name, cookie) -> values.put(name, cookie.value()));
        return Collections.unmodifiableMap(values);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean isPast(String date) {
        Instant when = Preconditions.parseHttpDate(date);
        return when != null && when.isBefore(Instant.now());
    }
}
