package dev.jango.db;

import dev.jango.core.exceptions.ServiceUnavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns JDBC failures into what the client should see: 503 for an outage, 500 for anything else. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.db");
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private Failures() {}

    static RuntimeException of(String what, SQLException e) {
        return isOutage(e) ? outage(what, e) : new DatabaseError(what + " failed: " + e.getMessage(), e);
    }

    static ServiceUnavailable outage(String what, SQLException e) {
        LOG.error("Database unavailable while {}: {}", what, e.getMessage());
        String inUse = fileInUse(null, e);
        if (inUse != null) {
            return new ServiceUnavailable(inUse + " (" + what + ")", RETRY_AFTER, e);
        }
        return new ServiceUnavailable("The database is unavailable (" + what + "): " + e.getMessage(), RETRY_AFTER, e);
    }

    /** H2's DATABASE_ALREADY_OPEN_1: "Database may be already in use", the file is locked by another process. */
    static final int H2_FILE_IN_USE = 90020;

    /**
     * What to say when {@code e} (or a cause) is H2 refusing a database file that another process holds, or null
     * when it is not that: the file, that it is in use rather than down, and the two ways out. {@code url} may be
     * null; when it already asks for mixed mode, the other process is the one opened without it.
     */
    static String fileInUse(String url, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
                String message = String.valueOf(sql.getMessage());
                int open = message.indexOf('"');
                int close = open < 0 ? -1 : message.indexOf('"', open + 1);
                String file = close > open ? message.substring(open + 1, close) : String.valueOf(url);
                boolean mixed = url != null && url.toUpperCase(java.util.Locale.ROOT).contains(";AUTO_SERVER=TRUE");
                return "The H2 database file " + file + " is in use by another process (a server running?), so "
                        + "this one cannot open it; the database is not down. " + (mixed
                        ? "This URL asks for H2's mixed mode (;AUTO_SERVER=TRUE) but the other process opened the "
                                + "file without it: add ;AUTO_SERVER=TRUE to its URL too, or stop it."
                        : "Add ;AUTO_SERVER=TRUE to the URL of every process that opens it (H2's mixed mode: the "
                                + "first serves the others), or stop the other process.");
            }
        }
        return null;
    }

    /**
     * What a failed COMMIT becomes: {@link CommitOutcomeUnknown} when the connection was lost while COMMIT ran (the
     * writes may or may not have been applied), else what {@link #of} says (the database refused the commit, which
     * it then rolled back: a {@link DatabaseError}; or the connection was gone before COMMIT was sent: an outage).
     */
    static RuntimeException commit(String what, SQLException e) {
        if (!isLostConnection(e)) {
            return of("COMMIT of " + what, e);
        }
        LOG.error("The connection was lost during COMMIT of {}: the write may or may not have been applied (a retry "
                + "must be idempotent): {}", what, e.getMessage());
        return new CommitOutcomeUnknown("The connection was lost during COMMIT of " + what + ", so its writes may or "
                + "may not have been applied: " + e.getMessage(), RETRY_AFTER, e);
    }

    /**
     * No connection from the pool in time, a lost connection, SQLSTATE class 08 (connection exception), or the
     * server going away: 57P01 administrator shutdown, 57P02 crash shutdown, 57P03 cannot connect now.
     */
    static boolean isOutage(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** SQLSTATE 08003 (connection does not exist): the driver refused to send anything on a closed connection. */
    private static final String NO_CONNECTION = "08003";

    /**
     * Whether {@code e} says the connection broke while a statement was on its way or running, so the database may
     * have acted on it: an outage (see {@link #isOutage}) or an I/O error under the driver, except a connection
     * already closed before the statement was sent (SQLSTATE 08003), whose outcome is known.
     */
    static boolean isLostConnection(SQLException e) {
        if (NO_CONNECTION.equals(e.getSQLState())) {
            return false;
        }
        if (isOutage(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
