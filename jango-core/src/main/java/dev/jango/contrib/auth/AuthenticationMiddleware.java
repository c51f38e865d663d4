package dev.jango.contrib.auth;

import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.http.Request;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import java.util.Objects;

/**
 * Gives every request its user ({@link Auth#user Auth.user(request)}), looked up lazily from the session, like Django's
 * {@code AuthenticationMiddleware}; and holds what the rest of authentication needs: the {@link UserStore},
 * the password hashers and the login URLs (Django's {@code LOGIN_URL}, {@code LOGIN_REDIRECT_URL},
 * {@code LOGOUT_REDIRECT_URL}).
 *
 * <p>Place it after {@code SessionMiddleware}. Requests that never call {@code Auth.user(request)} cost nothing.
 *
 * <pre>{@code
 * InMemoryUserStore users = new InMemoryUserStore(PasswordHashers.defaults());
 * AuthenticationMiddleware.builder().users(users).loginUrl("/accounts/login/").build()
 * }</pre>
 */
public final class AuthenticationMiddleware implements Middleware {

    private final UserStore users;
    private final PasswordHashers hashers;
    private final String loginUrl;
    private final String loginRedirectUrl;
    private final String logoutRedirectUrl;

    private AuthenticationMiddleware(Builder b) {
        this.users = b.users;
        this.hashers = b.hashers;
        this.loginUrl = b.loginUrl;
        this.loginRedirectUrl = b.loginRedirectUrl;
        this.logoutRedirectUrl = b.logoutRedirectUrl;
    }

    /** A builder; {@link Builder#users} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            attach(request);
            return next.handle(request);
        };
    }

    /**
     * Give {@code request} its lazily found user, outside the middleware chain (the test client logging in
     * uses this); the request must already have a session.
     */
    public void attach(Request request) {
        request.setAttribute(Auth.USER, LazyUser.of(this, request));
    }

    /** Where users are found. */
    public UserStore users() {
        return users;
    }

    /** The password hashers: the first hashes new passwords, all verify. */
    public PasswordHashers hashers() {
        return hashers;
    }

    /** Where {@code loginRequired} sends anonymous users; default {@code /accounts/login/}. */
    public String loginUrl() {
        return loginUrl;
    }

    /** Where the login view goes after a login without a safe {@code next}; default {@code /accounts/profile/}. */
    public String loginRedirectUrl() {
        return loginRedirectUrl;
    }

    /** Where the logout view goes, or null to show its own page. */
    public String logoutRedirectUrl() {
        return logoutRedirectUrl;
    }

    /** Builds an {@link AuthenticationMiddleware}. */
    public static final class Builder {
        private UserStore users;
        private PasswordHashers hashers = PasswordHashers.defaults();
        private String loginUrl = "/accounts/login/";
        private String loginRedirectUrl = "/accounts/profile/";
        private String logoutRedirectUrl;

        private Builder() {}

        /** Where users are found (required). */
        public Builder users(UserStore users) {
            this.users = Objects.requireNonNull(users, "users");
            return this;
        }

        /** The password hashers (default {@link PasswordHashers#defaults()}; use {@code forTests()} in tests). */
        public Builder hashers(PasswordHashers hashers) {
            this.hashers = Objects.requireNonNull(hashers, "hashers");
            return this;
        }

        /** Django's {@code LOGIN_URL}. */
        public Builder loginUrl(String url) {
            this.loginUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Django's {@code LOGIN_REDIRECT_URL}. */
        public Builder loginRedirectUrl(String url) {
            this.loginRedirectUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Django's {@code LOGOUT_REDIRECT_URL}; null shows the logout view's own page. */
        public Builder logoutRedirectUrl(String url) {
            this.logoutRedirectUrl = url;
            return this;
        }

        /**
         * The middleware.
         *
         * @throws IllegalStateException when no user store was given
         */
        public AuthenticationMiddleware build() {
            if (users == null) {
                throw new IllegalStateException("AuthenticationMiddleware needs a user store: "
                        + "AuthenticationMiddleware.builder().users(new InMemoryUserStore(hashers)) or your own UserStore");
            }
            return new AuthenticationMiddleware(this);
        }
    }
}
