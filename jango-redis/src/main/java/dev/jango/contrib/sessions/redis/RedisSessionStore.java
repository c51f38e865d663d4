package dev.jango.contrib.sessions.redis;

import dev.jango.contrib.sessions.SessionInterrupted;
import dev.jango.contrib.sessions.SessionKeys;
import dev.jango.contrib.sessions.SessionStore;
import dev.jango.core.exceptions.ServiceUnavailable;
import dev.jango.http.Request;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in Redis, shared by every instance of an app, expiring by Redis's own TTL: Django's
 * {@code django.contrib.sessions.backends.cache} over Redis, part of the sessions app.
 *
 * <pre>{@code
 * RedisSessionStore store = RedisSessionStore.connect("redis://127.0.0.1:6379/0");
 * Jango app = Jango.builder()
 *         .middleware(MiddlewareStack.defaults()
 *                 .replace(SessionMiddleware.class, SessionMiddleware.builder().store(store).build()).toList())
 *         .onShutdown(store::close)
 *         .build();
 * }</pre>
 *
 * <p>Each session is one string key, {@code <prefix><session key>}, holding the session's JSON. New sessions
 * are written with {@code SET NX} under a fresh random key and updates with {@code SET XX}, so a session deleted
 * by a concurrent logout is not brought back ({@link SessionInterrupted}). When Redis cannot be reached, or does
 * not answer within the command timeout, the request gets a 503 with {@code Retry-After}; Lettuce reconnects on
 * its own, so the app recovers when Redis returns. Thread-safe: one connection serves every request.
 */
public final class RedisSessionStore implements SessionStore, AutoCloseable {

    /** The default key prefix. */
    public static final String DEFAULT_PREFIX = "jango:session:";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionStore.class);

    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final RedisClient ownedClient;

    /**
     * Use {@code connection} (which the caller keeps and closes), with keys under {@code prefix}.
     */
    public RedisSessionStore(StatefulRedisConnection<String, String> connection, String prefix) {
        this(connection, prefix, null);
    }

    private RedisSessionStore(StatefulRedisConnection<String, String> connection, String prefix, RedisClient owned) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.redis = connection.sync();
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.ownedClient = owned;
    }

    /** Connect to {@code uri} (for example {@code redis://127.0.0.1:6379/0}) with a 2-second command timeout. */
    public static RedisSessionStore connect(String uri) {
        return connect(uri, DEFAULT_PREFIX, Duration.ofSeconds(2));
    }

    /**
     * Connect to {@code uri}, keys under {@code prefix}, commands failing after {@code timeout}.
     *
     * @throws IllegalStateException when Redis cannot be reached now, saying where it was looked for
     */
    public static RedisSessionStore connect(String uri, String prefix, Duration timeout) {
        RedisURI redisUri;
        try {
            redisUri = RedisURI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a Redis URI: '" + uri + "' (expected redis://host:port/db)", e);
        }
        redisUri.setTimeout(timeout);
        RedisClient client = RedisClient.create(redisUri);
        try {
            return new RedisSessionStore(client.connect(), prefix, client);
        } catch (RedisException e) {
            client.shutdown();
            throw new IllegalStateException("The Redis session store cannot reach " + redisUri.getHost() + ":"
                    + redisUri.getPort() + " (" + e.getMessage() + "). Start redis-server there, or fix the URI.", e);
        }
    }

    @Override
    public String load(String key, Duration maxAge, Request request) {
        if (!SessionKeys.isWellFormed(key)) {
            return null;
        }
        return call(() -> redis.get(prefix + key));
    }

    @Override
    public String save(String key, String data, Duration maxAge, Request request) {
        long millis = Math.max(1, maxAge.toMillis());
        if (key == null) {
            while (true) {
                String fresh = SessionKeys.newKey();
                if ("OK".equals(call(() -> redis.set(prefix + fresh, data, SetArgs.Builder.nx().px(millis))))) {
                    return fresh;
                }
            }
        }
        if (!"OK".equals(call(() -> redis.set(prefix + key, data, SetArgs.Builder.xx().px(millis))))) {
            throw new SessionInterrupted();
        }
        return key;
    }

    @Override
    public void delete(String key, Request request) {
        if (SessionKeys.isWellFormed(key)) {
            call(() -> redis.del(prefix + key));
        }
    }

    /** Close the connection, when this store opened it. */
    @Override
    public void close() {
        if (ownedClient != null) {
            connection.close();
            ownedClient.shutdown();
        }
    }

    private <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) { // RedisException, or the client's own state after a failure
            LOG.error("Redis session store unavailable: {}", e.getMessage());
            throw new ServiceUnavailable("The session store (Redis) is unavailable: " + e.getMessage(), RETRY_AFTER, e);
        }
    }
}
