package dev.jango.middleware;

import dev.jango.http.Cookie;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-site request forgery protection with Django's algorithm ({@code CsrfViewMiddleware}).
 *
 * <p>Each user holds a random secret in a cookie ({@code csrftoken}; or elsewhere, such as the session, with
 * {@link Builder#storage}). Pages embed a masked token from {@link Csrf#token} in forms
 * ({@code csrfmiddlewaretoken}) or send it in the {@code X-CSRFToken} header. For every unsafe request
 * (not GET, HEAD, OPTIONS, TRACE) to a view not marked {@link Csrf#exempt}: an {@code Origin} header must
 * match this site or a trusted origin; without one, HTTPS requests need a {@code Referer} on this site or a
 * trusted one; then the token must carry the secret. Failures are 403s ({@link CsrfFailure}) that, with debug
 * on, say exactly why.
 */
public final class CsrfViewMiddleware implements ViewMiddleware {

    /**
     * Set by the in-process test client, which skips CSRF checks unless asked to enforce them (as Django's test
     * client does). Applications leave it alone; requests from a real server never carry it.
     */
    public static final ScopedValue<Boolean> SKIP_CHECKS = ScopedValue.newInstance();
    /** Django's {@code CSRF_COOKIE_AGE}: 52 weeks, 31,449,600 seconds (not 365 days). */
    public static final Duration DEFAULT_COOKIE_AGE = Duration.ofDays(52 * 7);
    /** The metadata key {@link Csrf#exempt} sets. */
    public static final String EXEMPT = "csrfExempt";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.security.csrf");

    private final CsrfStorage storage;
    private final String headerName;
    private final List<String> trustedExact;
    private final List<String[]> trustedSubdomains; // {scheme, ".domain"}
    private final List<String> trustedHosts;

    private CsrfViewMiddleware(Builder b) {
        storage = b.storage != null ? b.storage : new CookieCsrfStorage(b.cookieName, b.cookieAge, b.cookieDomain,
                b.cookiePath, b.cookieSecure, b.cookieHttpOnly, b.cookieSameSite);
        headerName = b.headerName;
        List<String> exact = new ArrayList<>();
        List<String[]> subdomains = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String origin : b.trustedOrigins) {
            int sep = origin.indexOf("://");
            if (sep <= 0) {
                throw new IllegalArgumentException("Trusted origin '" + origin + "' must start with a scheme, like "
                        + "https://example.com or https://*.example.com");
            }
            String scheme = origin.substring(0, sep).toLowerCase(Locale.ROOT);
            String netloc = origin.substring(sep + 3).toLowerCase(Locale.ROOT);
            if (netloc.startsWith("*")) {
                subdomains.add(new String[] {scheme, netloc.substring(1)});
                hosts.add(netloc.substring(1));
            } else {
                exact.add(scheme + "://" + netloc);
                hosts.add(netloc);
            }
        }
        trustedExact = List.copyOf(exact);
        trustedSubdomains = List.copyOf(subdomains);
        trustedHosts = List.copyOf(hosts);
    }

    /** Django's defaults. */
    public CsrfViewMiddleware() {
        this(builder());
    }

    /** A builder starting from Django's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            CsrfState state = new CsrfState(this, request);
            request.setAttribute(Csrf.STATE, state);
            Response response = next.handle(request);
            if (state.needsUpdate) {
                storage.write(request, response, state.secret());
                response.patchVary("Cookie");
            }
            return response;
        };
    }

    @Override
    public Response processView(Request request, View view, Kwargs kwargs) {
        if (SAFE.contains(request.method()) || Boolean.TRUE.equals(view.meta().get(EXEMPT))
                || SKIP_CHECKS.isBound() && SKIP_CHECKS.get()) {
            return null;
        }
        String reason = reject(request);
        if (reason != null) {
            LOG.warn("Forbidden (CSRF): {} {}: {}", request.method(), request.path(), reason);
            throw new CsrfFailure(reason);
        }
        return null;
    }

    /** Why {@code request} fails the checks, or null when it passes. */
    private String reject(Request request) {
        String origin = request.header("Origin");
        if (origin != null) {
            if (!originVerified(request, origin)) {
                return "Origin checking failed - " + origin + " does not match any trusted origins.";
            }
        } else if (request.isSecure()) {
            String problem = refererProblem(request);
            if (problem != null) {
                return problem;
            }
        }
        CsrfState state = Csrf.state(request);
        String secret = state.stored();
        if (secret == null) {
            return storage.missingReason();
        }
        String source = "POST";
        String token = request.method().equals("POST") ? request.form().get(Csrf.FORM_FIELD, "") : "";
        if (token.isEmpty()) {
            source = "the '" + headerName + "' HTTP header";
            token = request.header(headerName);
            if (token == null || token.isEmpty()) {
                return "CSRF token missing.";
            }
        }
        String format = CsrfTokens.formatProblem(token);
        if (format != null) {
            return "CSRF token from " + source + " " + format + ".";
        }
        return CsrfTokens.matches(token, secret) ? null : "CSRF token from " + source + " incorrect.";
    }

    private boolean originVerified(Request request, String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        if (lower.equals(request.scheme() + "://" + request.host().toLowerCase(Locale.ROOT))
                || trustedExact.contains(lower)) {
            return true;
        }
        URI uri = parse(lower);
        if (uri == null || uri.getScheme() == null || uri.getRawAuthority() == null) {
            return false;
        }
        for (String[] trusted : trustedSubdomains) {
            if (trusted[0].equals(uri.getScheme()) && sameDomain(uri.getRawAuthority(), trusted[1])) {
                return true;
            }
        }
        return false;
    }

    private String refererProblem(Request request) {
        String referer = request.header("Referer");
        if (referer == null) {
            return "Referer checking failed - no Referer.";
        }
        URI uri = parse(referer);
        if (uri == null || uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return "Referer checking failed - Referer is malformed.";
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return "Referer checking failed - Referer is insecure while host is secure.";
        }
        String netloc = uri.getRawAuthority().toLowerCase(Locale.ROOT);
        String domain = storage instanceof CookieCsrfStorage cookie ? cookie.domain() : null;
        String good = domain == null ? request.host().toLowerCase(Locale.ROOT)
                : request.port() == 443 || request.port() == 80 ? domain : domain + ":" + request.port();
        if (sameDomain(netloc, good)) {
            return null;
        }
        for (String host : trustedHosts) {
            if (sameDomain(netloc, host)) {
                return null;
            }
        }
        return "Referer checking failed - " + referer + " does not match any trusted origins.";
    }

    /** Django's {@code is_same_domain}: a pattern starting with '.' matches the domain and its subdomains. */
    private static boolean sameDomain(String host, String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        return pattern.startsWith(".") ? host.endsWith(pattern) || host.equals(pattern.substring(1))
                : host.equals(pattern);
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    String readSecret(Request request) {
        return storage.read(request);
    }

    /** Builds a {@link CsrfViewMiddleware}; names follow Django's {@code CSRF_*} settings. */
    public static final class Builder {
        private String cookieName = "csrftoken";
        private Duration cookieAge = DEFAULT_COOKIE_AGE;
        private String cookieDomain;
        private String cookiePath = "/";
        private boolean cookieSecure;
        private boolean cookieHttpOnly;
        private Cookie.SameSite cookieSameSite = Cookie.SameSite.LAX;
        private String headerName = "X-CSRFToken";
        private CsrfStorage storage;
        private final List<String> trustedOrigins = new ArrayList<>();

        private Builder() {}

        /** {@code CSRF_COOKIE_NAME}, default {@code csrftoken}. */
        public Builder cookieName(String name) {
            this.cookieName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** {@code CSRF_COOKIE_AGE}, default {@link #DEFAULT_COOKIE_AGE} (52 weeks). */
        public Builder cookieAge(Duration age) {
            this.cookieAge = Objects.requireNonNull(age, "age");
            return this;
        }

        /** {@code CSRF_COOKIE_DOMAIN} (for example {@code .example.com}), default this host only. */
        public Builder cookieDomain(String domain) {
            this.cookieDomain = domain;
            return this;
        }

        /** {@code CSRF_COOKIE_PATH}, default {@code /}. */
        public Builder cookiePath(String path) {
            this.cookiePath = Objects.requireNonNull(path, "path");
            return this;
        }

        /** {@code CSRF_COOKIE_SECURE}: HTTPS only; turn on in production. */
        public Builder cookieSecure(boolean secure) {
            this.cookieSecure = secure;
            return this;
        }

        /** {@code CSRF_COOKIE_HTTPONLY}, default off (scripts read the token from the page or the cookie). */
        public Builder cookieHttpOnly(boolean httpOnly) {
            this.cookieHttpOnly = httpOnly;
            return this;
        }

        /** {@code CSRF_COOKIE_SAMESITE}, default {@code Lax}. */
        public Builder cookieSameSite(Cookie.SameSite sameSite) {
            this.cookieSameSite = sameSite;
            return this;
        }

        /** {@code CSRF_HEADER_NAME}, default {@code X-CSRFToken}. */
        public Builder headerName(String name) {
            this.headerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Where the secret lives between requests, default the CSRF cookie (as the {@code cookie*} settings
         * describe; they apply to it alone). {@code storage(new SessionCsrfStorage())} keeps it in the session,
         * like Django's {@code CSRF_USE_SESSIONS}; null: back to the cookie.
         */
        public Builder storage(CsrfStorage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * {@code CSRF_TRUSTED_ORIGINS}: other origins allowed to post here, with a scheme
         * ({@code https://example.com}, {@code https://*.example.com} for every subdomain).
         */
        public Builder trustedOrigins(String... origins) {
            trustedOrigins.addAll(List.of(origins));
            return this;
        }

        /**
         * The middleware.
         *
         * @throws IllegalArgumentException when a trusted origin lacks a scheme
         */
        public CsrfViewMiddleware build() {
            return new CsrfViewMiddleware(this);
        }
    }
}
