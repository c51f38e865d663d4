package dev.jango.db;

import java.io.Serial;

/** A database statement failed for a reason other than an outage (a bug or a constraint): a 500. */
public class DatabaseError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** {@code message} says what was attempted. */
    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }
}
