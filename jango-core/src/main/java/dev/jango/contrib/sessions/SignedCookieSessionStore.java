package dev.jango.contrib.sessions;

import dev.jango.conf.CoreSettings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.conf.Settings;
import dev.jango.core.signing.Signing;
import dev.jango.core.signing.TimestampSigner;
import dev.jango.http.Request;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default store: the whole session travels in the cookie, signed with the secret key (and readable with
 * its fallbacks), compressed, and timestamped so it expires after the cookie age; no server state.
 *
 * <p>The cookie format is Django's {@code signed_cookies} engine's, so a Django and a Jango app sharing a secret
 * key read each other's sessions. The client can read (not change) the data: keep secrets out of it, and
 * keep it small (browsers drop cookies past about 4 KB). Logging out cannot invalidate a copy an attacker
 * captured until it expires; use a server-side store when that matters.
 */
public final class SignedCookieSessionStore implements SessionStore {

    /** The salt Django's signed-cookie session engine uses. */
    public static final String SALT = "django.contrib.sessions.backends.signed_cookies";
    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.security.SuspiciousSession");

    private final Clock clock;
    private volatile Keyed keyed;

    private record Keyed(Settings settings, TimestampSigner signer) {}

    /** A store using the system clock. */
    public SignedCookieSessionStore() {
        this(Clock.systemUTC());
    }

    /** A store whose timestamps come from {@code clock} (for expiry tests). */
    public SignedCookieSessionStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String load(String key, Duration maxAge, Request request) {
        try {
            return new String(Signing.loads(key, signer(request), maxAge), StandardCharsets.UTF_8);
        } catch (RuntimeException e) { // BadSignature, SignatureExpired, or a hostile value
            LOG.warn("Session cookie rejected ({}); starting an empty session", e.getMessage());
            return null;
        }
    }

    @Override
    public String save(String key, String data, Duration maxAge, Request request) {
        return Signing.dumps(data.getBytes(StandardCharsets.UTF_8), signer(request), true);
    }

    @Override
    public void delete(String key, Request request) {
        // nothing is stored: the middleware deletes the cookie
    }

    private TimestampSigner signer(Request request) {
        Settings settings = request.settings();
        Keyed current = keyed;
        if (current == null || current.settings() != settings) {
            if (settings.get(CoreSettings.SECRET_KEY).isBlank()) {
                throw new ImproperlyConfigured("Sessions kept in signed cookies (the default session store) need a "
                        + "secret key, with debug on too: set JANGO_SECRET_KEY, or .set(SECRET_KEY, ...) on "
                        + "Jango.builder() for development");
            }
            TimestampSigner signer = Signing.signer(settings.get(CoreSettings.SECRET_KEY)).salt(SALT)
                    .fallbackKeys(settings.get(CoreSettings.SECRET_KEY_FALLBACKS)).clock(clock).build();
            keyed = current = new Keyed(settings, signer);
        }
        return current.signer();
    }
}
