package dev.jango.middleware;

import dev.jango.http.Cookie;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.time.Duration;

/** The default {@link CsrfStorage}: the secret in a cookie, with the builder's {@code CSRF_COOKIE_*} settings. */
final class CookieCsrfStorage implements CsrfStorage {

    private final String name;
    private final Duration age;
    private final String domain;
    private final String path;
    private final boolean secure;
    private final boolean httpOnly;
    private final Cookie.SameSite sameSite;

    CookieCsrfStorage(String name, Duration age, String domain, String path, boolean secure, boolean httpOnly,
                      Cookie.SameSite sameSite) {
        this.name = name;
        this.age = age;
        this.domain = domain;
        this.path = path;
        this.secure = secure;
        this.httpOnly = httpOnly;
        this.sameSite = sameSite;
    }

    /** The cookie's domain ({@code CSRF_COOKIE_DOMAIN}), or null for this host only. */
    String domain() {
        return domain;
    }

    @Override
    public String read(Request request) {
        return request.cookies().get(name);
    }

    @Override
    public void write(Request request, Response response, String secret) {
        response.setCookie(Cookie.builder(name, secret).maxAge(age).domain(domain).path(path)
                .secure(secure).httpOnly(httpOnly).sameSite(sameSite).build());
    }

    @Override
    public String missingReason() {
        return "CSRF cookie not set.";
    }
}
