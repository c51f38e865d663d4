package dev.jango.management.base;

import java.io.Serial;

/**
 * A command failed for a reason the user can fix (Django's {@code CommandError}): the message is printed on the
 * error stream without a stack trace, and the process exits with {@link #status()}.
 */
public class CommandError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    /** A failure explained by {@code message}; exit status 1. */
    public CommandError(String message) {
        this(message, 1);
    }

    /** A failure explained by {@code message}, exiting with {@code status} (not 0). */
    public CommandError(String message, int status) {
        super(message);
        if (status == 0) {
            throw new IllegalArgumentException("A CommandError needs a non-zero exit status");
        }
        this.status = status;
    }

    /** A failure explained by {@code message}, caused by {@code cause}; exit status 1. */
    public CommandError(String message, Throwable cause) {
        super(message, cause);
        this.status = 1;
    }

    /** The exit status the process ends with. */
    public int status() {
        return status;
    }
}
