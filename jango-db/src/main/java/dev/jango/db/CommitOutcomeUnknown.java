package dev.jango.db;

import dev.jango.core.exceptions.ServiceUnavailable;
import java.io.Serial;
import java.time.Duration;

/**
 * The connection was lost while the database ran COMMIT, so whether the transaction's writes were applied is
 * unknown: the commit may have landed before the connection dropped, or not.
 *
 * <p>Raised by atomic requests (when the response's transaction is committed) and by the outermost
 * {@link Db#atomic} block, when COMMIT itself fails with a connection-level error: SQLSTATE class {@code 08}
 * (connection exception), {@code 57P01}–{@code 57P03} (the server shutting down, crashing or refusing
 * connections), or an I/O error under the driver. It is a {@link ServiceUnavailable}, so it answers 503 with
 * {@code Retry-After} by default; its on-commit callbacks never run. A client that retries may apply the write
 * twice unless the write is idempotent (a request id kept under a unique key, say). A COMMIT the database
 * refuses (a deferred constraint, a serialization failure) is not this: that outcome is known, the transaction
 * was rolled back, and it raises {@link DatabaseError}.
 */
public class CommitOutcomeUnknown extends ServiceUnavailable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** {@code message} says what was committed (for logs); clients are told to retry after {@code retryAfter}. */
    public CommitOutcomeUnknown(String message, Duration retryAfter, Throwable cause) {
        super(message, retryAfter, cause);
    }
}
