package dev.jango.db;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the database is and how to use it. {@link #fromEnvironment} lets {@code JANGO_DATABASE_URL},
 * {@code JANGO_DATABASE_USER}, {@code JANGO_DATABASE_PASSWORD} and {@code JANGO_DATABASE_POOL_SIZE} override
 * what the code says, so one build runs against H2 in development and PostgreSQL in production.
 *
 * @param url               the JDBC URL, for example {@code jdbc:h2:file:./data/app} or
 *                          {@code jdbc:postgresql://127.0.0.1:5432/app}; an H2 file that a management
 *                          command opens while the server runs needs H2's mixed mode in both,
 *                          {@code jdbc:h2:file:./data/app;AUTO_SERVER=TRUE}
 * @param poolSize          the most connections the pool holds
 * @param connectionTimeout how long a request waits for a connection before it gets a 503 (default 2 s)
 * @param atomicRequests    Django's ATOMIC_REQUESTS: each view in one transaction
 * @param migrate           run Flyway migrations at start-up
 * @param migrations        Flyway locations of the app's migrations (default {@code classpath:db/migration})
 */
public record DatabaseConfig(String url, String user, String password, int poolSize, Duration connectionTimeout,
        boolean atomicRequests, boolean migrate, List<String> migrations) {

    /** Check the values. */
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("A database URL starts with jdbc:, like jdbc:h2:file:./data/app or "
                    + "jdbc:postgresql://127.0.0.1:5432/app; got '" + url + "'");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("The pool needs at least one connection, not " + poolSize);
        }
        migrations = List.copyOf(migrations);
    }

    /** {@code url} with no credentials, 10 connections, a 2 s wait, atomic requests and migrations on. */
    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, null, null, 10, Duration.ofSeconds(2), true, true,
                List.of("classpath:db/migration"));
    }

    /** This configuration with the environment's {@code JANGO_DATABASE_*} values where set. */
    public DatabaseConfig fromEnvironment(Map<String, String> env) {
        return new DatabaseConfig(env.getOrDefault("JANGO_DATABASE_URL", url),
                env.getOrDefault("JANGO_DATABASE_USER", user), env.getOrDefault("JANGO_DATABASE_PASSWORD", password),
                env.containsKey("JANGO_DATABASE_POOL_SIZE") ? Integer.parseInt(env.get("JANGO_DATABASE_POOL_SIZE"))
                        : poolSize, connectionTimeout, atomicRequests, migrate, migrations);
    }

    /** With these credentials. */
    public DatabaseConfig withCredentials(String user, String password) {
        return new DatabaseConfig(url, user, password, poolSize, connectionTimeout, atomicRequests, migrate, migrations);
    }

    /** With this pool size. */
    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(url, user, password, size, connectionTimeout, atomicRequests, migrate, migrations);
    }

    /** With this wait for a connection. */
    public DatabaseConfig withConnectionTimeout(Duration timeout) {
        return new DatabaseConfig(url, user, password, poolSize, timeout, atomicRequests, migrate, migrations);
    }

    /** With atomic requests on or off. */
    public DatabaseConfig withAtomicRequests(boolean atomic) {
        return new DatabaseConfig(url, user, password, poolSize, connectionTimeout, atomic, migrate, migrations);
    }

    /** With migrations at start-up on or off. */
    public DatabaseConfig withMigrate(boolean run) {
        return new DatabaseConfig(url, user, password, poolSize, connectionTimeout, atomicRequests, run, migrations);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + url + ", user=" + user + ", pool=" + poolSize + "]"; // never the password
    }
}
