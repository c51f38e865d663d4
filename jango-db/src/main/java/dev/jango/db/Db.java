package dev.jango.db;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.urls.ResolverMatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The database as one request (or one unit of work) sees it: a connection borrowed on first use and given
 * back when the request finishes, a thin query helper mapping rows to records, nested {@link #atomic} blocks
 * with savepoints, and {@link #onCommit} callbacks. Not thread-safe: one request uses it.
 *
 * <pre>{@code
 * Db db = Db.of(request);
 * List<Question> latest = db.query("select id, text from question order by published desc limit 5", Question.class);
 * db.update("update choice set votes = votes + 1 where id = ?", choiceId);
 * }</pre>
 */
public final class Db implements AutoCloseable {

    /** The request's database, set by the {@link Database} middleware; read through {@link #of}. */
    private static final Attribute<Db> KEY = Attribute.named("db");

    private final Database database;
    private final Request request;
    private final boolean atomicRequests;
    private boolean atomicRequest;
    private Connection connection;
    private int depth;
    private final List<Runnable> onCommit = new ArrayList<>();

    Db(Database database, Request request, boolean atomicRequests) {
        this.database = database;
        this.request = request;
        this.atomicRequests = atomicRequests;
    }

    /**
     * The database of {@code request}.
     *
     * @throws ImproperlyConfigured when the app did not install a {@link Database}
     */
    public static Db of(Request request) {
        Db db = request.attribute(KEY);
        if (db == null) {
            throw new ImproperlyConfigured("Db.of(request) needs a Database: call database.install(jangoBuilder) "
                    + "(it adds the middleware and opens the pool at start-up)");
        }
        return db;
    }

    /** Make {@code db} the database of {@code request} (what the {@link Database} middleware does). */
    static void attach(Request request, Db db) {
        request.setAttribute(KEY, db);
    }

    /** Every row of {@code sql} with {@code args}, each mapped to {@code type} (a record, or one column's type). */
    public <T> List<T> query(String sql, Class<T> type, Object... args) {
        try (PreparedStatement statement = prepare(sql, args, false); ResultSet rows = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rows.next()) {
                out.add(Rows.map(rows, type));
            }
            return out;
        } catch (SQLException e) {
            throw Failures.of("query " + sql, e);
        }
    }

    /** The first row of {@code sql}, if any. */
    public <T> Optional<T> queryOne(String sql, Class<T> type, Object... args) {
        List<T> rows = query(sql, type, args);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    /** Run an insert, update or delete; the number of rows changed. */
    public int update(String sql, Object... args) {
        try (PreparedStatement statement = prepare(sql, args, false)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw Failures.of("update " + sql, e);
        }
    }

    /** Run an insert and return the generated key of column {@code keyColumn}. */
    public long insert(String sql, String keyColumn, Object... args) {
        try (PreparedStatement statement = connection().prepareStatement(sql, new String[] {keyColumn})) {
            bind(statement, args);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new DatabaseError("The insert generated no key: " + sql, null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Failures.of("insert " + sql, e);
        }
    }

    /**
     * Run {@code work} in a transaction, Django's {@code atomic}: committed when it returns, rolled back when it
     * throws; inside another transaction it is a savepoint, so an inner failure undoes only the inner work.
     *
     * @throws CommitOutcomeUnknown when the outermost block's COMMIT loses the connection: its writes may or may
     *     not have been applied (a 503 unless caught)
     * @throws DatabaseError when the database refuses the COMMIT (a deferred constraint, say): nothing was applied
     */
    public <T> T atomic(Callable<T> work) {
        Connection c = connection();
        Savepoint savepoint = null;
        boolean outermost = false;
        try {
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
                outermost = true;
            } else {
                savepoint = c.setSavepoint();
            }
        } catch (SQLException e) {
            throw Failures.of("begin", e);
        }
        depth++;
        try {
            T result = run(work, c, outermost, savepoint);
            if (outermost) {
                commit();
            } else {
                release(c, savepoint);
            }
            return result;
        } finally {
            if (outermost) {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is returned to the pool anyway, which resets it
                }
            }
        }
    }

    /** {@code work}'s result; when it throws, roll back (to {@code savepoint} when not outermost) and rethrow. */
    private <T> T run(Callable<T> work, Connection c, boolean outermost, Savepoint savepoint) {
        try {
            return work.call();
        } catch (Exception e) {
            try {
                if (outermost) {
                    rollback();
                } else {
                    c.rollback(savepoint);
                }
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DatabaseError("The atomic block failed", e);
        } finally {
            depth--;
        }
    }

    private static void release(Connection c, Savepoint savepoint) {
        try {
            c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw Failures.of("release savepoint", e);
        }
    }

    /** Run {@code work} in {@link #atomic}, for work without a result. */
    public void atomic(Runnable work) {
        atomic(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Run {@code callback} once the outermost transaction commits (sending mail about saved data, say); dropped
     * when it rolls back; run now when no transaction is open.
     */
    public void onCommit(Runnable callback) {
        if (inTransaction()) {
            onCommit.add(callback);
        } else {
            callback.run();
        }
    }

    /** Whether a transaction is open: an atomic request, or inside {@link #atomic}. */
    public boolean inTransaction() {
        return depth > 0 || atomicRequest && connection != null;
    }

    /** The connection itself, borrowed on first use (for JDBC code of your own; don't close it). */
    public Connection connection() {
        if (connection == null) {
            try {
                ResolverMatch match = request == null ? null : ResolverMatch.of(request);
                atomicRequest = atomicRequests && request != null
                        && !(match != null && match.hasFlag(Database.NON_ATOMIC));
                connection = database.dataSource().getConnection();
                connection.setAutoCommit(!atomicRequest);
            } catch (SQLException e) { // no connection, or a dead one: either way the database is unreachable
                database.evict(connection);
                connection = null;
                throw Failures.outage("getting a connection", e);
            }
        }
        return connection;
    }

    /**
     * Commit the request's transaction and run the on-commit callbacks; when the commit fails they are dropped.
     *
     * @throws CommitOutcomeUnknown when COMMIT loses the connection (the writes may or may not have been applied)
     */
    void commit() {
        try {
            if (connection != null && !connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            onCommit.clear();
            throw Failures.commit(atomicRequest ? "the request's transaction" : "an atomic block", e);
        }
        List<Runnable> callbacks = List.copyOf(onCommit);
        onCommit.clear();
        callbacks.forEach(Runnable::run);
    }

    /** Roll the request's transaction back and drop the on-commit callbacks. */
    void rollback() throws SQLException {
        onCommit.clear();
        if (connection != null && !connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    boolean used() {
        return connection != null;
    }

    /** Give the connection back to the pool. */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is discarded by the pool
            }
            connection = null;
        }
    }

    private PreparedStatement prepare(String sql, Object[] args, boolean keys) throws SQLException {
        PreparedStatement statement = keys ? connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection().prepareStatement(sql);
        bind(statement, args);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            statement.setObject(i + 1, arg instanceof java.time.Instant instant
                    ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC) : arg);
        }
    }
}
