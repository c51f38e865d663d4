package dev.jango.http;

import dev.jango.gateway.HttpDate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One cookie to set with a {@code Set-Cookie} header, with Django's {@code set_cookie} semantics.
 *
 * <p>Build it with {@link #builder}, which derives {@code Expires} from a max age and the other way round as Django
 * does, or {@link #delete} to expire one. {@code maxAge} is whole seconds and {@code expires} a whole second (both
 * null when absent), {@code path}, {@code domain} and {@code sameSite} null when absent. {@link #toHeaderValue()}
 * renders it as Django (through Python's {@code http.cookies}) does, attribute for attribute: a value that is not
 * a plain token is sent in double quotes with {@code \"}, {@code \\} and {@code \ooo} octal escapes, which
 * {@link Cookies#parse} and Django undo. {@link #toString()} leaves the value out, as it may be a secret.
 */
public record Cookie(String name, String value, Duration maxAge, Instant expires, String path, String domain,
        boolean secure, boolean httpOnly, SameSite sameSite) {

    /** The cookie's {@code SameSite} attribute. */
    public enum SameSite {
        /** Sent on top-level navigations from other sites, not on their subrequests. */
        LAX("Lax"),
        /** Never sent on requests from other sites. */
        STRICT("Strict"),
        /** Sent on every request; browsers accept it only with {@code Secure}. */
        NONE("None");

        private final String attribute;

        SameSite(String attribute) {
            this.attribute = attribute;
        }

        /** The attribute value as sent: {@code Lax}, {@code Strict} or {@code None}. */
        public String attribute() {
            return attribute;
        }
    }

    private static final Instant FIRST_RENDERABLE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_RENDERABLE = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * Check the cookie can be sent, and round {@code maxAge} and {@code expires} to whole seconds.
     *
     * @throws IllegalArgumentException naming the cookie when its name is not a token or is an attribute name;
     *     when name, value, path or domain has CR, LF or NUL; when the value has a character beyond ISO-8859-1, or
     *     path or domain one outside printable ASCII or a ';'; when {@code SameSite=None} lacks {@code Secure}; or
     *     when the expiry is outside the years 1 to 9999
     */
    public Cookie {
        CookieSyntax.checkName(name);
        CookieSyntax.checkValue(name, value);
        CookieSyntax.checkAttribute(name, "path", path);
        CookieSyntax.checkAttribute(name, "domain", domain);
        if (sameSite == SameSite.NONE && !secure) {
            throw new IllegalArgumentException("Cookie '" + name
                    + "' has SameSite=None without Secure, which browsers reject; make it secure(true)");
        }
        if (expires != null && (expires.isBefore(FIRST_RENDERABLE) || expires.isAfter(LAST_RENDERABLE))) {
            throw new IllegalArgumentException("Cookie '" + name + "' has an expiry outside the years 1 to 9999");
        }
        // Whole seconds, truncated towards zero as Django's int(max_age).
        maxAge = maxAge == null ? null
                : Duration.ofSeconds(maxAge.isNegative() && maxAge.getNano() > 0 ? maxAge.getSeconds() + 1
                        : maxAge.getSeconds());
        expires = expires == null ? null : Instant.ofEpochSecond(expires.getEpochSecond());
    }

    /** Start a cookie named {@code name} holding {@code value}, with path {@code "/"} and no other attribute. */
    public static Builder builder(String name, String value) {
        return new Builder(name, value);
    }

    /**
     * A cookie that makes the browser drop {@code name}: empty, {@code Max-Age=0}, expired in 1970, as Django's
     * {@code delete_cookie}; {@code path} and {@code domain} must be those it was set with ({@code null}: none).
     * Secure when the name starts with {@code __Secure-} or {@code __Host-}, or when {@code sameSite} is
     * {@link SameSite#NONE} ({@code sameSite} may be null).
     *
     * @throws IllegalArgumentException when the name, path or domain cannot be sent
     */
    public static Cookie delete(String name, String path, String domain, SameSite sameSite) {
        boolean secure = name != null && (name.startsWith("__Secure-") || name.startsWith("__Host-"))
                || sameSite == SameSite.NONE;
        return new Cookie(name, "", Duration.ZERO, Instant.EPOCH, path, domain, secure, false, sameSite);
    }

    /** {@link #delete(String, String, String, SameSite)} without a {@code SameSite} attribute. */
    public static Cookie delete(String name, String path, String domain) {
        return delete(name, path, domain, null);
    }

    /**
     * Return this cookie with another value and every attribute kept (dates are not recomputed).
     *
     * @throws IllegalArgumentException when the value cannot be sent
     */
    public Cookie withValue(String value) {
        return new Cookie(name, Objects.requireNonNull(value, "value"), maxAge, expires, path, domain, secure,
                httpOnly, sameSite);
    }

    /**
     * Render the {@code Set-Cookie} field value, with Django's attribute order and spelling, for example
     * {@code id=42; expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Max-Age=0; Path=/; SameSite=Lax; Secure}.
     */
    public String toHeaderValue() {
        StringBuilder out = new StringBuilder(64).append(name).append('=').append(CookieSyntax.quote(value));
        if (domain != null) {
            out.append("; Domain=").append(domain);
        }
        if (expires != null) {
            out.append("; expires=").append(HttpDate.format(expires));
        }
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (maxAge != null) {
            out.append("; Max-Age=").append(maxAge.getSeconds());
        }
        if (path != null) {
            out.append("; Path=").append(path);
        }
        if (sameSite != null) {
            out.append("; SameSite=").append(sameSite.attribute());
        }
        if (secure) {
            out.append("; Secure");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Cookie[" + name + "]";
    }

    /** Settings for a {@link Cookie}; not thread-safe. */
    public static final class Builder {

        private final String name;
        private final String value;
        private Duration maxAge;
        private Instant expires;
        private String path = "/";
        private String domain;
        private boolean secure;
        private boolean httpOnly;
        private SameSite sameSite;
        private Clock clock = Clock.systemUTC();

        private Builder(String name, String value) {
            this.name = name;
            this.value = Objects.requireNonNull(value, "value");
        }

        /** Keep the cookie for {@code maxAge}; {@code Expires} is set to now plus it too, as Django does. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** Keep the cookie until {@code expires}; {@code Max-Age} is set to the seconds left too, as Django does. */
        public Builder expires(Instant expires) {
            this.expires = expires;
            return this;
        }

        /** Send the cookie only under {@code path} ({@code "/"} unless set; {@code null}: no Path attribute). */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Send the cookie to {@code domain} and its subdomains too ({@code null}: the host that set it only). */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** Send the cookie over HTTPS only. */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /** Hide the cookie from scripts in the page. */
        public Builder httpOnly(boolean httpOnly) {
            this.httpOnly = httpOnly;
            return this;
        }

        /** Set the {@code SameSite} attribute ({@code null}: none); {@link SameSite#NONE} needs {@code secure}. */
        public Builder sameSite(SameSite sameSite) {
            this.sameSite = sameSite;
            return this;
        }

        /** Read "now" from {@code clock} when turning a max age into an expiry date and back. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Make the cookie.
         *
         * @throws IllegalArgumentException when both max age and expiry are given, or the cookie cannot be sent
         *     (see {@link Cookie})
         */
        public Cookie build() {
            if (maxAge != null && expires != null) {
                throw new IllegalArgumentException("Cookie '" + name + "': expires and maxAge can't be used together");
            }
            Instant now = clock.instant();
            Duration age = maxAge;
            Instant until = expires;
            if (maxAge != null) {
                until = expiryAfter(now, maxAge);
            } else if (expires != null) {
                Duration left = Duration.between(now, expires);
                long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0); // rounded up
                age = Duration.ofSeconds(Math.max(0, seconds));
            }
            return new Cookie(name, value, age, until, path, domain, secure, httpOnly, sameSite);
        }

        /** Now plus {@code maxAge}, kept within what an {@code Expires} can say (the constructor refuses past 9999). */
        private static Instant expiryAfter(Instant now, Duration maxAge) {
            if (maxAge.compareTo(Duration.between(now, Instant.EPOCH)) < 0) {
                return Instant.EPOCH;
            }
            if (maxAge.compareTo(Duration.between(now, LAST_RENDERABLE)) > 0) {
                return LAST_RENDERABLE.plusSeconds(1);
            }
            return now.plus(maxAge);
        }
    }
}
