package dev.jango.contrib.sessions.jdbc;

import dev.jango.contrib.sessions.SessionInterrupted;
import dev.jango.contrib.sessions.SessionKeys;
import dev.jango.contrib.sessions.SessionStore;
import dev.jango.db.Database;
import dev.jango.db.DatabaseError;
import dev.jango.db.Db;
import dev.jango.http.Request;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sessions in the {@code jango_session} table (Django's {@code db} session engine), shared by every instance
 * using the database. Each call uses its own short unit of work, so a session saves even when the request's
 * transaction rolls back. {@link #clearExpired()} is Django's {@code clearsessions}. The table is one of Jango's
 * own, created by {@link Database#migrate()} (and at start-up when migrations are on).
 *
 * <pre>{@code
 * Database database = new Database(DatabaseConfig.of("jdbc:h2:file:./data/app"));
 * SessionMiddleware sessions = SessionMiddleware.builder().store(new DatabaseSessionStore(database)).build();
 * Jango.Builder app = Jango.builder()
 *         .middleware(MiddlewareStack.defaults().replace(SessionMiddleware.class, sessions).toList());
 * database.install(app);
 * }</pre>
 *
 * <p>Django's {@code django.contrib.sessions.backends.db}: this package is part of the sessions app, above the
 * database layer ({@code dev.jango.db}), which knows nothing of sessions.
 */
public final class DatabaseSessionStore implements SessionStore {

    private final Database database;
    private final Clock clock;

    /** Sessions in {@code database}, expiry judged by the system clock. */
    public DatabaseSessionStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Sessions in {@code database}, expiry judged by {@code clock}. */
    public DatabaseSessionStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String load(String key, Duration maxAge, Request request) {
        if (!SessionKeys.isWellFormed(key)) {
            return null;
        }
        try (Db db = database.open()) {
            return db.queryOne("select session_data from jango_session where session_key = ? and expire_date > ?",
                    String.class, key, clock.instant()).orElse(null);
        }
    }

    @Override
    public String save(String key, String data, Duration maxAge, Request request) {
        Instant expires = clock.instant().plus(maxAge);
        try (Db db = database.open()) {
            if (key == null) {
                while (true) {
                    String fresh = SessionKeys.newKey();
                    try {
                        db.update("insert into jango_session (session_key, session_data, expire_date) values (?, ?, ?)",
                                fresh, data, expires);
                        return fresh;
                    } catch (DatabaseError e) {
                        if (!(e.getCause() instanceof SQLException sql) || sql.getSQLState() == null
                                || !sql.getSQLState().startsWith("23")) {
                            throw e; // not a duplicate key
                        }
                    }
                }
            }
            int updated = db.update("update jango_session set session_data = ?, expire_date = ? where session_key = ?",
                    data, expires, key);
            if (updated == 0) {
                throw new SessionInterrupted();
            }
            return key;
        }
    }

    @Override
    public void delete(String key, Request request) {
        if (SessionKeys.isWellFormed(key)) {
            try (Db db = database.open()) {
                db.update("delete from jango_session where session_key = ?", key);
            }
        }
    }

    /** Delete expired sessions; returns how many. */
    public int clearExpired() {
        try (Db db = database.open()) {
            return db.update("delete from jango_session where expire_date <= ?", clock.instant());
        }
    }
}
