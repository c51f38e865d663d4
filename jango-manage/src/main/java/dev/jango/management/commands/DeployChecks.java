package dev.jango.management.commands;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;

import dev.jango.Jango;
import dev.jango.conf.Settings;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import dev.jango.http.Cookie;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.Csrf;
import dev.jango.management.base.CheckMessage;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.SecurityMiddleware;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Django's {@code check --deploy}: settings that are fine in development and wrong in production.
 *
 * <p>What the middleware does is found by sending it a probe request in-process (no server, no view, nothing
 * stored): an HTTPS GET shows whether HSTS is on, a plain one whether HTTP is redirected, and a page asking for
 * a CSRF token whether the CSRF cookie is {@code Secure}. Session cookies are not probed, because saving a
 * session would write to the app's session store.
 */
final class DeployChecks {

    /** Django's minimum for a secret key: 50 characters, at least 5 different ones. */
    static final int SECRET_KEY_MIN_LENGTH = 50;
    static final int SECRET_KEY_MIN_UNIQUE = 5;

    private DeployChecks() {}

    static List<CheckMessage> run(Jango app) {
        Settings settings = app.settings();
        List<CheckMessage> messages = new ArrayList<>();
        if (settings.get(DEBUG)) {
            messages.add(CheckMessage.warning("security.W018", "debug is on: error pages show code, settings and "
                    + "requests to anyone.", "Turn it off in production: JANGO_DEBUG=false."));
        }
        String key = settings.get(SECRET_KEY);
        if (key.length() < SECRET_KEY_MIN_LENGTH || key.chars().distinct().count() < SECRET_KEY_MIN_UNIQUE
                || key.startsWith("django-insecure-") || key.contains("not-for-production")) {
            messages.add(CheckMessage.warning("security.W009", "The secret key has fewer than "
                    + SECRET_KEY_MIN_LENGTH + " characters or fewer than " + SECRET_KEY_MIN_UNIQUE + " different "
                    + "ones, or it is a development key: sessions and signatures can be forged.",
                    "Set JANGO_SECRET_KEY to a long random value, e.g. from "
                            + "`openssl rand -base64 48`, and keep it out of source control."));
        }
        List<Middleware> stack = app.middleware();
        Optional<SecurityMiddleware> security = find(stack, SecurityMiddleware.class);
        if (security.isEmpty()) {
            messages.add(CheckMessage.warning("security.W001", "SecurityMiddleware is not in the middleware: no "
                    + "HSTS, nosniff, referrer policy or HTTPS redirect.", "Add new SecurityMiddleware() (or "
                    + "SecurityMiddleware.builder()...build()) near the top of the middleware."));
        } else {
            String host = probeHost(settings);
            Response https = probe(security.get(), settings, "https", host, request -> Response.text("probe"));
            if (https != null && https.header("Strict-Transport-Security") == null) {
                messages.add(CheckMessage.warning("security.W004", "HSTS is off: browsers will still try plain HTTP "
                        + "first, where the connection can be intercepted.", "Once the whole site works over HTTPS, "
                        + "set SecurityMiddleware.builder().hsts(Duration.ofDays(365)); start with a short time."));
            }
            Response http = probe(security.get(), settings, "http", host, request -> Response.text("probe"));
            if (http != null && !redirectsToHttps(http)) {
                messages.add(CheckMessage.warning("security.W008", "Plain HTTP requests are not redirected to HTTPS.",
                        "Set SecurityMiddleware.builder().sslRedirect(true), unless a proxy in front redirects "
                                + "(then also set SECURE_PROXY_SSL_HEADER)."));
            }
        }
        if (find(stack, XFrameOptionsMiddleware.class).isEmpty()) {
            messages.add(CheckMessage.warning("security.W002", "XFrameOptionsMiddleware is not in the middleware: "
                    + "other sites can frame your pages (clickjacking).", "Add new XFrameOptionsMiddleware(\"DENY\")."));
        }
        Optional<CsrfViewMiddleware> csrf = find(stack, CsrfViewMiddleware.class);
        if (csrf.isEmpty()) {
            messages.add(CheckMessage.warning("security.W003", "CsrfViewMiddleware is not in the middleware: forms "
                    + "have no CSRF protection.", "Add CsrfViewMiddleware (Jango.defaultMiddleware() has it)."));
        } else {
            Response page = probe(csrf.get(), settings, "https", probeHost(settings), request -> {
                Csrf.token(request);
                return Response.text("probe");
            });
            Cookie cookie = page == null ? null : page.cookies().values().stream().findFirst().orElse(null);
            if (cookie != null && !cookie.secure()) {
                messages.add(CheckMessage.warning("security.W016", "The CSRF cookie is not marked Secure: it can "
                        + "leak over plain HTTP.", "Set CsrfViewMiddleware.builder().cookieSecure(true)."));
            }
        }
        return messages;
    }

    private static boolean redirectsToHttps(Response response) {
        String location = response.header("Location");
        return response.status() / 100 == 3 && location != null && location.startsWith("https://");
    }

    /** {@code layer} around {@code inner}, given one GET; null when the layer cannot be probed on its own. */
    private static Response probe(Middleware layer, Settings settings, String scheme, String host, Handler inner) {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", "https".equals(scheme) ? 443 : 80);
        GatewayRequest gateway = new GatewayRequest("GET", scheme, "", "/", "", "HTTP/1.1",
                Headers.of("Host", host), InputStream.nullInputStream(), new InetSocketAddress("127.0.0.1", 50000),
                local);
        try {
            return layer.wrap(inner).handle(Request.from(gateway, settings));
        } catch (Exception e) { // a layer that needs others around it (a session, say): no verdict
            return null;
        }
    }

    /** A host the app accepts: the first concrete allowed host, else {@code localhost}. */
    private static String probeHost(Settings settings) {
        for (String host : settings.get(ALLOWED_HOSTS)) {
            String name = host.startsWith(".") ? host.substring(1) : host;
            if (!name.isEmpty() && !name.equals("*")) {
                return name;
            }
        }
        return "localhost";
    }

    private static <T> Optional<T> find(List<Middleware> stack, Class<T> type) {
        return stack.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
