package dev.jango.middleware;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Security headers and the HTTPS redirect, like Django's {@code SecurityMiddleware}.
 *
 * <p>Response phase: {@code Strict-Transport-Security} on secure requests when {@code hstsSeconds > 0}
 * (with {@code includeSubDomains} and {@code preload} as configured), {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy} (default {@code same-origin}) and {@code Cross-Origin-Opener-Policy} (default
 * {@code same-origin}); headers a view set itself are kept. Request phase: with {@code sslRedirect}, a plain
 * HTTP request is redirected (301) to HTTPS, unless its path (without the leading slash) matches one of
 * {@code redirectExempt}. Behind a TLS-terminating proxy, set {@code secureProxySslHeader} in the settings
 * so that {@code request.isSecure()} tells the truth.
 */
public final class SecurityMiddleware implements Middleware {

    private final String hsts;
    private final boolean noSniff;
    private final String referrerPolicy;
    private final String crossOriginOpenerPolicy;
    private final boolean sslRedirect;
    private final String sslHost;
    private final List<Pattern> redirectExempt;

    private SecurityMiddleware(Builder b) {
        StringBuilder header = new StringBuilder("max-age=").append(b.hsts.toSeconds());
        if (b.hstsIncludeSubdomains) {
            header.append("; includeSubDomains");
        }
        if (b.hstsPreload) {
            header.append("; preload");
        }
        this.hsts = b.hsts.isZero() ? null : header.toString();
        this.noSniff = b.noSniff;
        this.referrerPolicy = b.referrerPolicy;
        this.crossOriginOpenerPolicy = b.crossOriginOpenerPolicy;
        this.sslRedirect = b.sslRedirect;
        this.sslHost = b.sslHost;
        this.redirectExempt = b.redirectExempt.stream().map(Pattern::compile).toList();
    }

    /** Django's defaults: no HSTS, nosniff, same-origin referrer and opener policies, no redirect. */
    public SecurityMiddleware() {
        this(builder());
    }

    /** A builder starting from Django's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            if (sslRedirect && !request.isSecure() && !exempt(request)) {
                String host = sslHost != null ? sslHost : request.host();
                return Redirect.permanent("https://" + host + request.fullPath());
            }
            Response response = next.handle(request);
            if (hsts != null && request.isSecure() && response.header("Strict-Transport-Security") == null) {
                response.header("Strict-Transport-Security", hsts);
            }
            if (noSniff && response.header("X-Content-Type-Options") == null) {
                response.header("X-Content-Type-Options", "nosniff");
            }
            if (referrerPolicy != null && response.header("Referrer-Policy") == null) {
                response.header("Referrer-Policy", referrerPolicy);
            }
            if (crossOriginOpenerPolicy != null && response.header("Cross-Origin-Opener-Policy") == null) {
                response.header("Cross-Origin-Opener-Policy", crossOriginOpenerPolicy);
            }
            return response;
        };
    }

    private boolean exempt(Request request) {
        String path = request.pathInfo().substring(1);
        for (Pattern pattern : redirectExempt) {
            if (pattern.matcher(path).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Settings of {@link SecurityMiddleware}, with Django's names in Java form. */
    public static final class Builder {
        private Duration hsts = Duration.ZERO;
        private boolean hstsIncludeSubdomains;
        private boolean hstsPreload;
        private boolean noSniff = true;
        private String referrerPolicy = "same-origin";
        private String crossOriginOpenerPolicy = "same-origin";
        private boolean sslRedirect;
        private String sslHost;
        private List<String> redirectExempt = List.of();

        private Builder() {}

        /** HSTS max-age (SECURE_HSTS_SECONDS); zero sends no header. Start small: browsers remember it. */
        public Builder hsts(Duration maxAge) {
            this.hsts = maxAge;
            return this;
        }

        /** Add {@code includeSubDomains} to HSTS. */
        public Builder hstsIncludeSubdomains(boolean include) {
            this.hstsIncludeSubdomains = include;
            return this;
        }

        /** Add {@code preload} to HSTS. */
        public Builder hstsPreload(boolean preload) {
            this.hstsPreload = preload;
            return this;
        }

        /** Send {@code X-Content-Type-Options: nosniff} (default on). */
        public Builder contentTypeNosniff(boolean on) {
            this.noSniff = on;
            return this;
        }

        /** The Referrer-Policy, or null for none (default {@code same-origin}). */
        public Builder referrerPolicy(String policy) {
            this.referrerPolicy = policy;
            return this;
        }

        /** The Cross-Origin-Opener-Policy, or null for none (default {@code same-origin}). */
        public Builder crossOriginOpenerPolicy(String policy) {
            this.crossOriginOpenerPolicy = policy;
            return this;
        }

        /** Redirect plain HTTP to HTTPS (SECURE_SSL_REDIRECT). */
        public Builder sslRedirect(boolean redirect) {
            this.sslRedirect = redirect;
            return this;
        }

        /** Redirect to this host instead of the request's (SECURE_SSL_HOST). */
        public Builder sslHost(String host) {
            this.sslHost = host;
            return this;
        }

        /** Paths (regular expressions, matched at the start of the path without its leading slash) not redirected. */
        public Builder redirectExempt(String... patterns) {
            this.redirectExempt = List.of(patterns);
            return this;
        }

        /** The middleware. */
        public SecurityMiddleware build() {
            if (hsts.isNegative()) {
                throw new IllegalArgumentException("HSTS max-age must not be negative");
            }
            if (hstsPreload && hsts.toSeconds() < 31_536_000) {
                throw new ImproperlyConfigured("HSTS preload needs a max-age of at least "
                        + "one year (31536000 seconds); browsers' preload lists refuse less");
            }
            return new SecurityMiddleware(this);
        }
    }
}
