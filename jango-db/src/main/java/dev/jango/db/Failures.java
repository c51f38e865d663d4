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
        return new ServiceUnavailable("The database is unavailable (" + what + "): " + e.getMessage(), RETRY_AFTER, e);
    }

    /** No connection from the pool in time, a lost connection, or SQLSTATE class 08 (connection exception). */
    static boolean isOutage(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
