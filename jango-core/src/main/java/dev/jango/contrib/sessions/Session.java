package dev.jango.contrib.sessions;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Attribute;
import dev.jango.http.Json;
import dev.jango.http.Request;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visitor's session: a map of JSON values kept between requests, like Django's {@code request.session}.
 *
 * <p>Get it with {@link #of Session.of(request)} once {@link SessionMiddleware} is installed. Data is loaded from the
 * store on first use and saved when the response goes out, only if it was modified (or on every request when
 * the middleware says so), never for a 5xx response. Values are stored as JSON, never with Java serialisation:
 * {@link #put} accepts anything {@link Json} can write (strings, numbers, booleans, lists, maps, records, java.time
 * values) and stores its JSON form, so {@link #get(String)} returns maps for records and ISO-8601 strings for
 * java.time values; {@link #get(String, Class)} converts back.
 * Changing a list or map obtained from the session does not mark it modified: call {@link #markModified()}.
 * Keys starting with {@code _} are reserved for Jango. Not thread-safe: one request uses it.
 */
public final class Session {

    /** The session of a request, set by {@link SessionMiddleware#attach}. */
    static final Attribute<Session> KEY = Attribute.named("session");
    static final String EXPIRY_KEY = "_session_expiry";
    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.security.SuspiciousSession");

    private final SessionStore store;
    private final SessionMiddleware config;
    private final Request request;
    private final Clock clock;
    private String key;
    private Map<String, Object> data;
    private boolean accessed;
    private boolean modified;

    Session(SessionStore store, SessionMiddleware config, Request request, String key) {
        this.store = store;
        this.config = config;
        this.request = request;
        this.clock = config.clock();
        this.key = key;
    }

    /**
     * The session of {@code request}, like Django's {@code request.session}.
     *
     * @throws ImproperlyConfigured when no {@code SessionMiddleware} ran for it
     */
    public static Session of(Request request) {
        Session session = request.attribute(KEY);
        if (session == null) {
            throw new ImproperlyConfigured("Session.of(request) needs SessionMiddleware: add new SessionMiddleware() "
                    + "to the application's middleware, outside (before) every layer and view that uses the session");
        }
        return session;
    }

    /** The value under {@code key} as stored (a String, Number, Boolean, List, Map or null), or null. */
    public Object get(String key) {
        return data().get(key);
    }

    /** The value under {@code key} converted to {@code type} (a record, say), or null when absent. */
    public <T> T get(String key, Class<T> type) {
        Object value = data().get(key);
        return value == null ? null : Json.convert(value, type);
    }

    /** The value under {@code key} converted to {@code type}, or {@code fallback} when absent. */
    public <T> T getOrDefault(String key, Class<T> type, T fallback) {
        T value = get(key, type);
        return value == null ? fallback : value;
    }

    /**
     * Store {@code value} under {@code key} as JSON and mark the session modified.
     *
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public Session put(String key, Object value) {
        Object json;
        try {
            json = value == null ? null : Json.convert(value, Object.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Session values must be writable as JSON; '" + key + "' holds a "
                    + value.getClass().getName() + ": " + e.getMessage(), e);
        }
        data().put(key, json);
        modified = true;
        return this;
    }

    /** Remove {@code key}, returning its value (null when absent); modified only when it was there. */
    public Object remove(String key) {
        Map<String, Object> map = data();
        if (!map.containsKey(key)) {
            return null;
        }
        modified = true;
        return map.remove(key);
    }

    /** Whether {@code key} is in the session. */
    public boolean containsKey(String key) {
        return data().containsKey(key);
    }

    /** The keys, in insertion order, unmodifiable. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(data().keySet());
    }

    /** Whether the session holds no data and has no key: nothing to store, nothing to send. */
    public boolean isEmpty() {
        return key == null && (data == null || data.isEmpty());
    }

    /** Remove all data, keeping the key. */
    public void clear() {
        data = new LinkedHashMap<>();
        accessed = true;
        modified = true;
    }

    /** Remove all data and delete the session from the store; the response deletes the cookie. Use on logout. */
    public void flush() {
        clear();
        if (key != null) {
            store.delete(key, request);
            key = null;
        }
    }

    /**
     * Keep the data under a new key and delete the old one, so a key an attacker planted before login is
     * worthless after it. Use on login.
     */
    public void cycleKey() {
        Map<String, Object> kept = data();
        if (key != null) {
            store.delete(key, request);
            key = null;
        }
        data = kept;
        modified = true;
    }

    /** Mark the session modified, after changing a list or map held in it. */
    public void markModified() {
        accessed = true;
        modified = true;
    }

    /** The key the session is stored under, or null before it is first saved. */
    public String sessionKey() {
        return key;
    }

    /**
     * Expire the session after {@code age} of inactivity; {@link Duration#ZERO} expires it when the browser
     * closes; null returns to the middleware's default.
     */
    public void setExpiry(Duration age) {
        if (age == null) {
            remove(EXPIRY_KEY);
        } else {
            put(EXPIRY_KEY, age.toSeconds());
        }
    }

    /** Expire the session at {@code when}. */
    public void setExpiry(Instant when) {
        put(EXPIRY_KEY, when.toString());
    }

    /** How long from now until the session expires. */
    public Duration expiryAge() {
        Object expiry = data().get(EXPIRY_KEY);
        if (expiry instanceof Number seconds && seconds.longValue() > 0) {
            return Duration.ofSeconds(seconds.longValue());
        }
        if (expiry instanceof String when) {
            Duration left = Duration.between(clock.instant(), Instant.parse(when));
            return left.isNegative() ? Duration.ZERO : left;
        }
        return config.cookieAge();
    }

    /** When the session expires if nothing touches it again. */
    public Instant expiryDate() {
        return clock.instant().plus(expiryAge());
    }

    /** Whether the cookie lasts only until the browser closes. */
    public boolean expireAtBrowserClose() {
        Object expiry = data().get(EXPIRY_KEY);
        if (expiry == null) {
            return config.expireAtBrowserClose();
        }
        return expiry instanceof Number seconds && seconds.longValue() == 0;
    }

    /** Whether anything read or wrote the session during this request. */
    public boolean isAccessed() {
        return accessed;
    }

    /** Whether the session changed during this request. */
    public boolean isModified() {
        return modified;
    }

    /** Save now; normally the middleware does this when the response goes out. */
    void save() {
        String json;
        try {
            json = Json.write(data());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Session data is not writable as JSON", e);
        }
        key = store.save(key, json, expiryAge(), request);
    }

    private Map<String, Object> data() {
        accessed = true;
        if (data == null) {
            data = load();
        }
        return data;
    }

    private Map<String, Object> load() {
        if (key == null) {
            return new LinkedHashMap<>();
        }
        String json = store.load(key, config.cookieAge(), request);
        if (json != null) {
            try {
                @SuppressWarnings("unchecked") // a JSON object is read as a LinkedHashMap with string keys
                Map<String, Object> loaded = Json.read(json, LinkedHashMap.class);
                if (!expired(loaded.get(EXPIRY_KEY))) {
                    return loaded;
                }
            } catch (RuntimeException e) {
                LOG.warn("Session data could not be read; starting an empty session: {}", e.getMessage());
            }
        }
        key = null; // never reuse a key the store does not know: the client does not choose its key
        return new LinkedHashMap<>();
    }

    private boolean expired(Object expiry) {
        return expiry instanceof String when && !Instant.parse(when).isAfter(clock.instant());
    }
}
