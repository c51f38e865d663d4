package dev.jango.contrib.auth;

import dev.jango.http.Html;
import dev.jango.http.QueryDict;
import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.SafeUrls;
import dev.jango.template.TemplateDoesNotExist;
import dev.jango.template.TemplateEngine;
import dev.jango.template.Templates;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The login page, like Django's {@code LoginView}: GET shows a form, POST checks the username and password,
 * logs the user in and redirects to {@code next} (when it stays on this site) or the login redirect URL;
 * a failed attempt shows the form again with an error that does not say which field was wrong.
 *
 * <pre>{@code
 * path("accounts/login/", new LoginView(), "login"),
 * path("accounts/logout/", new LogoutView(), "logout")
 * }</pre>
 *
 * With a template engine configured, the page is the template {@value #TEMPLATE} (context: {@code next},
 * {@code username}, {@code error}); {@code jango-templates-pebble} ships one, and an app overrides it by
 * providing its own. Without an engine, a built-in page. The page is never cached. It needs
 * {@code SessionMiddleware} and {@link AuthenticationMiddleware}; with CSRF protection installed the form carries
 * its token.
 */
public final class LoginView implements View {

    /** The template shown when a template engine is configured; put your own first in the template path. */
    public static final String TEMPLATE = "registration/login.html";

    static final String ERROR = "Please enter a correct username and password. Note that both fields may be "
            + "case-sensitive.";

    private final boolean redirectAuthenticatedUser;
    private final Set<String> successUrlAllowedHosts;

    /** Django's defaults: a logged-in user sees the form too; {@code next} may only point at this host. */
    public LoginView() {
        this(false, Set.of());
    }

    /**
     * @param redirectAuthenticatedUser send users who are already logged in straight on, as after a login
     * @param successUrlAllowedHosts    further hosts {@code next} may point at
     */
    public LoginView(boolean redirectAuthenticatedUser, Set<String> successUrlAllowedHosts) {
        this.redirectAuthenticatedUser = redirectAuthenticatedUser;
        this.successUrlAllowedHosts = Set.copyOf(successUrlAllowedHosts);
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        String method = request.method();
        if (method.equals("GET") || method.equals("HEAD")) {
            if (redirectAuthenticatedUser && Auth.user(request).isAuthenticated()) {
                return Redirect.to(successUrl(request, request.query().get("next")));
            }
            return page(request, request.query().get("next", ""), "", null);
        }
        if (method.equals("OPTIONS")) {
            return Response.empty(200).header("Allow", "GET, POST, HEAD, OPTIONS"); // Django's View.options
        }
        if (!method.equals("POST")) {
            return Views.notAllowed(request, List.of("GET", "POST", "HEAD", "OPTIONS"));
        }
        QueryDict form = request.form();
        String username = form.get("username", "");
        var user = Auth.authenticate(request, username, form.get("password", ""));
        if (user.isEmpty()) {
            return page(request, form.get("next", ""), username, ERROR);
        }
        Auth.login(request, user.get());
        return Redirect.to(successUrl(request, form.get("next")));
    }

    private static boolean exists(TemplateEngine engine) {
        try {
            engine.template(TEMPLATE);
            return true;
        } catch (TemplateDoesNotExist e) {
            return false;
        }
    }

    /** {@code next} when it is safe to go to, else the login redirect URL. */
    String successUrl(Request request, String next) {
        if (next != null && !next.isEmpty()) {
            Set<String> hosts = new HashSet<>(successUrlAllowedHosts);
            hosts.add(request.host());
            if (SafeUrls.hasAllowedHostAndScheme(next, hosts, request.isSecure())) {
                return next;
            }
        }
        return Auth.config(request).loginRedirectUrl();
    }

    private static Response page(Request request, String next, String username, String error) {
        TemplateEngine engine = Templates.engine(request);
        if (engine != null && exists(engine)) {
            Map<String, Object> context = new HashMap<>();
            context.put("next", next);
            context.put("username", username);
            context.put("error", error);
            return NeverCache.apply(Templates.render(request, TEMPLATE, context));
        }
        StringBuilder html = new StringBuilder(1024).append("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Log in</title></head>
                <body><main><h1>Log in</h1>
                """);
        if (error != null) {
            html.append("<p class=\"errornote\" role=\"alert\">").append(Html.escape(error)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"\">\n").append(CsrfField.of(request))
                .append("<p><label for=\"id_username\">Username:</label> <input type=\"text\" name=\"username\" ")
                .append("id=\"id_username\" autocomplete=\"username\" autocapitalize=\"none\" maxlength=\"150\" ")
                .append("required autofocus value=\"").append(Html.escape(username)).append("\"></p>\n")
                .append("<p><label for=\"id_password\">Password:</label> <input type=\"password\" name=\"password\" ")
                .append("id=\"id_password\" autocomplete=\"current-password\" required></p>\n")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.escape(next)).append("\">\n")
                .append("<p><button type=\"submit\">Log in</button></p>\n</form></main></body></html>\n");
        return NeverCache.apply(Response.html(html.toString()));
    }
}
