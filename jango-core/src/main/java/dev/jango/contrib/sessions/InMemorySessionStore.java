package dev.jango.contrib.sessions;

import dev.jango.http.Request;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions kept in this process's memory: fast and revocable, lost on restart and not shared between
 * instances (use the Redis store for several instances). Expired entries are dropped on read and swept
 * periodically on write.
 */
public final class InMemorySessionStore implements SessionStore {

    private static final int SWEEP_EVERY = 1024;

    private final ConcurrentHashMap<String, Entry> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final Clock clock;

    private record Entry(String data, long expiresAt) {}

    /** A store using the system clock. */
    public InMemorySessionStore() {
        this(Clock.systemUTC());
    }

    /** A store whose expiry is judged by {@code clock} (for expiry tests). */
    public InMemorySessionStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String load(String key, Duration maxAge, Request request) {
        if (!SessionKeys.isWellFormed(key)) {
            return null;
        }
        Entry entry = sessions.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt() <= clock.millis()) {
            sessions.remove(key, entry);
            return null;
        }
        return entry.data();
    }

    @Override
    public String save(String key, String data, Duration maxAge, Request request) {
        Entry entry = new Entry(data, clock.millis() + maxAge.toMillis());
        if ((writes.incrementAndGet() & (SWEEP_EVERY - 1)) == 0) {
            sweep();
        }
        if (key == null) {
            String fresh;
            do {
                fresh = SessionKeys.newKey();
            } while (sessions.putIfAbsent(fresh, entry) != null);
            return fresh;
        }
        if (sessions.replace(key, entry) == null) {
            throw new SessionInterrupted();
        }
        return key;
    }

    @Override
    public void delete(String key, Request request) {
        if (key != null) {
            sessions.remove(key);
        }
    }

    /** How many sessions are held, expired ones included until swept. */
    public int size() {
        return sessions.size();
    }

    private void sweep() {
        long now = clock.millis();
        sessions.values().removeIf(entry -> entry.expiresAt() <= now);
    }
}
