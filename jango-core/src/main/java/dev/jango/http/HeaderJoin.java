package dev.jango.http;

import dev.jango.gateway.Headers;

/**
 * A request header's value as Django's {@code request.headers} gives it: fields of the same name joined with
 * {@code ","}, {@code Cookie} fields with {@code "; "}, and the first of a field a request may carry only once
 * ({@code Host}, {@code Content-Length}, {@code Content-Type}). Allocates nothing unless a name repeats.
 */
final class HeaderJoin {

    private HeaderJoin() {}

    /** The value of {@code name} in {@code headers}, or null when absent. */
    static String value(Headers headers, String name) {
        if (once(name)) {
            return headers.get(name);
        }
        return headers.join(name, name.length() == 6 && name.equalsIgnoreCase("Cookie") ? "; " : ",");
    }

    private static boolean once(String name) {
        return switch (name.length()) {
            case 4 -> name.equalsIgnoreCase("Host");
            case 12 -> name.equalsIgnoreCase("Content-Type");
            case 14 -> name.equalsIgnoreCase("Content-Length");
            default -> false;
        };
    }
}
