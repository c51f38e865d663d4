package dev.jango.contrib.sessions;

import dev.jango.http.Request;
import java.time.Duration;

/**
 * Where sessions live: the SPI behind {@link SessionMiddleware}, like a Django session engine.
 *
 * <p>A store keeps encoded session data (JSON text) under a key. Server-side stores make up a new random key
 * for new data and never accept a key they did not make, so a client cannot choose its own session key
 * (session fixation). {@link SignedCookieSessionStore} keeps no state: the "key" is the signed data itself.
 * Implementations are thread-safe; a store that cannot reach its backend throws
 * {@link dev.jango.core.exceptions.ServiceUnavailable}.
 */
public interface SessionStore {

    /**
     * The data stored under {@code key}, or null when there is none: unknown, expired, tampered with or
     * unreadable keys all read as no data.
     *
     * @param maxAge the longest a session may live (the session cookie's age), for stores that cannot
     *               expire entries themselves
     */
    String load(String key, Duration maxAge, Request request);

    /**
     * Store {@code data} for {@code maxAge} and return the key to send in the cookie: a new key when
     * {@code key} is null, else the same key (or, for a cookie store, the new signed data).
     *
     * @throws SessionInterrupted when {@code key} was deleted meanwhile (a concurrent logout, say)
     */
    String save(String key, String data, Duration maxAge, Request request);

    /** Forget {@code key}; no error when it does not exist. */
    void delete(String key, Request request);
}
