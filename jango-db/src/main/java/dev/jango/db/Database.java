package dev.jango.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's database: a HikariCP pool opened at start-up and closed at shutdown, migrations run by
 * Flyway, and a middleware that gives each request its {@link Db} — in one transaction per request when
 * {@code atomicRequests} is on (committed when the response is below 500, rolled back otherwise, Django's
 * ATOMIC_REQUESTS), with the connection given back to the pool when the response is done.
 *
 * <pre>{@code
 * Database database = new Database(DatabaseConfig.of("jdbc:h2:file:./data/polls").fromEnvironment(System.getenv()));
 * Jango.Builder app = Jango.builder().middleware(Jango.defaultMiddleware());
 * database.install(app);   // middleware + component + start-up and shutdown hooks
 * Jango jango = app.urls(...).build();
 * }</pre>
 *
 * <p>When the database is down, a request waits at most {@code connectionTimeout} for a connection and gets a
 * 503 with {@code Retry-After}; so does a request whose connection is lost (SQLSTATE class {@code 08}) or whose
 * server goes away ({@code 57P01}–{@code 57P03}: shutdown, crash, not accepting connections). The pool reconnects by
 * itself when the database returns. When the connection is lost during the request's COMMIT, the writes may or
 * may not have been applied: the request fails with {@link CommitOutcomeUnknown} (a 503 too), and apps make such
 * writes idempotent.
 *
 * <p>An embedded H2 file is locked by the process that opens it: a second process (a management command while
 * the server runs) gets "in use by another process", unless every process opens it in H2's mixed mode,
 * {@code jdbc:h2:file:./data/app;AUTO_SERVER=TRUE}, where the first serves the others over TCP.
 *
 * <p>This package is the database layer only, below the contrib apps: the stores that keep sessions and users in
 * the database are {@code dev.jango.contrib.sessions.jdbc.DatabaseSessionStore} and
 * {@code dev.jango.contrib.auth.jdbc.JdbcUserStore} (same module). Jango's own tables they use
 * ({@code jango_session}, {@code jango_user}) are created by {@link #migrate()}.
 */
public final class Database implements Middleware {

    /** Metadata key of views that opt out of the request's transaction. */
    public static final String NON_ATOMIC = "nonAtomicRequests";
    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.db");

    private final DatabaseConfig config;
    private volatile HikariDataSource pool;

    /** A database described by {@code config}; nothing opens until {@link #start()} or {@link #start(boolean)}. */
    public Database(DatabaseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Add this middleware (after those already listed), the start-up and shutdown hooks, and this database as a
     * {@link Jango.Builder#component component} (for the {@code migrate} command, found with
     * {@code jango.component(Database.class)}) to {@code app}; returns {@code app}.
     */
    public Jango.Builder install(Jango.Builder app) {
        return app.middleware(this).component(this).onStartup(this::start).onShutdown(this::close);
    }

    /** {@code view}, run outside the request's transaction (Django's {@code non_atomic_requests}). */
    public static View nonAtomic(View view) {
        return Views.withMeta(view, NON_ATOMIC, true);
    }

    /**
     * Open the pool and, when {@code DatabaseConfig.migrate} is on, apply pending migrations first; what
     * {@link #install} runs at start-up. Does nothing when the pool is already open.
     *
     * @throws IllegalStateException when the database cannot be reached, saying where it was looked for, or when
     *     its H2 file is in use by another process, saying so
     */
    public void start() {
        start(config.migrate());
    }

    /**
     * Open the pool, applying pending migrations first only when {@code migrate} is true, whatever
     * {@code DatabaseConfig.migrate} says. {@code start(false)} is for tools that report on or run the migrations
     * themselves ({@code showmigrations}, {@code migrate}): they see what is pending and {@link #migrate()} counts
     * what it applies. Does nothing when the pool is already open (and then migrates nothing either: call
     * {@link #migrate()}).
     *
     * @throws IllegalStateException when the database cannot be reached, saying where it was looked for, or when
     *     its H2 file is in use by another process, saying so
     */
    public void start(boolean migrate) {
        if (pool == null) {
            openPool(migrate);
        }
    }

    private synchronized void openPool(boolean migrate) {
        if (pool != null) {
            return;
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setConnectionTimeout(Math.max(250, config.connectionTimeout().toMillis()));
        hikari.setPoolName("jango-db");
        hikari.setInitializationFailTimeout(config.connectionTimeout().toMillis());
        HikariDataSource opened;
        try {
            opened = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            String inUse = Failures.fileInUse(config.url(), e);
            if (inUse != null) {
                throw new IllegalStateException(inUse, e);
            }
            throw new IllegalStateException("Cannot reach the database at " + config.url() + " (" + e.getMessage()
                    + "). Start it, or fix the URL and credentials (JANGO_DATABASE_URL, _USER, _PASSWORD).", e);
        }
        if (migrate) {
            try {
                migrate(opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }
        pool = opened; // published only once migrated: no request sees a half-migrated schema
    }

    /** Apply pending migrations: Jango's own tables, then the app's. Returns how many ran. */
    public int migrate() {
        return migrate(dataSource());
    }

    private int migrate(DataSource target) {
        int applied = flyway(target, List.of("classpath:dev/jango/db/migration"), "jango_schema_history").migrate()
                .migrationsExecuted;
        applied += flyway(target, config.migrations(), "flyway_schema_history").migrate().migrationsExecuted;
        if (applied > 0) {
            LOG.info("Applied {} migration(s) to {}", applied, config.url());
        }
        return applied;
    }

    /** The app's migrations with their state, like Django's {@code showmigrations}: "[X] 1 create polls". */
    public List<String> showMigrations() {
        List<String> lines = new ArrayList<>();
        for (MigrationInfo info : flyway(dataSource(), config.migrations(), "flyway_schema_history").info().all()) {
            if (info.getType().isBaseline()) {
                continue;
            }
            boolean applied = info.getState().isApplied();
            lines.add((applied ? "[X] " : "[ ] ") + info.getVersion() + " " + info.getDescription());
        }
        return lines;
    }

    /** The pool. */
    public DataSource dataSource() {
        HikariDataSource current = pool;
        if (current == null) {
            throw new IllegalStateException("The database is not started: database.start() (install() does it at "
                    + "application start-up)");
        }
        return current;
    }

    /** A {@link Db} for work outside a request (commands, background jobs); close it when done. */
    public Db open() {
        return new Db(this, null, false);
    }

    /** How many connections are lent out now. */
    public int activeConnections() {
        HikariDataSource current = pool;
        return current == null || current.getHikariPoolMXBean() == null ? 0
                : current.getHikariPoolMXBean().getActiveConnections();
    }

    /** Drop a connection found dead, so the pool opens a fresh one instead of lending it again. */
    void evict(java.sql.Connection connection) {
        HikariDataSource current = pool;
        if (connection != null && current != null) {
            current.evictConnection(connection);
        }
    }

    /** Close the pool. */
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Db db = new Db(this, request, config.atomicRequests());
            Db.attach(request, db);
            try {
                Response response = next.handle(request);
                finish(db, response.status() < 500);
                return response;
            } finally {
                db.close();
            }
        };
    }

    private static void finish(Db db, boolean commit) {
        if (!db.used()) {
            return;
        }
        if (commit) {
            db.commit(); // a lost connection: CommitOutcomeUnknown, a 503 (the write may or may not have landed)
            return;
        }
        try {
            db.rollback();
        } catch (SQLException e) { // the response already reports a failure; the pool drops the connection
            LOG.warn("Rollback failed: {}", e.getMessage());
        }
    }

    private static Flyway flyway(DataSource target, List<String> locations, String table) {
        return Flyway.configure().dataSource(target).locations(locations.toArray(String[]::new)).table(table)
                .baselineOnMigrate(true).baselineVersion("0").failOnMissingLocations(false).load();
    }
}
