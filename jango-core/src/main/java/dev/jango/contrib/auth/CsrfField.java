package dev.jango.contrib.auth;

import dev.jango.http.Request;
import dev.jango.middleware.Csrf;

/** The hidden CSRF token field for the built-in forms, empty when CSRF protection is not installed. */
final class CsrfField {

    private CsrfField() {}

    static String of(Request request) {
        if (!Csrf.isInstalled(request)) {
            return "";
        }
        return "<input type=\"hidden\" name=\"" + Csrf.FORM_FIELD + "\" value=\"" + Csrf.token(request) + "\">\n";
    }
}
