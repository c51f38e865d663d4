package dev.jango.contrib.auth;

import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.SafeUrls;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.util.List;
import java.util.Set;

/**
 * Logging out, like Django's {@code LogoutView}: POST only (a link or image on another site cannot log users
 * out), then a redirect to a safe {@code next}, the logout redirect URL, or a short "logged out" page.
 */
public final class LogoutView implements View {

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        if (request.method().equals("OPTIONS")) {
            return Response.empty(200).header("Allow", "POST, OPTIONS"); // Django's View.options
        }
        if (!request.method().equals("POST")) {
            return Views.notAllowed(request, List.of("POST", "OPTIONS"));
        }
        Auth.logout(request);
        String next = request.form().get("next", request.query().get("next"));
        if (next != null && SafeUrls.hasAllowedHostAndScheme(next, Set.of(request.host()), request.isSecure())) {
            return Redirect.to(next);
        }
        String configured = Auth.config(request).logoutRedirectUrl();
        if (configured != null) {
            return Redirect.to(configured);
        }
        return NeverCache.apply(Response.html("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Logged out</title></head>\n<body><main><h1>Logged out</h1><p>You have been logged out.</p>"
                + "</main></body></html>\n"));
    }
}
