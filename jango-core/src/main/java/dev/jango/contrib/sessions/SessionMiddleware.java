package dev.jango.contrib.sessions;

import dev.jango.http.Cookie;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request a {@link Session} ({@code Session.of(request)}), like Django's {@code SessionMiddleware},
 * with Django's session settings as builder methods.
 *
 * <p>Response phase: when the request had a session cookie and the session is now empty (after
 * {@code flush()}, say), the cookie is deleted; when the session was read, {@code Vary: Cookie} is added;
 * when it was modified (or {@link Builder#saveEveryRequest} is on) and is not empty, it is saved and the
 * cookie set, unless the response is a 5xx. Sessions are stored by a {@link SessionStore}: by default
 * {@link SignedCookieSessionStore}, which needs no server state.
 *
 * <pre>{@code
 * SessionMiddleware.builder().store(new InMemorySessionStore()).cookieSecure(true).build()
 * }</pre>
 */
public final class SessionMiddleware implements Middleware {

    /** Django's default {@code SESSION_COOKIE_AGE}: two weeks. */
    public static final Duration DEFAULT_COOKIE_AGE = Duration.ofDays(14);
    private static final int COOKIE_SIZE_WARNING = 4093;
    private static final Logger LOG = LoggerFactory.getLogger(SessionMiddleware.class);

    private final SessionStore store;
    private final String cookieName;
    private final Duration cookieAge;
    private final String cookieDomain;
    private final String cookiePath;
    private final boolean cookieSecure;
    private final boolean cookieHttpOnly;
    private final Cookie.SameSite cookieSameSite;
    private final boolean saveEveryRequest;
    private final boolean expireAtBrowserClose;
    private final Clock clock;

    private SessionMiddleware(Builder b) {
        this.store = b.store != null ? b.store : new SignedCookieSessionStore(b.clock);
        this.cookieName = b.cookieName;
        this.cookieAge = b.cookieAge;
        this.cookieDomain = b.cookieDomain;
        this.cookiePath = b.cookiePath;
        this.cookieSecure = b.cookieSecure;
        this.cookieHttpOnly = b.cookieHttpOnly;
        this.cookieSameSite = b.cookieSameSite;
        this.saveEveryRequest = b.saveEveryRequest;
        this.expireAtBrowserClose = b.expireAtBrowserClose;
        this.clock = b.clock;
    }

    /** Django's defaults, sessions in signed cookies. */
    public SessionMiddleware() {
        this(builder());
    }

    /** A builder starting from Django's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Session session = attach(request);
            Response response = next.handle(request);
            return finish(session, request.cookies().containsKey(cookieName), response);
        };
    }

    private Response finish(Session session, boolean hadCookie, Response response) {
        boolean empty = session.isEmpty();
        if (hadCookie && empty) {
            response.setCookie(Cookie.delete(cookieName, cookiePath, cookieDomain, cookieSameSite));
            response.patchVary("Cookie");
            return response;
        }
        if (session.isAccessed()) {
            response.patchVary("Cookie");
        }
        if ((session.isModified() || saveEveryRequest) && !empty && response.status() < 500) {
            session.save();
            response.setCookie(cookie(session));
        }
        return response;
    }

    private Cookie cookie(Session session) {
        String key = session.sessionKey();
        if (key.length() > COOKIE_SIZE_WARNING) {
            LOG.warn("The session cookie is {} bytes; browsers drop cookies over about 4 KB. Store less in the "
                    + "session or use a server-side SessionStore.", key.length());
        }
        Cookie.Builder cookie = Cookie.builder(cookieName, key).path(cookiePath).domain(cookieDomain)
                .secure(cookieSecure).httpOnly(cookieHttpOnly).sameSite(cookieSameSite).clock(clock);
        if (!session.expireAtBrowserClose()) {
            Duration age = session.expiryAge();
            cookie.maxAge(age);
        }
        return cookie.build();
    }

    SessionStore store() {
        return store;
    }

    Duration cookieAge() {
        return cookieAge;
    }

    boolean expireAtBrowserClose() {
        return expireAtBrowserClose;
    }

    Clock clock() {
        return clock;
    }

    /** The name of the session cookie. */
    public String cookieName() {
        return cookieName;
    }

    /**
     * Give {@code request} its session, from its cookie; the middleware does this for every request, and code
     * working outside the chain (the test client logging a user in) can too.
     */
    public Session attach(Request request) {
        String cookie = request.cookies().get(cookieName);
        Session session = new Session(store, this, request, cookie == null || cookie.isEmpty() ? null : cookie);
        request.setAttribute(Session.KEY, session);
        return session;
    }

    /** Save {@code session} now (outside the chain, see {@link #attach}) and return the cookie that carries it. */
    public Cookie save(Session session) {
        session.save();
        return cookie(session);
    }

    /** Builds a {@link SessionMiddleware}; names follow Django's {@code SESSION_*} settings. */
    public static final class Builder {
        private SessionStore store;
        private String cookieName = "sessionid";
        private Duration cookieAge = DEFAULT_COOKIE_AGE;
        private String cookieDomain;
        private String cookiePath = "/";
        private boolean cookieSecure;
        private boolean cookieHttpOnly = true;
        private Cookie.SameSite cookieSameSite = Cookie.SameSite.LAX;
        private boolean saveEveryRequest;
        private boolean expireAtBrowserClose;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Where sessions are kept (Django's {@code SESSION_ENGINE}); default: signed cookies. */
        public Builder store(SessionStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** {@code SESSION_COOKIE_NAME}, default {@code sessionid}. */
        public Builder cookieName(String name) {
            this.cookieName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** {@code SESSION_COOKIE_AGE}, default two weeks; must be positive. */
        public Builder cookieAge(Duration age) {
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("The session cookie age must be positive, not " + age);
            }
            this.cookieAge = age;
            return this;
        }

        /** {@code SESSION_COOKIE_DOMAIN}, default none (this host only). */
        public Builder cookieDomain(String domain) {
            this.cookieDomain = domain;
            return this;
        }

        /** {@code SESSION_COOKIE_PATH}, default {@code /}. */
        public Builder cookiePath(String path) {
            this.cookiePath = Objects.requireNonNull(path, "path");
            return this;
        }

        /** {@code SESSION_COOKIE_SECURE}: send the cookie over HTTPS only; turn on in production. */
        public Builder cookieSecure(boolean secure) {
            this.cookieSecure = secure;
            return this;
        }

        /** {@code SESSION_COOKIE_HTTPONLY}, default on: scripts cannot read the cookie. */
        public Builder cookieHttpOnly(boolean httpOnly) {
            this.cookieHttpOnly = httpOnly;
            return this;
        }

        /** {@code SESSION_COOKIE_SAMESITE}, default {@code Lax}; null for none. */
        public Builder cookieSameSite(Cookie.SameSite sameSite) {
            this.cookieSameSite = sameSite;
            return this;
        }

        /** {@code SESSION_SAVE_EVERY_REQUEST}: save (and extend) the session on every request, not only on change. */
        public Builder saveEveryRequest(boolean save) {
            this.saveEveryRequest = save;
            return this;
        }

        /** {@code SESSION_EXPIRE_AT_BROWSER_CLOSE}: session cookies without an age, unless a session sets one. */
        public Builder expireAtBrowserClose(boolean expire) {
            this.expireAtBrowserClose = expire;
            return this;
        }

        /** The clock for expiry and cookie dates, for tests that move time instead of sleeping. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The middleware.
         *
         * @throws IllegalArgumentException when {@code SameSite=None} is asked for without {@code cookieSecure}
         */
        public SessionMiddleware build() {
            if (cookieSameSite == Cookie.SameSite.NONE && !cookieSecure) {
                throw new IllegalArgumentException("cookieSameSite(NONE) needs cookieSecure(true): browsers refuse "
                        + "SameSite=None cookies without Secure");
            }
            return new SessionMiddleware(this);
        }
    }
}
