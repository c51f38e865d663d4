package dev.jango.auth;

import dev.jango.http.Request;

/** The hidden CSRF token field for the built-in forms, empty when CSRF protection is not installed. */
final class CsrfField {

    private CsrfField() {}

    static String of(Request request) {
        return "";
    }
}
