package dev.jango.contrib.auth;

import dev.jango.conf.CoreSettings;
import dev.jango.conf.Settings;
import dev.jango.contrib.sessions.Session;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.signing.SaltedHmac;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.middleware.Csrf;
import dev.jango.template.ContextProcessor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Logging users in and out, like Django's {@code django.contrib.auth} functions.
 *
 * <pre>{@code
 * Optional<User> user = Auth.authenticate(request, form.get("username"), form.get("password"));
 * if (user.isPresent()) {
 *     Auth.login(request, user.get());
 * }
 * }</pre>
 *
 * <p>The session remembers the user's id and a hash derived from their password hash and the secret key, so
 * changing the password logs the user out of every other session ({@link #updateSessionAuthHash} keeps the
 * current one). Needs {@code SessionMiddleware} and {@link AuthenticationMiddleware}.
 */
public final class Auth {

    static final String SESSION_KEY = "_auth_user_id";
    static final String HASH_SESSION_KEY = "_auth_user_hash";
    /** The user of a request, set by {@link AuthenticationMiddleware} and replaced by login and logout. */
    static final Attribute<LazyUser> USER = Attribute.named("user");
    private static final String HASH_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash";

    private Auth() {}

    /**
     * The auth app with {@link AuthenticationMiddleware} over {@code users}, for
     * {@code MiddlewareStack.defaults().install(Auth.app(users))}: the layer goes right after CSRF.
     */
    public static AuthConfig app(UserStore users) {
        return new AuthConfig(AuthenticationMiddleware.builder().users(users).build());
    }

    /** The auth app with {@code middleware} (configured by its builder), placed right after CSRF. */
    public static AuthConfig app(AuthenticationMiddleware middleware) {
        return new AuthConfig(middleware);
    }

    /**
     * The active user whose username and password these are, or empty. A password hashed with an older or
     * weaker scheme is re-hashed with the preferred one and stored. Unknown usernames cost as much time as
     * wrong passwords, so response times do not reveal which usernames exist.
     */
    public static Optional<User> authenticate(Request request, String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        AuthenticationMiddleware config = config(request);
        Optional<User> found = config.users().findByUsername(username);
        if (found.isEmpty()) {
            config.hashers().make(password); // the same work as a real check
            return Optional.empty();
        }
        User user = found.get();
        boolean matches = config.hashers().check(password, user.password(),
                upgraded -> config.users().setPassword(user.id(), upgraded));
        if (!matches || !user.isActive()) {
            return Optional.empty();
        }
        return config.users().findById(user.id());
    }

    /**
     * Log {@code user} in for the rest of this request and the session: the session key changes (against
     * session fixation), and a session that belonged to another user is emptied first; the CSRF token rotates.
     */
    public static void login(Request request, User user) {
        if (user == null || !user.isAuthenticated()) {
            throw new IllegalArgumentException("Auth.login needs a real user, not " + user);
        }
        AuthenticationMiddleware config = config(request);
        Session session = Session.of(request);
        String hash = sessionAuthHash(user, request.settings().get(CoreSettings.SECRET_KEY));
        Object current = session.get(SESSION_KEY);
        if (current == null) {
            session.cycleKey();
        } else if (!user.id().equals(current) || !equal(hash, session.get(HASH_SESSION_KEY))) {
            session.flush();
        }
        session.put(SESSION_KEY, user.id());
        session.put(HASH_SESSION_KEY, hash);
        request.setAttribute(USER, LazyUser.of(config, user));
        if (Csrf.isInstalled(request)) {
            Csrf.rotateToken(request); // a token seen before login is useless after it
        }
    }

    /** Log out: the session is flushed (its cookie deleted) and {@link #user Auth.user(request)} becomes anonymous. */
    public static void logout(Request request) {
        AuthenticationMiddleware config = config(request);
        Session.of(request).flush();
        request.setAttribute(USER, LazyUser.of(config, AnonymousUser.INSTANCE));
    }

    /**
     * Keep this session logged in after {@code user}'s password changed (other sessions are logged out by the
     * change). Call it in a password-change view after storing the new hash.
     */
    public static void updateSessionAuthHash(Request request, User user) {
        Session session = Session.of(request);
        session.cycleKey();
        if (user.id().equals(session.get(SESSION_KEY))) {
            session.put(HASH_SESSION_KEY, sessionAuthHash(user, request.settings().get(CoreSettings.SECRET_KEY)));
        }
    }

    /**
     * The user of {@code request}, like Django's {@code request.user}: found lazily, from the session, on first
     * use; the anonymous user when nobody is logged in.
     *
     * @throws ImproperlyConfigured when no {@link AuthenticationMiddleware} ran for it
     */
    public static User user(Request request) {
        LazyUser lazy = request.attribute(USER);
        if (lazy == null) {
            throw new ImproperlyConfigured("Auth.user(request) needs AuthenticationMiddleware: add "
                    + "AuthenticationMiddleware.builder().users(store).build() to the application's middleware, "
                    + "after SessionMiddleware");
        }
        return lazy.get();
    }

    /**
     * The {@code user} and {@code perms} context processor, like Django's
     * {@code django.contrib.auth.context_processors.auth}: {@code user} (the anonymous user when authentication is
     * not installed) and {@code perms}, a map-like view answering {@code perms['polls.add_question']} with whether
     * the user holds it.
     */
    public static ContextProcessor contextProcessor() {
        return request -> {
            User user = userOrAnonymous(request);
            Map<String, Object> context = new HashMap<>(2);
            context.put("user", user);
            context.put("perms", new Permissions(user));
            return context;
        };
    }

    private static User userOrAnonymous(Request request) {
        try {
            return user(request);
        } catch (ImproperlyConfigured notInstalled) {
            return AnonymousUser.INSTANCE;
        }
    }

    /** Django's session auth hash: the salted HMAC of the password hash under {@code secret}, as hex. */
    public static String sessionAuthHash(User user, String secret) {
        return SaltedHmac.hex(HASH_SALT, user.password(), secret);
    }

    /** The user the session names, checked against the current password hash; anonymous when it does not hold. */
    static User fromSession(Request request, AuthenticationMiddleware config) {
        Session session = Session.of(request);
        Object id = session.get(SESSION_KEY);
        if (!(id instanceof String userId)) {
            return AnonymousUser.INSTANCE;
        }
        Optional<User> found = config.users().findById(userId);
        if (found.isEmpty() || !found.get().isActive()) {
            session.flush();
            return AnonymousUser.INSTANCE;
        }
        User user = found.get();
        Object stored = session.get(HASH_SESSION_KEY);
        Settings settings = request.settings();
        String secretKey = settings.get(CoreSettings.SECRET_KEY);
        if (equal(sessionAuthHash(user, secretKey), stored)) {
            return user;
        }
        for (String fallback : settings.get(CoreSettings.SECRET_KEY_FALLBACKS)) {
            if (equal(sessionAuthHash(user, fallback), stored)) {
                session.put(HASH_SESSION_KEY, sessionAuthHash(user, secretKey));
                return user;
            }
        }
        session.flush(); // the password changed since this session logged in
        return AnonymousUser.INSTANCE;
    }

    static AuthenticationMiddleware config(Request request) {
        LazyUser lazy = request.attribute(USER);
        if (lazy == null) {
            throw new ImproperlyConfigured("Authentication needs AuthenticationMiddleware: add "
                    + "AuthenticationMiddleware.builder().users(store).build() to the application's middleware, "
                    + "after SessionMiddleware");
        }
        return lazy.config();
    }

    private static boolean equal(String expected, Object given) {
        return given instanceof String text && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_8));
    }
}
